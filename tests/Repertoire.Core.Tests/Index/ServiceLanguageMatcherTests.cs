using Repertoire.Core.Common;
using Repertoire.Core.Index;
using Repertoire.Core.Records;

namespace Repertoire.Core.Tests.Index;

/// <summary>Words naming a language of service, in French, Dutch and English, and how they steer a search.</summary>
public sealed class ServiceLanguageMatcherTests(BundledIndexFixture index) : IClassFixture<BundledIndexFixture>
{
    private static (int Length, string? Language) Match(string text) =>
        ServiceLanguageMatcher.Instance.Match(TextFolder.Tokens(text), 0);

    [Theory]
    [InlineData("néerlandophone", 1, "nl")]
    [InlineData("Anglophones", 1, "en")]
    [InlineData("germanophone", 1, "de")]
    [InlineData("Nederlandstalige", 1, "nl")]
    [InlineData("Franstalig", 1, "fr")]
    [InlineData("Arabischtalige", 1, "ar")]
    [InlineData("in het Frans", 3, "fr")]
    [InlineData("in het Engels", 3, "en")]
    [InlineData("en arabe", 2, "ar")]
    [InlineData("parlant turc", 2, "tr")]
    [InlineData("English-speaking", 2, "en")]
    [InlineData("in Dutch", 2, "nl")]
    public void NamesALanguageOfService(string text, int length, string language) =>
        Assert.Equal((length, language), Match(text));

    [Theory]
    [InlineData("néerlandais")]   // "cours de néerlandais": a language course is a need, not a language of service
    [InlineData("Nederlands")]
    [InlineData("arabe")]
    [InlineData("en")]
    [InlineData("in het")]
    [InlineData("maison")]
    public void LeavesOtherWordsAlone(string text) =>
        Assert.Equal(0, Match(text).Length);

    [Fact]
    public void ALanguageWordIsAPreferenceNotTextToMatch()
    {
        var result = index.Searcher.Search(new SearchQuery { Text = "maison médicale néerlandophone", Lang = Language.Fr });

        Assert.Equal(["nl"], result.ServiceLanguages);
        // No description says "néerlandophone": without the preference the word would match nothing.
        Assert.NotEmpty(result.Hits);
        var languages = result.Hits.Select(h => index.Searcher.Content.Find(h.Id)!.Languages).ToList();
        // Those helping in Dutch lead; those that do not (or do not say) follow.
        var firstOther = languages.FindIndex(l => !l.Contains("nl"));
        Assert.True(firstOther > 0, "the first result helps in Dutch");
        Assert.All(languages.Skip(firstOther), l => Assert.DoesNotContain("nl", l));
    }

    [Fact]
    public void TheSameSearchWithoutTheLanguageWordRanksOtherwise()
    {
        var without = index.Searcher.Search(new SearchQuery { Text = "maison médicale", Lang = Language.Fr });
        var with = index.Searcher.Search(new SearchQuery { Text = "maison médicale néerlandophone", Lang = Language.Fr });

        Assert.Empty(without.ServiceLanguages);
        Assert.Equal(without.Total, with.Total);
        Assert.NotEqual(without.Hits.Select(h => h.Id), with.Hits.Select(h => h.Id));
    }

    [Fact]
    public void ALanguageNamedAloneSelectsItsListings()
    {
        var result = index.Searcher.Search(new SearchQuery { Text = "Engelstalig", Lang = Language.Nl, PerPage = 50 });

        Assert.Equal(["en"], result.ServiceLanguages);
        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, h => Assert.Contains("en", index.Searcher.Content.Find(h.Id)!.Languages));
    }

    [Fact]
    public void TheApiDocumentNamesTheLanguagesUnderstood()
    {
        Assert.Equal(["ar"], SearchResponse.From(index.Searcher.Search(new SearchQuery { Text = "aide sociale en arabe" })).ServiceLanguages);
        Assert.Empty(SearchResponse.From(index.Searcher.Search(new SearchQuery { Text = "aide sociale" })).ServiceLanguages);
    }
}
