using System.Collections.Concurrent;
using Repertoire.Core.Content;
using Repertoire.Core.Index;

namespace Repertoire.Core.Tests.Index;

/// <summary>How the index follows the content: listing edits in place, taxonomy changes by a rebuild aside.</summary>
public sealed class IndexRebuildTests
{
    private static SearchResult Search(Searcher searcher, string text) => searcher.Search(new SearchQuery { Text = text });

    [Fact]
    public void PreparedIndexIsReusedAndAnEditedListingIsUpdatedInPlace()
    {
        using var content = new SearchTestContent();
        var path = content.Searcher.Path;
        content.Write("nouveau", "name: { fr: Bibliothèque sociale }\nsite: { commune: jette }", fr: "Livres et magazines.");

        var updated = SearchIndex.Update(content.Searcher, ContentLoader.Load(content.ContentPath), content.DataPath);

        // The same searcher on the same folder: no rebuild, and the new words are searchable when Update returns.
        Assert.Same(content.Searcher, updated);
        Assert.Equal(path, updated.Path);
        Assert.Equal(["nouveau"], Search(updated, "bibliotheque magazines").Hits.Select(h => h.Id));

        content.Write("nouveau", "name: { fr: Ludothèque sociale }\nsite: { commune: jette }", fr: "Jeux de société.");
        SearchIndex.Update(updated, ContentLoader.Load(content.ContentPath), content.DataPath);
        Assert.Empty(Search(updated, "magazines").Hits);
        Assert.Equal(["nouveau"], Search(updated, "ludotheque").Hits.Select(h => h.Id));

        File.Delete(Path.Combine(content.ContentPath, "organisations", "nouveau.md"));
        SearchIndex.Update(updated, ContentLoader.Load(content.ContentPath), content.DataPath);
        Assert.Empty(Search(updated, "ludotheque").Hits);
    }

    [Fact]
    public void IndexOpenedAgainCatchesUpWithListingsEditedMeanwhile()
    {
        using var content = new SearchTestContent();
        content.Searcher.Dispose();
        content.Write("nouveau", "name: { fr: Bibliothèque sociale }\nsite: { commune: jette }", fr: "Livres.");

        using var reopened = SearchIndex.OpenOrBuild(ContentLoader.Load(content.ContentPath), content.DataPath);

        Assert.Equal(content.Searcher.Path, reopened.Path);
        Assert.Equal(["nouveau"], Search(reopened, "bibliotheque").Hits.Select(h => h.Id));
    }

    [Fact]
    public void TaxonomyChangeBuildsANewIndexAsideAndTheOldOneKeepsServing()
    {
        using var content = new SearchTestContent();
        var needs = Path.Combine(content.ContentPath, "taxonomy", "needs.yml");
        File.WriteAllText(needs, File.ReadAllText(needs).Replace("épicerie sociale", "épicerie sociale, magasin solidaire", StringComparison.Ordinal));

        using var rebuilt = SearchIndex.Update(content.Searcher, ContentLoader.Load(content.ContentPath), content.DataPath);

        Assert.NotSame(content.Searcher, rebuilt);
        Assert.NotEqual(content.Searcher.Path, rebuilt.Path);
        Assert.Contains("epicerie-nord", Search(rebuilt, "magasin solidaire").Hits.Select(h => h.Id));
        Assert.True(Search(content.Searcher, "colis").Total >= 3);
    }

    [Fact]
    public async Task HundredUpdatesWithConcurrentSearchesAllSucceedAndEndWithTheLastContent()
    {
        using var content = new SearchTestContent();
        var searcher = content.Searcher;
        var stop = false;
        var searches = 0;
        var errors = new ConcurrentQueue<Exception>();
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (!Volatile.Read(ref stop))
            {
                try
                {
                    var result = Search(searcher, "colis");
                    if (result.Total < 3) throw new InvalidOperationException($"half an index: {result.Total} results");
                    Interlocked.Increment(ref searches);
                }
                catch (Exception e)
                {
                    errors.Enqueue(e);
                }
            }
        })).ToList();

        for (var i = 0; i < 100; i++)
        {
            content.Write("extra", $"name: {{ fr: Service numéro {i} }}\nsite: {{ commune: jette }}", fr: $"Colis du jour, édition mot{i}x.");
            Assert.Same(searcher, SearchIndex.Update(searcher, ContentLoader.Load(content.ContentPath), content.DataPath));
        }
        Volatile.Write(ref stop, true);
        await Task.WhenAll(readers);

        Assert.Empty(errors);
        Assert.True(searches > 0);
        Assert.Equal(["extra"], Search(searcher, "mot99x").Hits.Select(h => h.Id));
        Assert.Empty(Search(searcher, "mot98x").Hits);
    }

    [Fact]
    public async Task SearchesDuringRebuildsNeverFail()
    {
        using var content = new SearchTestContent();
        var current = content.Searcher;
        var stop = false;
        var searches = 0;
        var errors = new ConcurrentQueue<Exception>();
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (!Volatile.Read(ref stop))
            {
                try
                {
                    var result = Search(Volatile.Read(ref current), "colis");
                    if (result.Total < 3) throw new InvalidOperationException($"half an index: {result.Total} results");
                    Interlocked.Increment(ref searches);
                }
                catch (Exception e)
                {
                    errors.Enqueue(e);
                }
            }
        })).ToList();

        // On a loaded machine the readers may start late: let them get going before and after the rebuilds, so the
        // test checks searches that overlap the swaps rather than depending on scheduling luck.
        await WaitForSearchesAsync(() => Volatile.Read(ref searches), 1);
        var needs = Path.Combine(content.ContentPath, "taxonomy", "needs.yml");
        var original = File.ReadAllText(needs);
        for (var i = 0; i < 4; i++)
        {
            // Each taxonomy version is a new index folder, built aside while the current one serves.
            File.WriteAllText(needs, original.Replace("épicerie sociale", $"épicerie sociale, synonyme{i}", StringComparison.Ordinal));
            var next = SearchIndex.Update(Volatile.Read(ref current), ContentLoader.Load(content.ContentPath), content.DataPath);
            var previous = Interlocked.Exchange(ref current, next);
            // The previous index closes while searches may still be running on it.
            previous.Dispose();
        }
        var before = Volatile.Read(ref searches);
        await WaitForSearchesAsync(() => Volatile.Read(ref searches), before + 10);
        Volatile.Write(ref stop, true);
        await Task.WhenAll(readers);

        Assert.Empty(errors);
        Assert.True(searches > 0);
        Assert.Contains("epicerie-nord", Search(current, "synonyme3").Hits.Select(h => h.Id));
        current.Dispose();
    }

    [Fact]
    public void ASearchOnASearcherClosedByASwapIsAnsweredByItsSuccessor()
    {
        using var content = new SearchTestContent();
        var old = content.Searcher;
        var needs = Path.Combine(content.ContentPath, "taxonomy", "needs.yml");
        File.WriteAllText(needs, File.ReadAllText(needs).Replace("épicerie sociale", "épicerie sociale, magasin solidaire", StringComparison.Ordinal));
        using var next = SearchIndex.Update(old, ContentLoader.Load(content.ContentPath), content.DataPath);
        Assert.NotSame(old, next);

        // A caller that read the old reference just before the swap searches after the old index closed.
        old.Dispose();

        Assert.Contains("epicerie-nord", Search(old, "magasin solidaire").Hits.Select(h => h.Id));
    }

    [Fact]
    public void CleanUpNeverDeletesABuildInProgress()
    {
        using var content = new SearchTestContent();
        var needs = Path.Combine(content.ContentPath, "taxonomy", "needs.yml");
        File.WriteAllText(needs, File.ReadAllText(needs).Replace("épicerie sociale", "épicerie sociale, magasin solidaire", StringComparison.Ordinal));
        var cleaned = false;
        // The clean-up of retired folders runs while the new index is being written (the race that lost builds).
        SearchIndex.BuildStarting = building =>
        {
            if (!building.StartsWith(content.DataPath, StringComparison.Ordinal)) return;
            SearchIndex.RemoveOthers(content.DataPath, content.Searcher.Path);
            cleaned = Directory.Exists(building);
        };
        try
        {
            using var rebuilt = SearchIndex.Update(content.Searcher, ContentLoader.Load(content.ContentPath), content.DataPath);
            Assert.True(cleaned);
            Assert.Contains("epicerie-nord", Search(rebuilt, "magasin").Hits.Select(h => h.Id));
        }
        finally
        {
            SearchIndex.BuildStarting = null;
        }
    }

    private static async Task WaitForSearchesAsync(Func<int> count, int atLeast)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (count() < atLeast && DateTime.UtcNow < deadline) await Task.Delay(20);
    }
}
