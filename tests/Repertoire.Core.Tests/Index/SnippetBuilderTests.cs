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
        var content = bundled.Content;
        // The fixture's searcher owns the folder's writer: this second view reads the same index.
        using var index = LiveIndex.Open(bundled.Searcher.Path, content, ContentFingerprint.Structure(content));
        var plan = new QueryParser(index.Analyzers, index.Vocabulary, new PlaceMatcher(content.Territory),
            new TaxonomyExpander(content.Taxonomy), content.Organisations.Count).Parse(text);
        var snippets = new SnippetBuilder(index.Analyzers, plan);
        var searcher = index.Acquire();
        try
        {
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
        finally
        {
            index.Release(searcher);
        }
    }

    [Fact]
    public void DescriptionsKeepTheirTermOffsetsForSnippets()
    {
        var content = bundled.Content;
        using var index = LiveIndex.Open(bundled.Searcher.Path, content, ContentFingerprint.Structure(content));
        var searcher = index.Acquire();
        try
        {
            var withVectors = Enumerable.Range(0, searcher.MaxDoc)
                .Count(doc => searcher.IndexReader.GetTermVector(doc, ListingFields.Text("descr", Language.Fr)) is { HasOffsets: true });

            Assert.True(withVectors > content.Organisations.Count / 2, $"{withVectors} of {content.Organisations.Count} documents");
        }
        finally
        {
            index.Release(searcher);
        }
    }
}
