using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Repertoire.Core.Index;
using Repertoire.Tests;
using Repertoire.Web.Infrastructure;
using Xunit.Abstractions;

namespace Repertoire.Web.Tests.Infrastructure;

/// <summary>The site's index follows its content folder: edits in place, rebuilds aside, failures retried.</summary>
public sealed class SearchIndexHostTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task SavedListingIsFoundByItsNewWordsWithoutARebuild()
    {
        var content = TestPaths.CopyToTemp(TestPaths.FixtureContent);
        await using var app = new RepertoireApplication(content);
        using var client = app.CreateClient();
        Assert.Equal(0, await CountAsync(client, "zorblax"));
        var host = app.Services.GetRequiredService<SearchIndexHost>();
        var searcher = host.Current;

        WriteListing(content, "Des colis zorblax pour tous.");
        var clock = Stopwatch.StartNew();
        await EventuallyAsync(async () => await CountAsync(client, "zorblax") == 1);

        // Measured, not asserted (the machine's load decides): file watcher's quiet time, reload, update, refresh.
        output.WriteLine($"found {clock.ElapsedMilliseconds} ms after saving the file");
        Assert.Same(searcher, host.Current);
    }

    [Fact]
    public async Task SearchesDuringAHundredUpdatesAllSucceedAndTheLastContentWins()
    {
        var content = TestPaths.CopyToTemp(TestPaths.FixtureContent);
        await using var app = new RepertoireApplication(content);
        using var client = app.CreateClient();
        Assert.Equal(1, await CountAsync(client, "colis"));
        var store = app.Services.GetRequiredService<ContentStore>();
        var host = app.Services.GetRequiredService<SearchIndexHost>();
        var searcher = host.Current;
        var stop = false;
        var statuses = new ConcurrentBag<HttpStatusCode>();
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            while (!Volatile.Read(ref stop))
            {
                using var response = await client.GetAsync("/api/v1/search?q=colis&lang=fr");
                statuses.Add(response.StatusCode);
            }
        })).ToList();

        for (var i = 0; i < 100; i++)
        {
            WriteListing(content, $"Des colis, édition mot{i}x.");
            store.Reload();
        }
        await EventuallyAsync(async () => await CountAsync(client, "mot99x") == 1);
        Volatile.Write(ref stop, true);
        await Task.WhenAll(readers);

        Assert.NotEmpty(statuses);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(0, await CountAsync(client, "mot98x"));
        Assert.Same(searcher, host.Current);
    }

    [Fact]
    public async Task EditsDuringARebuildEndWithTheLastContent()
    {
        var content = TestPaths.CopyToTemp(TestPaths.FixtureContent);
        await using var app = new RepertoireApplication(content);
        using var client = app.CreateClient();
        Assert.Equal(1, await CountAsync(client, "colis"));
        var store = app.Services.GetRequiredService<ContentStore>();
        var edited = 0;
        SearchIndex.BuildStarting = building =>
        {
            if (!building.StartsWith(app.DataPath, StringComparison.Ordinal) || Interlocked.Exchange(ref edited, 1) == 1) return;
            // While the new taxonomy's index is being written, the listing is edited three times.
            for (var i = 0; i < 3; i++)
            {
                WriteListing(content, $"Des colis, version{i}z.");
                store.Reload();
            }
        };
        try
        {
            var needs = Path.Combine(content, "taxonomy", "needs.yml");
            File.WriteAllText(needs, File.ReadAllText(needs).Replace("épicerie sociale", "épicerie sociale, magasin solidaire", StringComparison.Ordinal));
            store.Reload();

            await EventuallyAsync(async () => await CountAsync(client, "version2z") == 1 && await CountAsync(client, "magasin solidaire") >= 1);
            Assert.Equal(1, edited);
            Assert.Equal(0, await CountAsync(client, "version1z"));
        }
        finally
        {
            SearchIndex.BuildStarting = null;
        }
    }

    [Fact]
    public async Task AFailedBuildIsRetried()
    {
        var failures = 0;
        var app = new RepertoireApplication();
        SearchIndex.BuildStarting = building =>
        {
            if (building.StartsWith(app.DataPath, StringComparison.Ordinal) && Interlocked.Increment(ref failures) == 1)
                throw new IOException("disk full (test)");
        };
        try
        {
            await using (app)
            {
                using var client = app.CreateClient();
                await EventuallyAsync(async () => (await client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK);
                Assert.True(failures >= 2);
                Assert.Equal(1, await CountAsync(client, "colis"));
            }
        }
        finally
        {
            SearchIndex.BuildStarting = null;
        }
    }

    private static void WriteListing(string content, string description) =>
        File.WriteAllText(Path.Combine(content, "organisations", "edited-test.md"), $"""
            ---
            name: {"{"} fr: Service édité {"}"}
            needs: [aide-alimentaire]
            site: {"{"} postcode: "1090", commune: jette {"}"}
            ---

            # fr
            {description}
            """);

    private static async Task<int> CountAsync(HttpClient client, string text)
    {
        using var response = await client.GetAsync($"/api/v1/search?lang=fr&q={Uri.EscapeDataString(text)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("total").GetInt32();
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not hold in time");
            await Task.Delay(50);
        }
    }
}
