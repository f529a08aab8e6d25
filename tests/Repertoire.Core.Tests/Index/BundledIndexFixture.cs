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

    public void Dispose()
    {
        Searcher.Dispose();
        try { Directory.Delete(DataPath, recursive: true); }
        catch (IOException) { }
    }
}
