using Repertoire.Core.Index;
using Repertoire.Core.Records;

namespace Repertoire.Core.Tests.Index;

public sealed class SnippetBuilderTests(BundledIndexFixture bundled) : IClassFixture<BundledIndexFixture>
{
    [Theory]
    [InlineData("aide alimentaire", Language.Fr)]
    [InlineData("infirmières à domicile", Language.Fr)]
    [InlineData("psycologue", Language.Fr)]
    [InlineData("santé ment", Language.Fr)]
    [InlineData("CPAS Schaerbeek", Language.Fr)]
    [InlineData("thuisverpleging Jette", Language.Nl)]
    [InlineData("wijkgezondheidscentrum", Language.Nl)]
    [InlineData("voedselhulp", Language.Nl)]
    [InlineData("huisarts", Language.Nl)]
    public void TermVectorsMarkTheSameWordsAsAnalysingTheDescriptionAgain(string text, Language language)
    {
        using var view = bundled.OpenView();
        var (index, searcher) = (view.Index, view.Searcher);
        var snippets = new SnippetBuilder(index.Analyzers, view.Plan(text));
        var marked = 0;
        for (var doc = 0; doc < searcher.MaxDoc; doc++)
        {
            if (searcher.Ids[doc] is not { } id || !index.Catalog.TryGetValue(id, out var listing)) continue;
            var fromVector = snippets.Build(listing, language, searcher, doc);

            Assert.Equal(snippets.Build(listing, language), fromVector);
            if (fromVector.Contains("<mark>", StringComparison.Ordinal)) marked++;
        }
        Assert.True(marked > 0, $"no snippet marks a word of \"{text}\"");
    }

    [Fact]
    public void DescriptionsKeepTheirTermOffsetsForSnippets()
    {
        using var view = bundled.OpenView();
        var searcher = view.Searcher;
        var count = bundled.Content.Organisations.Count;

        var withVectors = Enumerable.Range(0, searcher.MaxDoc)
            .Count(doc => searcher.IndexReader.GetTermVector(doc, ListingFields.Text("descr", Language.Fr)) is { HasOffsets: true });

        Assert.True(withVectors > count / 2, $"{withVectors} of {count} documents");
    }
}
