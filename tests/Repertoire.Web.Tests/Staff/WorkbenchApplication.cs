using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Repertoire.Core.Alignment;
using Repertoire.Core.Alignment.Decisions;
using Repertoire.Core.Alignment.Staff;
using Repertoire.Tests;
using Repertoire.Web.Staff;

namespace Repertoire.Web.Tests.Staff;

/// <summary>The site with a temporary data folder holding the sample exports of docs/examples/alignment (unless
/// told otherwise) and one staff account, <see cref="UserName"/> / <see cref="Password"/>, created through
/// <see cref="StaffAccountStore"/> as <c>repertoire staff add</c> does.</summary>
internal sealed partial class WorkbenchApplication : WebApplicationFactory<Program>
{
    public const string UserName = "alice";
    public const string Password = "correct horse battery staple";

    private readonly Dictionary<string, string?> _settings;

    public WorkbenchApplication(bool withExports = true, string? contentPath = null, Dictionary<string, string?>? settings = null)
    {
        ContentPath = contentPath ?? TestPaths.FixtureContent;
        _settings = settings ?? [];
        Directory.CreateDirectory(DataPath);
        if (withExports) InstallSampleExports(DataPath);
        using var accounts = new StaffAccountStore(AlignmentDataFiles.StaffDatabase(DataPath), iterations: 100_000);
        accounts.Add(UserName, Password);
    }

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "repertoire-tests", Guid.NewGuid().ToString("n"));

    public string ContentPath { get; }

    public static string SampleFolder => TestPaths.AlignmentSamples;

    public AlignmentWorkspace Workspace => Services.GetRequiredService<AlignmentWorkspace>();

    public IDecisionStore Decisions => Services.GetRequiredService<IDecisionStore>();

    public static void InstallSampleExports(string dataPath)
    {
        Directory.CreateDirectory(Path.Combine(dataPath, AlignmentDataFiles.ExportsFolderName));
        File.Copy(Path.Combine(SampleFolder, "bruxelles-social.json"), AlignmentDataFiles.BruxellesSocialExport(dataPath), overwrite: true);
        File.Copy(Path.Combine(SampleFolder, "sociale-kaart.json"), AlignmentDataFiles.SocialeKaartExport(dataPath), overwrite: true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Repertoire:ContentPath", ContentPath);
        builder.UseSetting("Repertoire:DataPath", DataPath);
        builder.UseSetting("Repertoire:WatchContent", "false");
        builder.UseSetting("Repertoire:Alignment:SignInFailureDelayMilliseconds", "0");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    /// <summary>A client that keeps cookies and does not follow redirects.</summary>
    public HttpClient CreateBrowserlessClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client signed in as <see cref="UserName"/>.</summary>
    public async Task<HttpClient> SignedInClientAsync()
    {
        var client = CreateBrowserlessClient();
        var response = await SignInAsync(client, UserName, Password);
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"sign-in answered {response.StatusCode}");
        return client;
    }

    /// <summary>Posts the sign-in form with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string user, string password, string url = "/staff/sign-in") =>
        await PostFormAsync(client, url, url, new() { ["UserName"] = user, ["Password"] = password });

    /// <summary>GETs <paramref name="formPage"/> for its antiforgery token, then posts the fields to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, string action, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = AntiforgeryToken(await client.GetStringAsync(formPage));
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>The antiforgery token of a page's form.</summary>
    public static string AntiforgeryToken(string html)
    {
        var token = TokenPattern().Match(html);
        if (!token.Success) throw new InvalidOperationException("no antiforgery token on the page");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    /// <summary>GETs a page and parses it.</summary>
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetPageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return (response, new HtmlParser().ParseDocument(html));
    }

    /// <summary>The URL of a pair's page.</summary>
    public static string PairUrl(AlignmentProposal proposal, string? handler = null) =>
        $"/staff/alignment/pair?bs={Uri.EscapeDataString(proposal.BruxellesSocial.Id)}&sk={Uri.EscapeDataString(proposal.SocialeKaart.Id)}"
        + (handler is null ? "" : "&handler=" + handler);

    /// <summary>Two review proposals sharing no record.</summary>
    public (AlignmentProposal First, AlignmentProposal Second) TwoIndependentReviewProposals()
    {
        var review = Workspace.Current.WithStatus(AlignmentStatus.Review);
        var first = review[0];
        var second = review.First(p => p.BruxellesSocial.Id != first.BruxellesSocial.Id && p.SocialeKaart.Id != first.SocialeKaart.Id);
        return (first, second);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(DataPath)) Directory.Delete(DataPath, recursive: true);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
