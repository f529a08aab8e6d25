using Lucene.Net.Index;
using Lucene.Net.Search;
using Repertoire.Core.Index;
using Repertoire.Core.Records;

namespace Repertoire.Core.Tests.Index;

public sealed class ListingSearcherTests(BundledIndexFixture bundled) : IClassFixture<BundledIndexFixture>
{
    [Theory]
    [InlineData("aide alimentaire", Language.Fr)]
    [InlineData("santé ment", Language.Fr)]
    [InlineData("psycologue", Language.Fr)]
    [InlineData("thuisverpleging", Language.Nl)]
    public void UnitMatchesAreLucenesOwnMatchesAndScoresAndAreKeptForTheView(string text, Language language)
    {
        using var view = bundled.OpenView();
        var searcher = view.Searcher;
        var plan = view.Plan(text);
        foreach (var unit in plan.Units)
        {
            foreach (var expansions in new[] { false, true })
            {
                var key = $"{unit.Key}/{expansions}";
                var matches = searcher.UnitMatches(key, () => unit.ToQuery(language, expansions));

                var expected = unit.ToQuery(language, expansions) is { } query
                    ? searcher.Search(query, Math.Max(1, searcher.MaxDoc)).ScoreDocs.OrderBy(d => d.Doc).ToList()
                    : [];
                Assert.Equal(expected.Select(d => d.Doc), matches.Docs);
                Assert.Equal(expected.Select(d => d.Score), matches.Scores);
                Assert.Same(matches, searcher.UnitMatches(key, () => throw new InvalidOperationException("not computed again")));
            }
        }
        Assert.Contains(plan.Units, u => u.HasExpansions || u.Alternatives[(int)language].Count > 0);
    }

    [Fact]
    public void DescriptionTermsComeInTheAnalyzersOrderWithCompoundsBeforeTheirParts()
    {
        using var view = bundled.OpenView();
        var searcher = view.Searcher;
        var field = ListingFields.Text("descr", Language.Nl);
        var stacked = 0;
        for (var doc = 0; doc < searcher.MaxDoc; doc++)
        {
            if (searcher.DescriptionTerms(doc, field) is not { } terms) continue;
            for (var i = 1; i < terms.Length; i++)
            {
                Assert.True(terms[i - 1].Start < terms[i].Start || terms[i - 1].End >= terms[i].End, $"{terms[i - 1]} before {terms[i]}");
                if (terms[i - 1].Start == terms[i].Start && terms[i - 1].End > terms[i].End) stacked++;
            }
        }
        Assert.True(stacked > 0, "no Dutch compound split in the bundled descriptions");
    }
}
