using Repertoire.Core.Index;
using Repertoire.Core.Records;

namespace Repertoire.Core.Tests.Index;

public sealed class SearcherTests(SearchTestContent content) : IClassFixture<SearchTestContent>
{
    private SearchResult Search(string? text, Language lang = Language.Fr, string[]? basins = null, string[]? communes = null,
        string[]? needs = null, string[]? sectors = null, string[]? languages = null) =>
        content.Searcher.Search(new SearchQuery
        {
            Text = text,
            Lang = lang,
            Basins = basins ?? [],
            Communes = communes ?? [],
            Needs = needs ?? [],
            Sectors = sectors ?? [],
            Languages = languages ?? [],
        });

    private static List<string> Ids(SearchResult result) => result.Hits.Select(h => h.Id).ToList();

    [Fact]
    public void DutchWordFindsListingsDescribedOnlyInFrenchThroughTheTaxonomy()
    {
        var result = Search("voedselhulp ", Language.Nl);

        Assert.Contains("restaurant-jette", Ids(result));
        Assert.Contains("epicerie-nord", Ids(result));
        Assert.DoesNotContain("soins-schaerbeek", Ids(result));
    }

    [Fact]
    public void ParentNeedWordsFindTheListingsOfItsSubNeeds()
    {
        var result = Search("materiële hulp ", Language.Nl);

        Assert.Contains("vestiaire-centre", Ids(result));
        Assert.Contains("restaurant-jette", Ids(result));
    }

    [Fact]
    public void FacetCountsRollUpTheNeedTree()
    {
        var result = Search("");

        var needs = result.Facets.Need.ToDictionary(v => v.Id, v => v.Count);
        Assert.Equal(3, needs["aide-alimentaire"]);
        Assert.Equal(5, needs["aide-materielle"]);
        Assert.Equal(2, needs["soins-domicile"]);
        Assert.Equal("Aide matérielle", result.Facets.Need.Single(v => v.Id == "aide-materielle").Label);
        Assert.Equal(7, result.Total);
    }

    [Fact]
    public void FacetsCountTheMatchingListingsPerKind()
    {
        var result = Search("colis ");

        Assert.Equal(3, result.Total);
        Assert.Equal(2, result.Facets.Commune.Single(v => v.Id == "schaerbeek").Count);
        Assert.Equal("Arabe", result.Facets.Language.Single(v => v.Id == "ar").Label);
        Assert.Equal(result.Facets.Basin.Sum(v => v.Count), result.Total);
    }

    [Fact]
    public void FiltersAreOrWithinAKindAndAndAcrossKinds()
    {
        Assert.Equal(["epicerie-nord", "epicerie-test-schaerbeek", "infirmiers-test-jette", "restaurant-jette", "soins-schaerbeek"],
            Ids(Search(null, communes: ["schaerbeek", "jette"])).Order(StringComparer.Ordinal));
        Assert.Equal(["soins-schaerbeek"], Ids(Search(null, communes: ["schaerbeek", "jette"], sectors: ["sante"], basins: ["nord-est"])));
        Assert.Empty(Ids(Search("colis", communes: ["bruxelles"])));
    }

    [Fact]
    public void NeedFilterIncludesSubNeeds()
    {
        var ids = Ids(Search(null, needs: ["aide-materielle"]));

        Assert.Equal(5, ids.Count);
        Assert.Contains("vestiaire-centre", ids);
        Assert.Contains("restaurant-jette", ids);
    }

    [Fact]
    public void EmptyQueryWithFiltersListsByNameInTheInterfaceLanguage()
    {
        Assert.Equal(["epicerie-test-schaerbeek", "epicerie-nord", "restaurant-jette"], Ids(Search("", needs: ["aide-alimentaire"])));
        Assert.Equal(["restaurant-jette", "epicerie-test-schaerbeek", "epicerie-nord"], Ids(Search("  ", Language.Nl, needs: ["aide-alimentaire"])));
    }

    [Fact]
    public void SnippetIsEscapedOriginalTextWithMarks()
    {
        var hit = Search("produits ").Hits.Single(h => h.Id == "epicerie-nord");

        Assert.Equal("Colis alimentaires &amp; <mark>produits</mark> à &lt;petit&gt; prix, le mardi.", hit.Snippet);
    }

    [Fact]
    public void SnippetMarksStemmedAndAccentlessMatches()
    {
        var hit = Search("infirmiere pansement ").Hits.First();

        Assert.Equal("soins-schaerbeek", hit.Id);
        Assert.Contains("<mark>infirmières</mark>", hit.Snippet);
        Assert.Contains("<mark>pansements</mark>", hit.Snippet);
    }

    [Fact]
    public void MisspelledWordIsCorrectedAndSuggested()
    {
        var result = Search("vetemants ");

        Assert.Equal("vetements", result.Suggestion);
        Assert.Equal("vestiaire-centre", Ids(result).First());
    }

    [Fact]
    public void KnownWordsGetNoSuggestion()
    {
        Assert.Null(Search("colis alimentaires").Suggestion);
        Assert.Null(Search("Schaerbeek").Suggestion);
    }

    [Fact]
    public void LastWordMatchesAsAPrefixWhileTyping()
    {
        Assert.Contains("vestiaire-centre", Ids(Search("vêtem")));
        Assert.DoesNotContain("vestiaire-centre", Ids(Search("vêtem ")));
    }

    [Fact]
    public void QuotedPhraseMatchesOnlyTheWordsInOrder()
    {
        Assert.Equal(["restaurant-jette"], Ids(Search("\"repas chauds\"")));
        Assert.Empty(Ids(Search("\"chauds repas\"")));
    }

    [Fact]
    public void PlaceWordIsAPreferenceNotTextToMatch()
    {
        var result = Search("colis Jette");

        Assert.Equal("restaurant-jette", Ids(result).First());
        Assert.Equal(3, result.Total);
        Assert.Equal("epicerie-nord", Ids(Search("colis 1030")).First(id => id != "epicerie-test-schaerbeek"));
    }

    [Fact]
    public void DutchPlaceNameWorksInAFrenchInterface()
    {
        Assert.Equal(["epicerie-nord", "epicerie-test-schaerbeek", "soins-schaerbeek"],
            Ids(Search("Schaarbeek")).Take(3).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void AcronymFindsItsListingFirst()
    {
        Assert.Equal("soins-schaerbeek", Ids(Search("IDS")).First());
    }

    [Fact]
    public void InterfaceLanguageGivesNamesAndFallsBack()
    {
        var hits = Search("colis", Language.Nl).Hits;

        Assert.Equal("Solidaire kruidenier Noord", hits.Single(h => h.Id == "epicerie-nord").Name);
        Assert.Equal("Restaurant social de Jette", hits.Single(h => h.Id == "restaurant-jette").Name);
    }

    [Fact]
    public void PagesSliceTheRankedResults()
    {
        var all = Ids(Search("", needs: ["aide-materielle"]));
        var second = content.Searcher.Search(new SearchQuery { Text = "", Needs = ["aide-materielle"], Page = 2, PerPage = 2 });

        Assert.Equal(all.Skip(2).Take(2), second.Hits.Select(h => h.Id));
        Assert.Equal(5, second.Total);
    }

    [Fact]
    public void SuggestCompletesNeedsCommunesAndListings()
    {
        var suggestions = content.Searcher.Suggest("schaer", Language.Fr);

        Assert.Contains(suggestions, s => s.Kind == "commune" && s.Id == "schaerbeek");
        Assert.Contains(suggestions, s => s.Kind == "organisation" && s.Id == "soins-schaerbeek");
        Assert.Contains(content.Searcher.Suggest("voedsel", Language.Nl), s => s.Kind == "need" && s.Id == "aide-alimentaire");
    }

    [Fact]
    public void ResultNamesTheNeedsAndThePlaceAskedFor()
    {
        var result = Search("colis alimentaire Jette");

        Assert.Equal(["aide-alimentaire"], result.MatchedNeeds);
        Assert.Equal("jette", result.AskedPlace);
        Assert.False(result.OnlyElsewhere);
    }

    [Fact]
    public void ResultsOnlyOutsideThePlaceAskedForAreOnlyElsewhere()
    {
        // Food parcels exist in Schaerbeek and Jette, none in the City of Brussels.
        var result = Search("colis alimentaire Bruxelles");

        Assert.NotEqual(0, result.Total);
        Assert.Equal("bruxelles", result.AskedPlace);
        Assert.Equal(["aide-alimentaire"], result.MatchedNeeds);
        Assert.True(result.OnlyElsewhere);
    }

    [Fact]
    public void ServingTheWholeRegionIsNotLocalOffer()
    {
        // The only clothes shop is in the City; in Jette there is none, and no listing serves Jette by name.
        var result = Search("vêtements Jette");

        Assert.Equal(["vestiaire-centre"], Ids(result));
        Assert.True(result.OnlyElsewhere);
    }

    [Fact]
    public void NothingFoundIsNotOnlyElsewhere()
    {
        var result = Search("thuisverpleging", Language.Nl, communes: ["bruxelles"]);

        Assert.Equal(0, result.Total);
        Assert.Equal("bruxelles", result.AskedPlace);
        Assert.Equal(["soins-infirmiers-domicile"], result.MatchedNeeds);
        Assert.False(result.OnlyElsewhere);
    }

    [Fact]
    public void FiltersGiveTheAskedPlaceAndNeedsWithoutText()
    {
        var result = Search(null, basins: ["nord-est"], needs: ["soins-domicile"]);

        Assert.Equal("nord-est", result.AskedPlace);
        Assert.Equal(["soins-domicile"], result.MatchedNeeds);
        Assert.False(result.OnlyElsewhere);
    }

    [Fact]
    public void NoPlaceAskedIsNeverOnlyElsewhere()
    {
        var result = Search("colis alimentaire");

        Assert.Null(result.AskedPlace);
        Assert.False(result.OnlyElsewhere);
    }

    [Fact]
    public void AMisspelledNeedNameIsMatchedThroughItsCorrection()
    {
        var result = Search("voedselpaket ", Language.Nl);

        Assert.NotNull(result.Suggestion);
        Assert.Equal(["aide-alimentaire"], result.MatchedNeeds);
    }
}
