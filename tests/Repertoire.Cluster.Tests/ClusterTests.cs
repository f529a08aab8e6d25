using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Repertoire.Core.Alignment;
using Repertoire.Core.Alignment.Import;
using Repertoire.Core.Alignment.Matching;
using Repertoire.Core.Corrections;
using Repertoire.Core.Storage;
using Repertoire.Tests;

namespace Repertoire.Cluster.Tests;

/// <summary>The cluster's promises, checked on a real one (deploy/local-cluster.sh): no request lost when a node
/// dies, a staff session valid on every node, shared writes and content changes seen by all nodes within seconds,
/// searches answering through a database restart.</summary>
[Collection(LocalClusterCollection.Name)]
public sealed partial class ClusterTests(LocalCluster cluster)
{
    private static readonly string[] ReadUrls =
    [
        "/api/v1/search?q=aide&lang=fr",
        "/fr/recherche?q=infirmier",
        "/nl/zoeken?q=thuisverpleging",
        "/api/v1/search?q=epicerie&lang=fr",
        "/fr/organisations/centre-test-bruxelles",
    ];

    [ClusterFact]
    public async Task NodeKilledAndRestartedUnderLoadLosesNoRequest()
    {
        var load = Load.Start(cluster, workers: 6);
        await Task.Delay(TimeSpan.FromSeconds(2));

        await cluster.RunAsync("stop-node", "2", "--kill");
        await Task.Delay(TimeSpan.FromSeconds(3));
        await cluster.RunAsync("start-node", "2");
        // HAProxy puts it back after two good health checks, a second apart.
        await Task.Delay(TimeSpan.FromSeconds(4));
        var (ok, failures) = await load.StopAsync();

        Assert.True(failures.IsEmpty, $"{failures.Count} failed requests of {ok + failures.Count}: {string.Join("; ", failures.Take(5))}\n{cluster.NodeLogs()}");
        Assert.True(ok > 50, $"only {ok} requests made");
    }

    [ClusterFact]
    public async Task StaffSignedInOnOneNodeActsThroughTheOthersAndAllSeeTheDecision()
    {
        using var client = cluster.CreateClient();
        await SignInAsync(client, node: 1);
        var pair = ReviewPair(skip: 0);

        var confirmed = await PostFormAsync(client, PairUrl(pair), PairUrl(pair, "Confirm"), new() { ["Note"] = "même BCE" }, node: 2);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        foreach (var node in new[] { 1, 2, 3 })
            await EventuallyAsync(TimeSpan.FromSeconds(5), async () =>
            {
                var page = await GetAsync(client, PairUrl(pair), node);
                return page.StatusCode == HttpStatusCode.OK && (await page.Content.ReadAsStringAsync()).Contains("handler=Withdraw", StringComparison.Ordinal);
            }, $"node {node} does not show the confirmation");
    }

    [ClusterFact]
    public async Task ContentChangedThroughTheDatabaseReachesEveryNodeWithinSeconds()
    {
        using var client = cluster.CreateClient();
        var file = Path.Combine(cluster.ContentPath, "organisations", "epicerie-test-schaerbeek.md");
        var name = "Épicerie renommée " + Guid.NewGuid().ToString("n")[..6];
        var text = await File.ReadAllTextAsync(file);
        await File.WriteAllTextAsync(file, FrenchName().Replace(text, $"$1{name}", 1));

        // The nodes do not watch the folder (as on a network share): nothing changes before the change is published.
        Assert.DoesNotContain(name, await (await GetAsync(client, "/fr/organisations/epicerie-test-schaerbeek", 1)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using (var database = PostgresDatabase.Open(cluster.ConnectionString))
            new ContentChangeLog(database).Publish("cluster-test", "renamed the Schaerbeek grocery");

        var clock = Stopwatch.StartNew();
        foreach (var node in new[] { 1, 2, 3 })
            await EventuallyAsync(TimeSpan.FromSeconds(10), async () =>
                (await (await GetAsync(client, "/fr/organisations/epicerie-test-schaerbeek", node)).Content.ReadAsStringAsync()).Contains(name, StringComparison.Ordinal),
                $"node {node} still shows the old name after {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [ClusterFact]
    public async Task CorrectionAcceptedThroughOneNodeShowsOnAllThreeWithinSeconds()
    {
        using var client = cluster.CreateClient();
        const string listing = "epicerie-test-schaerbeek";
        var phone = $"02 555 {Random.Shared.Next(10, 99)} {Random.Shared.Next(10, 99)}";
        var reportPage = $"/fr/organisations/{listing}/signaler";
        var reported = await PostFormAsync(client, reportPage, reportPage,
            new() { ["Field"] = "phones", ["Problem"] = "le numéro a changé", ["Proposed"] = phone }, node: 1);
        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        long id;
        using (var database = PostgresDatabase.Open(cluster.ConnectionString))
            id = new PostgresCorrectionStore(database).ForListing(listing).First(c => c.Proposed == phone).Id;
        await SignInAsync(client, node: 3);

        var itemPage = $"/staff/corrections/item?id={id}";
        var accepted = await PostFormAsync(client, itemPage, itemPage + "&handler=Accept",
            new() { ["TargetField"] = "phones", ["Value"] = phone, ["MarkVerified"] = "false" }, node: 2);

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var clock = Stopwatch.StartNew();
        foreach (var node in new[] { 1, 2, 3 })
            await EventuallyAsync(TimeSpan.FromSeconds(10), async () =>
                (await (await GetAsync(client, $"/fr/organisations/{listing}", node)).Content.ReadAsStringAsync()).Contains(phone, StringComparison.Ordinal),
                $"node {node} does not show the accepted phone number after {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [ClusterFact]
    public async Task DatabaseRestartedUnderLoadSearchesKeepAnsweringAndWritesResume()
    {
        using var client = cluster.CreateClient();
        await SignInAsync(client, node: 3);
        var pair = ReviewPair(skip: 1);
        var load = Load.Start(cluster, workers: 4);

        await cluster.RunAsync("stop-db");
        await Task.Delay(TimeSpan.FromSeconds(2));
        // A staff page that needs the database says so with 503, never a 500.
        var during = await GetAsync(client, PairUrl(pair), 1);
        await cluster.RunAsync("start-db");
        await EventuallyAsync(TimeSpan.FromSeconds(20), async () =>
            (await PostFormAsync(client, PairUrl(pair), PairUrl(pair, "Reject"), new() { ["Note"] = "après redémarrage" }, node: 1)).StatusCode == HttpStatusCode.Redirect,
            "no write succeeded after the database came back");
        var (ok, failures) = await load.StopAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        Assert.True(failures.IsEmpty, $"{failures.Count} failed searches of {ok + failures.Count}: {string.Join("; ", failures.Take(5))}");
        Assert.True(ok > 20, $"only {ok} requests made");
    }

    [ClusterFact]
    public async Task BehindTlsTheStaffCookieIsSecureAndHstsIsSent()
    {
        using var client = cluster.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/staff/sign-in");
        // HSTS is never sent for localhost or 127.0.0.1 (a developer's browser would remember it): ask by name.
        request.Headers.Host = "repertoire.test";
        var page = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.StartsWith("max-age=", string.Join("", page.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        var response = await PostFormAsync(client, "/staff/sign-in", "/staff/sign-in", new() { ["UserName"] = LocalCluster.UserName, ["Password"] = LocalCluster.Password }, node: 2);
        var staffCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("repertoire-staff=", StringComparison.Ordinal));
        Assert.Contains("secure", staffCookie, StringComparison.OrdinalIgnoreCase);
    }

    private async Task SignInAsync(HttpClient client, int node)
    {
        var response = await PostFormAsync(client, "/staff/sign-in", "/staff/sign-in", new() { ["UserName"] = LocalCluster.UserName, ["Password"] = LocalCluster.Password }, node);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in on node {node} answered {response.StatusCode}");
    }

    // The form is fetched from one node and posted to the next: the antiforgery token must hold across nodes too.
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, string action, Dictionary<string, string> fields, int node)
    {
        var form = await GetAsync(client, formPage, node % 3 + 1);
        var html = await form.Content.ReadAsStringAsync();
        var token = TokenPattern().Match(html);
        if (!token.Success) throw new InvalidOperationException($"no antiforgery token on {formPage} ({form.StatusCode})");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        using var request = new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add(LocalCluster.NodeHeader, $"node{node}");
        return await client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, int node)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(LocalCluster.NodeHeader, $"node{node}");
        return await client.SendAsync(request);
    }

    private static async Task EventuallyAsync(TimeSpan within, Func<Task<bool>> condition, string failure)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if (await condition()) return;
            }
            catch (Exception) when (clock.Elapsed < within)
            {
                // A node or the database coming back may refuse a request or two: that is what is being waited for.
            }
            if (clock.Elapsed > within) Assert.Fail(failure);
            await Task.Delay(250);
        }
    }

    // A pair the matcher leaves for review in the sample exports, the same one the nodes compute.
    private static AlignmentProposal ReviewPair(int skip)
    {
        var bs = new BruxellesSocialImporter().Import(Path.Combine(TestPaths.AlignmentSamples, AlignmentDataFiles.BruxellesSocialExportName)).Records;
        var sk = new SocialeKaartImporter().Import(Path.Combine(TestPaths.AlignmentSamples, AlignmentDataFiles.SocialeKaartExportName)).Records;
        var review = new AlignmentMatcher().Align(bs, sk, []).WithStatus(AlignmentStatus.Review);
        var taken = new HashSet<string>();
        return review.Where(p => taken.Add(p.BruxellesSocial.Id) && taken.Add(p.SocialeKaart.Id)).Skip(skip).First();
    }

    private static string PairUrl(AlignmentProposal pair, string? handler = null) =>
        $"/staff/alignment/pair?bs={Uri.EscapeDataString(pair.BruxellesSocial.Id)}&sk={Uri.EscapeDataString(pair.SocialeKaart.Id)}"
        + (handler is null ? "" : "&handler=" + handler);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"(name:\s*\n\s*fr:\s*)[^\n]+")]
    private static partial Regex FrenchName();

    /// <summary>Clients reading through HAProxy without pause until stopped, counting answers other than 200.</summary>
    private sealed class Load
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly ConcurrentQueue<string> _failures = new();
        private readonly List<Task> _workers = [];
        private int _ok;

        public static Load Start(LocalCluster cluster, int workers)
        {
            var load = new Load();
            for (var w = 0; w < workers; w++)
            {
                var offset = w;
                load._workers.Add(Task.Run(async () =>
                {
                    using var client = cluster.CreateClient();
                    for (var i = offset; !load._stop.IsCancellationRequested; i++)
                    {
                        var url = ReadUrls[i % ReadUrls.Length];
                        try
                        {
                            using var response = await client.GetAsync(url);
                            if (response.StatusCode == HttpStatusCode.OK) Interlocked.Increment(ref load._ok);
                            else load._failures.Enqueue($"{url}: {(int)response.StatusCode}");
                        }
                        catch (Exception e)
                        {
                            load._failures.Enqueue($"{url}: {e.GetType().Name} {e.Message}");
                        }
                        // A steady stream rather than a flood: on a two-core machine a flood starves the node
                        // being restarted, and the test is about losing no request, not about throughput.
                        await Task.Delay(20);
                    }
                }));
            }
            return load;
        }

        public async Task<(int Ok, ConcurrentQueue<string> Failures)> StopAsync()
        {
            await _stop.CancelAsync();
            await Task.WhenAll(_workers);
            return (_ok, _failures);
        }
    }
}
