using Repertoire.Core.Content;
using Repertoire.Core.Index;
using Repertoire.Tests;

namespace Repertoire.Core.Tests.Index;

public sealed class IndexRebuildTests
{
    [Fact]
    public void PreparedIndexOfTheSameContentIsReusedAndNewContentGetsANewFile()
    {
        using var content = new SearchTestContent();
        var before = File.GetLastWriteTimeUtc(content.Searcher.Path);

        using (var again = SearchIndex.OpenOrBuild(ContentLoader.Load(content.ContentPath), content.DataPath))
        {
            Assert.Equal(content.Searcher.Path, again.Path);
            Assert.Equal(before, File.GetLastWriteTimeUtc(again.Path));
        }
        content.Write("nouveau", "name: { fr: Bibliothèque sociale }\nsite: { commune: jette }", fr: "Livres.");
        using var changed = SearchIndex.OpenOrBuild(ContentLoader.Load(content.ContentPath), content.DataPath);
        Assert.NotEqual(content.Searcher.Path, changed.Path);
        Assert.Equal(["nouveau"], changed.Search(new SearchQuery { Text = "bibliotheque" }).Hits.Select(h => h.Id));
        Assert.Empty(content.Searcher.Search(new SearchQuery { Text = "bibliotheque" }).Hits);
    }

    [Fact]
    public async Task SearchesDuringRebuildsNeverFail()
    {
        using var content = new SearchTestContent();
        var current = content.Searcher;
        var stop = false;
        var searches = 0;
        var errors = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (!Volatile.Read(ref stop))
            {
                try
                {
                    var result = Volatile.Read(ref current).Search(new SearchQuery { Text = "colis" });
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
        var retired = new List<Searcher>();
        for (var i = 0; i < 5; i++)
        {
            content.Write("extra", $"name: {{ fr: Service numéro {i} }}\nsite: {{ commune: jette }}", fr: $"Colis du jour {i}.");
            var next = SearchIndex.OpenOrBuild(ContentLoader.Load(content.ContentPath), content.DataPath);
            retired.Add(Interlocked.Exchange(ref current, next));
            // The previous index closes while searches may still be running on it.
            retired[^1].Dispose();
        }
        var before = Volatile.Read(ref searches);
        await WaitForSearchesAsync(() => Volatile.Read(ref searches), before + 10);
        Volatile.Write(ref stop, true);
        await Task.WhenAll(readers);
        current.Dispose();

        Assert.Empty(errors);
        Assert.True(searches > 0);
    }

    private static async Task WaitForSearchesAsync(Func<int> count, int atLeast)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (count() < atLeast && DateTime.UtcNow < deadline) await Task.Delay(20);
    }
}
