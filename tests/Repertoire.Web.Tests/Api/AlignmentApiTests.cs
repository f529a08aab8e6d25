using System.Net;
using System.Text.Json;
using Repertoire.Core.Alignment;
using Repertoire.Core.Alignment.Crosswalk;
using Repertoire.Core.Content;
using Repertoire.Tests;
using Repertoire.Web.Tests.Staff;

namespace Repertoire.Web.Tests.Api;

public sealed class AlignmentApiTests
{
    private static readonly string[] Statuses = ["auto", "review", "confirmed", "rejected"];

    [Fact]
    public async Task CrosswalkJsonHasTheShapeOfTheSpec()
    {
        await using var app = new WorkbenchApplication();
        using var client = app.CreateBrowserlessClient();

        var response = await client.GetAsync("/api/v1/alignment/crosswalk");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(["pairs", "only_bruxelles_social", "only_sociale_kaart"], root.EnumerateObject().Select(p => p.Name));
        var pairs = root.GetProperty("pairs").EnumerateArray().ToList();
        Assert.NotEmpty(pairs);
        foreach (var pair in pairs)
        {
            Assert.Equal(["bruxelles_social", "sociale_kaart", "repertoire", "score", "status", "evidence", "conflicts"], pair.EnumerateObject().Select(p => p.Name));
            Assert.Equal(JsonValueKind.String, pair.GetProperty("bruxelles_social").ValueKind);
            Assert.Equal(JsonValueKind.String, pair.GetProperty("sociale_kaart").ValueKind);
            Assert.Contains(pair.GetProperty("repertoire").ValueKind, new[] { JsonValueKind.String, JsonValueKind.Null });
            Assert.InRange(pair.GetProperty("score").GetDouble(), 0, 1);
            Assert.Contains(pair.GetProperty("status").GetString(), Statuses);
            foreach (var field in pair.GetProperty("evidence").EnumerateObject()) Assert.InRange(field.Value.GetDouble(), 0, 1);
            foreach (var conflict in pair.GetProperty("conflicts").EnumerateArray())
                Assert.Equal(["field", "bruxelles_social", "sociale_kaart"], conflict.EnumerateObject().Select(p => p.Name));
        }
        // Each record is in at most one published pair, and every record is accounted for.
        var published = pairs.Where(p => p.GetProperty("status").GetString() is "auto" or "confirmed").ToList();
        Assert.Equal(published.Count, published.Select(p => p.GetProperty("bruxelles_social").GetString()).Distinct().Count());
        Assert.Equal(published.Count, published.Select(p => p.GetProperty("sociale_kaart").GetString()).Distinct().Count());
        var paired = pairs.Where(p => p.GetProperty("status").GetString() != "rejected").Select(p => p.GetProperty("bruxelles_social").GetString()).ToHashSet();
        Assert.Equal(220, paired.Count + root.GetProperty("only_bruxelles_social").GetArrayLength());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CrosswalkIsTheOneTheAlignCommandWrites(bool bundledContent)
    {
        var contentPath = bundledContent ? TestPaths.BundledContent : TestPaths.FixtureContent;
        await using var app = new WorkbenchApplication(contentPath: contentPath);
        using var client = app.CreateBrowserlessClient();
        // What `repertoire align BXL SK --content DIR` runs.
        var problems = new List<string>();
        var left = AlignmentFlow.ReadExport(DirectorySource.BruxellesSocial, Path.Combine(WorkbenchApplication.SampleFolder, "bruxelles-social.json"), problems);
        var right = AlignmentFlow.ReadExport(DirectorySource.SocialeKaart, Path.Combine(WorkbenchApplication.SampleFolder, "sociale-kaart.json"), problems);

        var expected = CrosswalkJsonWriter.Write(new AlignmentFlow().Align(left, right, null, ContentLoader.Load(contentPath)).ToCrosswalk());

        Assert.Equal(expected, await client.GetStringAsync("/api/v1/alignment/crosswalk"));
    }

    [Fact]
    public async Task CsvFormatAnswersTextCsvWithOneRowPerPairAndPerLoneRecord()
    {
        await using var app = new WorkbenchApplication();
        using var client = app.CreateBrowserlessClient();
        var crosswalk = app.Workspace.Current.Result!.ToCrosswalk();

        var response = await client.GetAsync("/api/v1/alignment/crosswalk?format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("bruxelles_social,sociale_kaart,repertoire,score,status,", lines[0]);
        Assert.Equal(crosswalk.Pairs.Count + crosswalk.OnlyBruxellesSocial.Count + crosswalk.OnlySocialeKaart.Count, lines.Length - 1);
    }

    [Fact]
    public async Task PairsLinkToTheListingThatNamesTheirDirectoryIds()
    {
        var content = TestPaths.CopyToTemp(TestPaths.FixtureContent);
        try
        {
            await using var probe = new WorkbenchApplication();
            var auto = probe.Workspace.Current.WithStatus(Core.Alignment.AlignmentStatus.Auto)[0];
            File.WriteAllText(Path.Combine(content, "organisations", "service-aligne.md"), $"""
                ---
                name:
                  fr: Service aligné de test
                sectors: [action-sociale]
                needs: [aide-alimentaire]
                site:
                  street: {"{"} fr: Rue de Test, nl: Teststraat {"}"}
                  number: "9"
                  postcode: "1030"
                  commune: schaerbeek
                external:
                  bruxelles_social: "{auto.BruxellesSocial.Id}"
                ---

                # fr
                Une fiche de test.
                """);
            await using var app = new WorkbenchApplication(contentPath: content);
            using var client = app.CreateBrowserlessClient();

            using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/alignment/crosswalk"));

            var pair = json.RootElement.GetProperty("pairs").EnumerateArray()
                .Single(p => p.GetProperty("bruxelles_social").GetString() == auto.BruxellesSocial.Id && p.GetProperty("status").GetString() == "auto");
            Assert.Equal("service-aligne", pair.GetProperty("repertoire").GetString());

            // The pair's page links to the listing, in the page's language.
            using var staff = await app.SignedInClientAsync();
            var (_, page) = await WorkbenchApplication.GetPageAsync(staff, WorkbenchApplication.PairUrl(auto));
            var link = page.QuerySelector("a.staff-listing")!;
            Assert.Equal("/fr/organisations/service-aligne", link.GetAttribute("href"));
            Assert.Equal("Service aligné de test", link.TextContent);
        }
        finally
        {
            Directory.Delete(content, recursive: true);
        }
    }

    [Fact]
    public async Task WithoutExportsTheCrosswalkIsANotFoundProblem()
    {
        await using var app = new WorkbenchApplication(withExports: false);
        using var client = app.CreateBrowserlessClient();

        var response = await client.GetAsync("/api/v1/alignment/crosswalk");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task UnknownFormatIsABadRequestNamingTheParameter()
    {
        await using var app = new WorkbenchApplication();
        using var client = app.CreateBrowserlessClient();

        var response = await client.GetAsync("/api/v1/alignment/crosswalk?format=xml");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty("format", out _));
    }
}
