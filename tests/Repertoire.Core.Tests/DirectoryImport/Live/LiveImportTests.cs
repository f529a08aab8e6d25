using System.Text.Json.Nodes;
using Repertoire.Core.DirectoryImport;
using Repertoire.Core.DirectoryImport.Live;
using Repertoire.Core.Tests.Alignment;

namespace Repertoire.Core.Tests.DirectoryImport.Live;

/// <summary>The live client against an in-process replay of both APIs, with a 429 carrying Retry-After, a 500, an
/// answer slower than the attempt time-out and malformed records: it must give the same listings as the files.</summary>
public sealed class LiveImportTests : IDisposable
{
    // A record of the wrong type in both the files and the live answers, and one whose JSON is cut short live.
    private const string WrongTypeRecord = """{"id": 99999, "nameOfficialFr": 12, "address": null}""";
    private const string TruncatedRecord = """{"id": 99998, "nameOfficialFr": "Service tronq""";
    private static readonly JsonNode WrongTypeOffer = JsonNode.Parse("""{"id": {"id": "bad-offer-1"}, "legalName": 5, "state": "ACTIVE"}""")!;

    private readonly string _work = Path.Combine(Path.GetTempPath(), "repertoire-tests", Guid.NewGuid().ToString("n"));
    private readonly JsonArray _offers;
    private readonly Dictionary<string, string> _organisations;

    public LiveImportTests()
    {
        Directory.CreateDirectory(_work);
        _offers = JsonNode.Parse(File.ReadAllText(SampleData.SocialeKaart))!["content"]!.AsArray();
        _offers.Add(WrongTypeOffer.DeepClone());
        _organisations = JsonNode.Parse(File.ReadAllText(SampleData.BruxellesSocial))!.AsArray()
            .ToDictionary(r => r!["id"]!.ToJsonString(), r => r!.ToJsonString());
        _organisations["99999"] = WrongTypeRecord;
        _organisations["99998"] = TruncatedRecord;
        File.WriteAllText(BruxellesSocialFile, "[" + string.Join(",\n", _organisations.Where(o => o.Key != "99998").Select(o => o.Value)) + "]");
        File.WriteAllText(SocialeKaartFile, new JsonObject { ["content"] = _offers.DeepClone(), ["page"] = new JsonObject { ["totalPages"] = 1 } }.ToJsonString());
        File.WriteAllLines(IdsFile, _organisations.Keys);
    }

    private string BruxellesSocialFile => Path.Combine(_work, "bruxelles-social.json");
    private string SocialeKaartFile => Path.Combine(_work, "sociale-kaart.json");
    private string IdsFile => Path.Combine(_work, "ids.txt");

    [Fact]
    public async Task LiveImportGivesTheSameListingsAsTheFiles()
    {
        using var files = new ImportFolder();
        await Run(files, BruxellesSocialFile, SocialeKaartFile);

        await using var server = await ReplayServer.StartAsync(_offers, _organisations);
        server.FailOnce("/api/health-offers?page=0&size=50", ReplayServer.Slow(TimeSpan.FromSeconds(20)));
        server.FailOnce("/api/health-offers?page=1&size=50", ReplayServer.TooManyRequests(1));
        server.FailOnce("/api/health-offers?page=2&size=50", ReplayServer.ServerError());
        server.FailOnce("/rest/organisation/18791", ReplayServer.ServerError());
        using var live = new ImportFolder();
        var report = await Run(live, server.BaseUri.ToString(), server.BaseUri.ToString());

        Assert.Equal(files.Snapshot(), live.Snapshot());
        // Each fault was followed by a retry (more than one on a machine so busy that a normal answer times out).
        Assert.True(server.Hits["/api/health-offers?page=0&size=50"] >= 2);
        Assert.True(server.Hits["/api/health-offers?page=2&size=50"] >= 2);
        Assert.True(server.Hits["/rest/organisation/18791"] >= 2);
        var askedPage1 = server.Times["/api/health-offers?page=1&size=50"].ToArray();
        Assert.True(askedPage1[1] - askedPage1[0] >= TimeSpan.FromSeconds(0.9), "Retry-After: 1 was not honoured");
        Assert.Contains(report.Refused, r => r.Id == "99998" && r.Reason.StartsWith("malformed JSON", StringComparison.Ordinal));
        Assert.Contains(report.Refused, r => r.Id == "99999" && r.Reason.Contains("nameOfficialFr is a number", StringComparison.Ordinal));
        Assert.Contains(report.Refused, r => r.Id == "bad-offer-1" && r.Reason.Contains("legalName", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InterruptedRunResumesWithoutAskingAgain()
    {
        using var files = new ImportFolder();
        await Run(files, BruxellesSocialFile, SocialeKaartFile);

        await using var server = await ReplayServer.StartAsync(_offers, _organisations);
        using var interrupt = new CancellationTokenSource();
        server.FailOnce("/api/health-offers?page=2&size=50", context =>
        {
            interrupt.Cancel();
            return ReplayServer.ServerError()(context);
        });
        using var live = new ImportFolder();
        var before = live.Snapshot();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Run(live, null, server.BaseUri.ToString(), interrupt.Token));
        Assert.Equal(before, live.Snapshot());

        await Run(live, server.BaseUri.ToString(), server.BaseUri.ToString());
        Assert.Equal(1, server.Hits["/api/health-offers?page=0&size=50"]);
        Assert.Equal(1, server.Hits["/api/health-offers?page=1&size=50"]);
        Assert.Equal(files.Snapshot(), live.Snapshot());
        Assert.False(Directory.Exists(Cache), "the cache is cleared once a run completes");
    }

    private string Cache => Path.Combine(_work, "cache");

    private Task<ImportReport> Run(ImportFolder folder, string? bruxellesSocial, string? socialeKaart, CancellationToken cancellationToken = default) =>
        new ImportRunner(folder.Clock).RunAsync(new ImportRequest
        {
            ContentPath = folder.Root,
            BruxellesSocial = bruxellesSocial,
            BruxellesSocialIds = bruxellesSocial is not null && ImportRequest.IsUrl(bruxellesSocial) ? IdsFile : null,
            SocialeKaart = socialeKaart,
            Live = new LiveSourceOptions
            {
                CacheFolder = Cache,
                RequestsPerSecond = 500,
                MaxRetries = 5,
                RetryDelay = TimeSpan.FromMilliseconds(20),
                AttemptTimeout = TimeSpan.FromSeconds(3),
                PageSize = 50,
            },
        }, null, cancellationToken);

    public void Dispose()
    {
        if (Directory.Exists(_work)) Directory.Delete(_work, recursive: true);
    }
}
