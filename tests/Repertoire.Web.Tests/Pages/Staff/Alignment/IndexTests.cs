using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Repertoire.Core.Alignment;
using Repertoire.Web.Tests.Staff;

namespace Repertoire.Web.Tests.Pages.Staff.Alignment;

public sealed class IndexTests
{
    [Fact]
    public async Task ListStartsWithReviewAndCountsEveryStatus()
    {
        await using var app = new WorkbenchApplication();
        using var client = await app.SignedInClientAsync();
        var snapshot = app.Workspace.Current;

        var (response, page) = await WorkbenchApplication.GetPageAsync(client, "/staff/alignment");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tabs = page.QuerySelectorAll(".staff-tabs__tab").ToList();
        Assert.Equal(["review", "auto", "confirmed", "rejected"], tabs.Select(t => t.ClassList.Single(c => c.StartsWith("status-"))["status-".Length..]));
        Assert.Equal("page", tabs[0].GetAttribute("aria-current"));
        Assert.Equal(snapshot.WithStatus(AlignmentStatus.Review).Count.ToString(), tabs[0].QuerySelector(".staff-tabs__count")!.TextContent);
        Assert.Equal(snapshot.WithStatus(AlignmentStatus.Auto).Count.ToString(), tabs[1].QuerySelector(".staff-tabs__count")!.TextContent);
        Assert.True(snapshot.WithStatus(AlignmentStatus.Review).Count > 0);
        Assert.Equal(snapshot.WithStatus(AlignmentStatus.Review).Count, page.QuerySelectorAll("tr.staff-row").Length);
    }

    [Fact]
    public async Task StatusAndTextFiltersNarrowTheList()
    {
        await using var app = new WorkbenchApplication();
        using var client = await app.SignedInClientAsync();
        var auto = app.Workspace.Current.WithStatus(AlignmentStatus.Auto);
        var target = auto[5];

        var (_, all) = await WorkbenchApplication.GetPageAsync(client, "/staff/alignment?status=auto");
        var (_, one) = await WorkbenchApplication.GetPageAsync(client, "/staff/alignment?status=auto&q=" + Uri.EscapeDataString(target.SocialeKaart.Id));

        Assert.Equal(auto.Count, all.QuerySelectorAll("tr.staff-row").Length);
        var row = Assert.Single(one.QuerySelectorAll("tr.staff-row"));
        Assert.Equal(target.BruxellesSocial.Id, row.GetAttribute("data-bs"));
    }

    [Fact]
    public async Task WithoutExportsTheWorkbenchSaysSoAndHowToAddThem()
    {
        await using var app = new WorkbenchApplication(withExports: false);
        using var client = await app.SignedInClientAsync();

        var (response, page) = await WorkbenchApplication.GetPageAsync(client, "/staff/alignment");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var empty = page.QuerySelector(".staff-empty")!;
        Assert.Equal("Aucun export installé", empty.QuerySelector("h2")!.TextContent);
        Assert.Contains(Path.Combine(app.DataPath, "alignment", "bruxelles-social.json"), empty.TextContent);
        Assert.Contains(Path.Combine(app.DataPath, "alignment", "sociale-kaart.json"), empty.TextContent);
        Assert.NotNull(page.QuerySelector("form[enctype='multipart/form-data'] input[type=file][name=bruxellesSocial]"));
    }

    [Fact]
    public async Task UploadedExportsAreAligned()
    {
        await using var app = new WorkbenchApplication(withExports: false);
        using var client = await app.SignedInClientAsync();

        var response = await UploadAsync(client,
            ("bruxellesSocial", File.ReadAllBytes(Path.Combine(WorkbenchApplication.SampleFolder, "bruxelles-social.json"))),
            ("socialeKaart", File.ReadAllBytes(Path.Combine(WorkbenchApplication.SampleFolder, "sociale-kaart.json"))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Bruxelles-Social : 220 fiches importées (0 illisibles).", html);
        Assert.Contains("De Sociale Kaart : 170 fiches importées (0 illisibles).", html);
        Assert.True(app.Workspace.Current.HasExports);
        Assert.True(File.Exists(Path.Combine(app.DataPath, "alignment", "sociale-kaart.json")));
    }

    [Fact]
    public async Task UnreadableUploadIsRefusedAndTheExportKept()
    {
        await using var app = new WorkbenchApplication();
        using var client = await app.SignedInClientAsync();
        var before = File.ReadAllBytes(Path.Combine(app.DataPath, "alignment", "bruxelles-social.json"));

        var response = await UploadAsync(client, ("bruxellesSocial", Encoding.UTF8.GetBytes("this is not json")));

        Assert.Contains("export refusé", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(app.DataPath, "alignment", "bruxelles-social.json")));
        Assert.Equal(220, app.Workspace.Current.BruxellesSocial.Count);
    }

    [Fact]
    public async Task DecisionsSurviveAReimportOfBothExports()
    {
        await using var app = new WorkbenchApplication();
        using var client = await app.SignedInClientAsync();
        var (confirmed, rejected) = app.TwoIndependentReviewProposals();
        app.Workspace.Confirm(confirmed.BruxellesSocial.Id, confirmed.SocialeKaart.Id, WorkbenchApplication.UserName, null);
        app.Workspace.Reject(rejected.BruxellesSocial.Id, rejected.SocialeKaart.Id, WorkbenchApplication.UserName, null);

        // The directories' new exports list the records in another order: only the ids tie decisions to records.
        var bxl = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(WorkbenchApplication.SampleFolder, "bruxelles-social.json")))!.AsArray();
        var reversed = new System.Text.Json.Nodes.JsonArray(bxl.Reverse().Select(n => n!.DeepClone()).ToArray());
        await UploadAsync(client,
            ("bruxellesSocial", Encoding.UTF8.GetBytes(reversed.ToJsonString())),
            ("socialeKaart", File.ReadAllBytes(Path.Combine(WorkbenchApplication.SampleFolder, "sociale-kaart.json"))));

        var snapshot = app.Workspace.Current;
        Assert.Equal(reversed.ToJsonString(), File.ReadAllText(Path.Combine(app.DataPath, "alignment", "bruxelles-social.json")));
        Assert.Equal(AlignmentStatus.Confirmed, snapshot.Find(confirmed.BruxellesSocial.Id, confirmed.SocialeKaart.Id)!.Status);
        Assert.Equal(AlignmentStatus.Rejected, snapshot.Find(rejected.BruxellesSocial.Id, rejected.SocialeKaart.Id)!.Status);
        Assert.Equal(2, app.Decisions.All().Count(d => d.Verdict is not null));
    }

    [Fact]
    public async Task ListSpeaksDutchWithLangNl()
    {
        await using var app = new WorkbenchApplication();
        using var client = await app.SignedInClientAsync();

        var (_, page) = await WorkbenchApplication.GetPageAsync(client, "/staff/alignment?lang=nl");

        Assert.Equal("nl-BE", page.DocumentElement.GetAttribute("lang"));
        Assert.StartsWith("Na te kijken", page.QuerySelector(".staff-tabs__tab")!.TextContent.Trim());
        Assert.Contains("lang=nl", page.QuerySelector("a.staff-row__open")!.GetAttribute("href"));
        Assert.Equal("/staff/alignment?lang=fr", page.QuerySelector("a.language-switch")!.GetAttribute("href"));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, params (string Field, byte[] Bytes)[] files)
    {
        var html = await client.GetStringAsync("/staff/alignment");
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent { { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" } };
        foreach (var (field, bytes) in files)
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            form.Add(content, field, field + ".json");
        }
        return await client.PostAsync("/staff/alignment?handler=Upload", form);
    }
}
