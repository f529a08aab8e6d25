using Repertoire.Cli;
using Repertoire.Core.DirectoryImport;
using Repertoire.Core.DirectoryImport.Live;
using Repertoire.Core.Storage;
using Repertoire.Core.Tests.Alignment;
using Repertoire.Tests;

namespace Repertoire.Core.Tests.Cli;

/// <summary><c>repertoire import</c> in a cluster: a run that changed listings tells every node, through the content
/// change log, as <c>repertoire content publish</c> would.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _content = TestPaths.CopyToTemp(TestPaths.BundledContent);
    private readonly string _data = Directory.CreateTempSubdirectory("repertoire-import-cli-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_content, recursive: true);
        Directory.Delete(_data, recursive: true);
    }

    [PostgresFact]
    public async Task AnImportThatChangedListingsIsPublishedToTheClusterAndOneThatChangedNothingIsNot()
    {
        var connectionString = PostgresServer.CreateDatabase();
        using var database = PostgresDatabase.Open(connectionString);
        var log = new ContentChangeLog(database);
        var before = (await log.LatestAsync(CancellationToken.None)).Id;

        var output = new StringWriter();
        Assert.Equal(0, await ImportCommand.Run(Request(), Path.Combine(_data, "report"), output, TextWriter.Null, connectionString));
        var first = (await log.LatestAsync(CancellationToken.None)).Id;
        Assert.True(first > before);
        Assert.Contains($"Content version {first}", output.ToString(), StringComparison.Ordinal);

        // The same exports again: nothing changed, nothing to reload.
        Assert.Equal(0, await ImportCommand.Run(Request(), Path.Combine(_data, "report"), TextWriter.Null, TextWriter.Null, connectionString));
        Assert.Equal(first, (await log.LatestAsync(CancellationToken.None)).Id);
    }

    private ImportRequest Request() => new()
    {
        ContentPath = _content,
        BruxellesSocial = SampleData.BruxellesSocial,
        SocialeKaart = SampleData.SocialeKaart,
        DecisionsPath = Path.Combine(_data, "alignment-decisions.db"),
        Live = new LiveSourceOptions { CacheFolder = Path.Combine(_data, "import-cache") },
    };
}
