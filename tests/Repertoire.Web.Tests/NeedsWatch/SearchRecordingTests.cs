using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Repertoire.Core.NeedsWatch;
using Repertoire.Web.NeedsWatch;

namespace Repertoire.Web.Tests.NeedsWatch;

public sealed class SearchRecordingTests
{
    [Fact]
    public async Task SearchStoresNoPersonalData()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateBrowserlessClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/search?q=colis+alimentaire+Jette&lang=fr");
        request.Headers.Add("Cookie", "session=secret-cookie-4242; repertoire-lang=fr");
        request.Headers.Add("X-Forwarded-For", "203.0.113.77");
        request.Headers.Add("User-Agent", "Mozilla/5.0 (TestAgent-9731)");
        request.Headers.Add("Referer", "https://example.org/patient/jean-dupont");

        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await NeedsWatchDatabase.WaitForEventsAsync(app.DataPath, 1);

        var dump = NeedsWatchDatabase.Dump(app.DataPath);
        // Exactly these columns exist: nothing else can hold an address, a cookie, an agent or an account.
        Assert.Equal(["id", "hour", "lang", "place", "results", "only_elsewhere", "staff", "searches"], dump["search_event"].Columns);
        Assert.Equal(["event_id", "need"], dump["search_event_need"].Columns);
        Assert.Equal(["day", "folded", "place", "text", "staff", "searches"], dump["search_text"].Columns);
        Assert.Equal(["month", "lang", "place", "need", "staff", "searches", "nothing_found", "only_elsewhere"], dump["search_month"].Columns);
        var values = dump.Values.SelectMany(t => t.Rows).SelectMany(r => r).OfType<string>().ToList();
        foreach (var personal in new[] { "secret", "4242", "203.0.113", "Mozilla", "9731", "example.org", "dupont" })
            Assert.DoesNotContain(values, v => v.Contains(personal, StringComparison.OrdinalIgnoreCase));

        var row = Assert.Single(dump["search_event"].Rows);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}$", row[1]);
        Assert.Equal(["fr", "jette", "1", "1", "0", "1"], row[2..].Select(v => v ?? "").ToList());
        Assert.Equal("aide-alimentaire", Assert.Single(dump["search_event_need"].Rows)[1]);
        Assert.Equal("colis alimentaire jette", Assert.Single(dump["search_text"].Rows)[3]);
    }

    [Fact]
    public async Task TheSearchPageRecordsItsFirstPageOnly()
    {
        await using var app = new RepertoireApplication();

        await app.GetPageAsync("/nl/zoeken?q=thuisverpleging");
        await app.GetPageAsync("/nl/zoeken?q=thuisverpleging&page=2");
        await app.GetPageAsync("/nl/zoeken");
        await NeedsWatchDatabase.WaitForEventsAsync(app.DataPath, 1);
        await app.GetPageAsync("/nl/zoeken?q=voedselhulp");
        await NeedsWatchDatabase.WaitForEventsAsync(app.DataPath, 2);

        Assert.Equal(2L, NeedsWatchDatabase.Scalar(app.DataPath, "SELECT SUM(searches) FROM search_event"));
        Assert.Equal("nl", NeedsWatchDatabase.Scalar(app.DataPath, "SELECT DISTINCT lang FROM search_event"));
        Assert.Equal("unspecified", NeedsWatchDatabase.Scalar(app.DataPath, "SELECT DISTINCT place FROM search_event"));
    }

    [Fact]
    public async Task IdenticalSearchesGatheredIntoOneBatchAreStoredAsOneRow()
    {
        await using var app = new RepertoireApplication();
        await using var gathering = app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.Configure<NeedsWatchOptions>(o => o.FlushInterval = TimeSpan.FromSeconds(5))));
        using var client = gathering.CreateClient();

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/search?q=colis+alimentaire&lang=fr")).StatusCode);
        await NeedsWatchDatabase.WaitForEventsAsync(app.DataPath, 3);

        Assert.Equal(1L, NeedsWatchDatabase.Scalar(app.DataPath, "SELECT COUNT(*) FROM search_event"));
        Assert.Equal(3L, NeedsWatchDatabase.Scalar(app.DataPath, "SELECT searches FROM search_event"));
        Assert.Equal(3L, NeedsWatchDatabase.Scalar(app.DataPath, "SELECT searches FROM search_text WHERE text = 'colis alimentaire'"));
    }

    [Fact]
    public async Task AnUnavailableStoreDropsAndCountsWithoutFailingSearches()
    {
        await using var app = new RepertoireApplication();
        await using var broken = app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<INeedsWatchStore, UnavailableStore>();
            s.Configure<NeedsWatchOptions>(o => o.RetryAfterFailure = TimeSpan.FromMilliseconds(10));
        }));
        using var client = broken.CreateClient();

        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/search?q=colis+{i}")).StatusCode);

        var recorder = broken.Services.GetRequiredService<SearchRecorder>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (recorder.Dropped < 5 && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.Equal(5, recorder.Dropped);
    }

    [Fact]
    public async Task AFullQueueDropsAndCounts()
    {
        await using var app = new RepertoireApplication();
        var blocking = new BlockingStore();
        await using var slow = app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<INeedsWatchStore>(blocking);
            s.Configure<NeedsWatchOptions>(o => (o.QueueCapacity, o.BatchSize) = (2, 1));
        }));
        using var client = slow.CreateClient();

        // The writer takes the first search into a write that does not return; two more fill the queue; the
        // last three are dropped, and every search still answers.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/search?q=colis")).StatusCode);
        Assert.True(blocking.Entered.Wait(TimeSpan.FromSeconds(20)));
        for (var i = 1; i < 6; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/search?q=colis+{i}")).StatusCode);
        var recorder = slow.Services.GetRequiredService<SearchRecorder>();
        blocking.Release.Set();

        Assert.Equal(3, recorder.Dropped);
    }

    private sealed class UnavailableStore : INeedsWatchStore
    {
        public void Append(IReadOnlyList<SearchEvent> events) => throw new IOException("disk gone");

        public int Fold(DateOnly before) => throw new IOException("disk gone");

        public NeedsWatchCounts Read(NeedsWatchScope scope) => throw new IOException("disk gone");

        public void Dispose() { }
    }

    private sealed class BlockingStore : INeedsWatchStore
    {
        public ManualResetEventSlim Entered { get; } = new();

        public ManualResetEventSlim Release { get; } = new();

        public void Append(IReadOnlyList<SearchEvent> events)
        {
            Entered.Set();
            Release.Wait(TimeSpan.FromSeconds(30));
        }

        public int Fold(DateOnly before) => 0;

        public NeedsWatchCounts Read(NeedsWatchScope scope) => throw new NotSupportedException();

        public void Dispose()
        {
            Entered.Dispose();
            Release.Dispose();
        }
    }
}
