using Repertoire.Core.Content;
using Repertoire.Core.Index;
using Repertoire.Tests;

namespace Repertoire.Core.Tests.Index;

/// <summary>The index of the bundled content, built once per test class into a temporary data folder.</summary>
public sealed class BundledIndexFixture : IDisposable
{
    public BundledIndexFixture()
    {
        DataPath = Path.Combine(Path.GetTempPath(), "repertoire-tests", Guid.NewGuid().ToString("n"));
        Content = ContentLoader.Load(TestPaths.BundledContent);
        Searcher = SearchIndex.OpenOrBuild(Content, DataPath);
    }

    public string DataPath { get; }

    public ContentSet Content { get; }

    public Searcher Searcher { get; }

    /// <summary>
    /// A second, read-only opening of the index (the fixture's searcher owns the folder's writer) and one of its views,
    /// for tests of the engine's parts.
    /// </summary>
    internal IndexView OpenView() => new(LiveIndex.Open(Searcher.Path, Content, ContentFingerprint.Structure(Content)));

    public void Dispose()
    {
        Searcher.Dispose();
        try { Directory.Delete(DataPath, recursive: true); }
        catch (IOException) { }
    }
}

/// <summary>An opened index and one of its views, released and closed together.</summary>
internal sealed class IndexView : IDisposable
{
    public IndexView(LiveIndex index)
    {
        Index = index;
        Searcher = index.Acquire();
    }

    public LiveIndex Index { get; }

    public ListingSearcher Searcher { get; }

    /// <summary>The query plan of <paramref name="text"/>, as a search on this index makes it.</summary>
    public QueryPlan Plan(string text)
    {
        var content = Index.Content;
        return new QueryParser(Index.Analyzers, Index.Vocabulary, new PlaceMatcher(content.Territory),
            new TaxonomyExpander(content.Taxonomy), content.Organisations.Count).Parse(text);
    }

    public void Dispose()
    {
        Index.Release(Searcher);
        Index.Dispose();
    }
}
