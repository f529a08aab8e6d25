using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using Repertoire.Core.Alignment;
using Repertoire.Core.Alignment.Staff;
using Repertoire.Core.Audit;
using Repertoire.Core.Content;
using Repertoire.Core.Corrections;
using Repertoire.Tests;
using Repertoire.Web.Tests.Staff;

namespace Repertoire.Web.Tests.Corrections;

/// <summary>
/// "An acknowledged correction or decision is never lost": the real site, as a process of its own, takes a stream of
/// reports, accepts, rejections and verifications from three clients at once and is killed with SIGKILL in the
/// middle of it. Started again on the same folders, every request it had answered with success is there: the
/// correction in the store, its audit entry, and for an accept the value in the listing's file. A site that answered
/// before its write was committed (a queued write, a transaction committed after the response) fails this test.
/// </summary>
public sealed class CrashRecoveryTests
{
    private const string Admin = "ada";
    private const string Password = "a long enough password";

    // One client per listing, so each file has one writer at a time and the last accepted value is known.
    private static readonly string[] Listings = ["epicerie-test-schaerbeek", "centre-test-bruxelles", "infirmiers-test-jette"];

    // Enough answered requests that every kind of write has been answered at least once before the kill.
    private const int AnswersBeforeKill = 24;

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Repertoire:Corrections:MaxReportsPerClient"] = "100000",
        ["Repertoire:Alignment:SignInFailureDelayMilliseconds"] = "0",
    };

    [Fact]
    public async Task EveryAnsweredReportDecisionAndVerificationSurvivesSigkill()
    {
        var content = TestPaths.CopyToTemp(TestPaths.FixtureContent);
        var data = Path.Combine(Path.GetTempPath(), "repertoire-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(data);
        try
        {
            using (var accounts = new StaffAccountStore(AlignmentDataFiles.StaffDatabase(data), iterations: 100_000))
                accounts.Add(Admin, Password, isAdmin: true);
            var answered = new Answered();

            await using (var site = await SiteProcess.StartAsync(content, data, Settings))
            {
                var clients = new List<Worker>();
                foreach (var (listing, worker) in Listings.Select((l, i) => (l, i)))
                    clients.Add(await Worker.OpenAsync(site.BaseAddress, listing, worker, answered));
                var streams = clients.Select(c => c.RunAsync()).ToArray();
                await answered.Reached(AnswersBeforeKill).WaitAsync(TimeSpan.FromSeconds(120));
                site.Kill();
                // Each client stops at its first request that gets no answer.
                var failures = await Task.WhenAll(streams);
                Assert.All(failures, f => Assert.True(f is HttpRequestException or TaskCanceledException, $"a stream stopped on {f}"));
                foreach (var client in clients) client.Dispose();
            }

            Assert.NotEmpty(answered.Reports);
            Assert.NotEmpty(answered.Accepts);
            Assert.NotEmpty(answered.Rejects);
            Assert.NotEmpty(answered.Verifications);

            await using (var site = await SiteProcess.StartAsync(content, data, Settings))
            {
                // The site recovered: it serves the accepted values and takes new reports.
                using var visitor = Worker.NewClient(site.BaseAddress);
                foreach (var listing in Listings.Where(l => answered.LastAccepted(l) is not null))
                    Assert.Contains(NumberInFile(content, listing)!, WebUtility.HtmlDecode(await visitor.GetStringAsync($"/fr/organisations/{listing}")));
                var form = await visitor.GetStringAsync($"/fr/organisations/{Listings[0]}/signaler");
                var after = await visitor.PostAsync($"/fr/organisations/{Listings[0]}/signaler", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["Field"] = "number", ["Proposed"] = "after the crash",
                    ["__RequestVerificationToken"] = WorkbenchApplication.AntiforgeryToken(form),
                }));
                Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
            }
            using var corrections = new SqliteCorrectionStore(AlignmentDataFiles.CorrectionDatabase(data));
            using var audit = new SqliteAuditTrail(AlignmentDataFiles.CorrectionDatabase(data));
            var entries = audit.Find(new AuditQuery { IncludeAccounts = true, Limit = 100_000 });

            foreach (var (listing, proposed) in answered.Reports)
            {
                var report = Assert.Single(corrections.ForListing(listing), c => c.Proposed == proposed);
                Assert.Contains(entries, e => e.Action == AuditActions.Report && e.CorrectionId == report.Id && e.After == proposed);
            }
            foreach (var (id, value) in answered.Accepts)
            {
                Assert.Equal(CorrectionStatus.Accepted, corrections.Find(id)?.Status);
                Assert.Contains(entries, e => e.Action == AuditActions.Accept && e.CorrectionId == id && e.After == value);
            }
            foreach (var (id, reason) in answered.Rejects)
            {
                Assert.Equal(CorrectionStatus.Rejected, corrections.Find(id)?.Status);
                Assert.Contains(entries, e => e.Action == AuditActions.Reject && e.CorrectionId == id && e.Note == reason);
            }
            foreach (var (listing, note) in answered.Verifications)
                Assert.Contains(entries, e => e.Action == AuditActions.Verify && e.Subject == listing && e.Note == note);
            foreach (var listing in Listings)
            {
                if (answered.LastAccepted(listing) is not { } last) continue;
                // The last answered accept, or one sent after it that the kill interrupted after its write.
                var inFile = NumberInFile(content, listing);
                Assert.True(inFile == last || inFile == answered.Unanswered(listing), $"{listing}: the file holds {inFile}, the last answered accept wrote {last}");
            }
        }
        finally
        {
            Directory.Delete(content, recursive: true);
            Directory.Delete(data, recursive: true);
        }
    }

    private static string? NumberInFile(string content, string listing) =>
        FrontMatterEditor.Parse(File.ReadAllText(Path.Combine(content, "organisations", listing + ".md"))).Scalar("site.number");

    /// <summary>The requests the site answered with success, by kind.</summary>
    private sealed class Answered
    {
        private readonly ConcurrentDictionary<string, string> _lastAccepted = new();
        private readonly ConcurrentDictionary<string, string> _unanswered = new();
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _count;
        private int _target = int.MaxValue;

        public ConcurrentBag<(string Listing, string Proposed)> Reports { get; } = [];
        public ConcurrentBag<(long Id, string Value)> Accepts { get; } = [];
        public ConcurrentBag<(long Id, string Reason)> Rejects { get; } = [];
        public ConcurrentBag<(string Listing, string Note)> Verifications { get; } = [];

        public Task Reached(int count)
        {
            Volatile.Write(ref _target, count);
            if (Volatile.Read(ref _count) >= count) _reached.TrySetResult();
            return _reached.Task;
        }

        public void Report(string listing, string proposed) => Count(() => Reports.Add((listing, proposed)));
        public void Reject(long id, string reason) => Count(() => Rejects.Add((id, reason)));
        public void Verify(string listing, string note) => Count(() => Verifications.Add((listing, note)));

        public void Sending(string listing, string value) => _unanswered[listing] = value;

        public void Accept(string listing, long id, string value) => Count(() =>
        {
            Accepts.Add((id, value));
            _lastAccepted[listing] = value;
            _unanswered.TryRemove(listing, out _);
        });

        public string? LastAccepted(string listing) => _lastAccepted.GetValueOrDefault(listing);
        public string? Unanswered(string listing) => _unanswered.GetValueOrDefault(listing);

        private void Count(Action record)
        {
            record();
            if (Interlocked.Increment(ref _count) >= Volatile.Read(ref _target)) _reached.TrySetResult();
        }
    }

    /// <summary>One client working on one listing: a visitor's report, then a staff decision on it (accept,
    /// reject) or a verification of the listing, in turn, until the site stops answering.</summary>
    private sealed class Worker(string listing, int worker, Answered answered, HttpClient visitor, HttpClient staff,
        string visitorToken, string staffToken) : IDisposable
    {
        public static async Task<Worker> OpenAsync(Uri site, string listing, int worker, Answered answered)
        {
            var visitor = NewClient(site);
            var staff = NewClient(site);
            var visitorToken = WorkbenchApplication.AntiforgeryToken(await visitor.GetStringAsync($"/fr/organisations/{listing}/signaler"));
            var signIn = await WorkbenchApplication.SignInAsync(staff, Admin, Password);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            // One token serves every post of the session (it is bound to the cookie and the user, not to a form).
            var staffToken = WorkbenchApplication.AntiforgeryToken(await staff.GetStringAsync("/staff/corrections"));
            return new Worker(listing, worker, answered, visitor, staff, visitorToken, staffToken);
        }

        public static HttpClient NewClient(Uri site) =>
            new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
            {
                BaseAddress = site, Timeout = TimeSpan.FromSeconds(30),
            };

        /// <summary>Runs until a request fails and returns that failure.</summary>
        public async Task<Exception> RunAsync()
        {
            try
            {
                for (var i = 0; ; i++)
                {
                    var proposed = $"report {worker}-{i}";
                    var reported = await PostAsync(visitor, $"/fr/organisations/{listing}/signaler", visitorToken, new() { ["Field"] = "number", ["Proposed"] = proposed });
                    Assert.EndsWith("?sent=true", Success(reported));
                    answered.Report(listing, proposed);

                    var id = await FindAsync(proposed);
                    var item = $"/staff/corrections/item?id={id.ToString(CultureInfo.InvariantCulture)}";
                    switch (i % 3)
                    {
                        case 0:
                            var value = $"{worker + 1}{i:000}A";
                            answered.Sending(listing, value);
                            var accepted = await PostAsync(staff, item + "&handler=Accept", staffToken, new() { ["TargetField"] = "number", ["Value"] = value, ["MarkVerified"] = "false" });
                            Assert.Contains("done=accepted", Success(accepted));
                            answered.Accept(listing, id, value);
                            break;
                        case 1:
                            var reason = $"reject {worker}-{i}";
                            var rejected = await PostAsync(staff, item + "&handler=Reject", staffToken, new() { ["Note"] = reason });
                            Assert.Contains("done=rejected", Success(rejected));
                            answered.Reject(id, reason);
                            break;
                        default:
                            var note = $"verify {worker}-{i}";
                            var verified = await PostAsync(staff, $"/staff/listing?id={listing}&handler=Verify", staffToken, new() { ["Note"] = note });
                            Assert.Contains("done=verified", Success(verified));
                            answered.Verify(listing, note);
                            break;
                    }
                }
            }
            catch (Exception e)
            {
                return e;
            }
        }

        public void Dispose()
        {
            visitor.Dispose();
            staff.Dispose();
        }

        // The forms answer a success with a redirect (post/redirect/get): that redirect is the acknowledgement.
        private static string Success(HttpResponseMessage response)
        {
            if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"answered {response.StatusCode}");
            return response.Headers.Location!.OriginalString;
        }

        private async Task<long> FindAsync(string proposed)
        {
            var queue = new HtmlParser().ParseDocument(await staff.GetStringAsync("/staff/corrections"));
            var row = queue.QuerySelectorAll("tr.correction-row").Single(r => r.QuerySelector(".correction-proposed")?.TextContent == proposed);
            return long.Parse(row.GetAttribute("data-id")!, CultureInfo.InvariantCulture);
        }

        private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string token, Dictionary<string, string> fields)
        {
            fields["__RequestVerificationToken"] = token;
            return client.PostAsync(url, new FormUrlEncodedContent(fields));
        }
    }
}
