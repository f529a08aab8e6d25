using System.Text.Json;
using Repertoire.Cli;
using Repertoire.Core.Index;
using Repertoire.Core.Records;
using Repertoire.Tests;

namespace Repertoire.Core.Tests.Cli;

public sealed class SearchCommandTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "repertoire-tests", Guid.NewGuid().ToString("n"));

    [Fact]
    public void IndexCommandBuildsTheIndexIntoTheDataFolder()
    {
        var output = new StringWriter();

        var code = IndexCommand.Run(TestPaths.FixtureContent, _data, output, new StringWriter());

        Assert.Equal(0, code);
        Assert.Contains("Index of 3 listings", output.ToString());
        var folder = Assert.Single(Directory.GetDirectories(Path.Combine(_data, SearchIndex.FolderName), "lucene-*"));
        Assert.True(Lucene.Net.Index.DirectoryReader.IndexExists(Lucene.Net.Store.FSDirectory.Open(folder)));
    }

    [Fact]
    public void JsonOutputIsTheApiDocument()
    {
        var output = new StringWriter();

        var code = SearchCommand.Run(TestPaths.FixtureContent, _data, new SearchQuery { Text = "voedselhulp", Lang = Language.Nl }, json: true, output);

        Assert.Equal(0, code);
        var document = JsonDocument.Parse(output.ToString()).RootElement;
        Assert.Equal("nl", document.GetProperty("lang").GetString());
        Assert.Equal(20, document.GetProperty("per_page").GetInt32());
        var first = document.GetProperty("results")[0];
        Assert.Equal("epicerie-test-schaerbeek", first.GetProperty("id").GetString());
        // The site's URLs are the site's business (LocalizedRoutes): the terminal has no site, so no url.
        Assert.Equal(JsonValueKind.Null, first.GetProperty("url").ValueKind);
        Assert.True(document.GetProperty("facets").TryGetProperty("need", out _));
    }

    [Fact]
    public void TableOutputNamesTheResults()
    {
        var output = new StringWriter();

        SearchCommand.Run(TestPaths.FixtureContent, _data, new SearchQuery { Text = "colsi" }, json: false, output);

        var text = output.ToString();
        Assert.Contains("epicerie-test-schaerbeek", text);
        Assert.Contains("did you mean: colis", text);
    }

    [Fact]
    public void ListShowsNameCommuneNameAndNeedsWithinEightyColumns()
    {
        var output = new StringWriter();

        SearchCommand.Run(TestPaths.FixtureContent, _data, new SearchQuery { Text = "voedselhulp", Lang = Language.Nl }, json: false, output);

        var lines = output.ToString().ReplaceLineEndings("\n").Split('\n');
        Assert.All(lines, line => Assert.True(line.Length <= SearchCommand.Width, $"{line.Length} columns: {line}"));
        var name = Array.FindIndex(lines, l => l.StartsWith("  1. ", StringComparison.Ordinal));
        Assert.True(name > 0, output.ToString());
        // The commune by its Dutch name, not its id, then the needs by their labels.
        Assert.StartsWith("     Schaarbeek · ", lines[name + 1]);
        Assert.Equal("     epicerie-test-schaerbeek", lines[name + 2]);
    }

    [Fact]
    public void EmptyQuerySaysItListsEveryListingByName()
    {
        var output = new StringWriter();

        SearchCommand.Run(TestPaths.FixtureContent, _data, new SearchQuery { Text = "" }, json: false, output);

        Assert.StartsWith("No words given: all 3 listings, by name.", output.ToString());
    }

    public void Dispose()
    {
        if (Directory.Exists(_data)) Directory.Delete(_data, recursive: true);
    }
}
