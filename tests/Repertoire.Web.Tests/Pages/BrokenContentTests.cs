using System.Net;
using Repertoire.Tests;

namespace Repertoire.Web.Tests.Pages;

/// <summary>A broken content file is reported and left out; the site serves every other listing.</summary>
public sealed class BrokenContentTests
{
    [Fact]
    public async Task SiteServesTheOtherListingsWhenThreeFilesAreBroken()
    {
        var content = TestPaths.CopyToTemp(TestPaths.BundledContent);
        try
        {
            var organisations = Path.Combine(content, "organisations");
            var files = Directory.GetFiles(organisations, "*.md").Order(StringComparer.Ordinal).ToList();
            // Three different breakages: invalid YAML, an unknown need, and a name removed.
            File.WriteAllText(files[0], "---\nname: [unclosed\n---\n");
            File.WriteAllText(files[1], File.ReadAllText(files[1]).Replace("needs: [", "needs: [no-such-need, ", StringComparison.Ordinal));
            File.WriteAllText(files[2], "---\nneeds: []\n---\n# fr\nSans nom.\n");
            var broken = files.Take(3).Select(Path.GetFileNameWithoutExtension).ToList();
            var good = files.Skip(3).Select(Path.GetFileNameWithoutExtension).ToList();
            await using var app = new RepertoireApplication(content);
            using var client = app.CreateClient();

            foreach (var id in broken)
                Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/fr/organisations/{id}")).StatusCode);
            foreach (var id in good)
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/fr/organisations/{id}")).StatusCode);
            var (_, home) = await app.GetPageAsync("/fr/");
            Assert.Contains($"{good.Count} services", home.QuerySelector(".lead")!.TextContent);
        }
        finally
        {
            Directory.Delete(content, recursive: true);
        }
    }
}
