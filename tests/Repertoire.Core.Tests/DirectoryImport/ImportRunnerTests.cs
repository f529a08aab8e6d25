using Repertoire.Core.Alignment.Decisions;
using Repertoire.Core.DirectoryImport;
using Repertoire.Core.DirectoryImport.Live;
using Repertoire.Core.Storage;
using Repertoire.Core.Tests.Alignment;
using Repertoire.Tests;

namespace Repertoire.Core.Tests.DirectoryImport;

/// <summary>The import run as the command line asks for it, in a cluster: the staff decisions come from PostgreSQL.</summary>
public sealed class ImportRunnerTests : IDisposable
{
    private readonly string _content = TestPaths.CopyToTemp(TestPaths.BundledContent);
    private readonly string _data = Directory.CreateTempSubdirectory("repertoire-import-runner-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_content, recursive: true);
        Directory.Delete(_data, recursive: true);
    }

    [PostgresFact]
    public async Task InAClusterAPairConfirmedOnTheNodesIsMergedByTheNextImport()
    {
        var cluster = PostgresServer.CreateDatabase();
        var first = await new ImportRunner().RunAsync(Request(cluster));
        var review = first.PendingReview.First(p => p.BruxellesSocialListing is not null && p.SocialeKaartListing is not null);

        using (var database = PostgresDatabase.Open(cluster))
        using (var store = new PostgresDecisionStore(database))
            store.Confirm(review.BruxellesSocial, review.SocialeKaart, "staff");
        var second = await new ImportRunner().RunAsync(Request(cluster));

        var merge = Assert.Single(second.Merged);
        Assert.Equal((review.BruxellesSocialListing, review.SocialeKaartListing), (merge.Into, merge.Removed));
    }

    private ImportRequest Request(string cluster) => new()
    {
        ContentPath = _content,
        BruxellesSocial = SampleData.BruxellesSocial,
        SocialeKaart = SampleData.SocialeKaart,
        // The data folder's file holds no decision: only the cluster's database can have merged the pair.
        DecisionsPath = Path.Combine(_data, "alignment-decisions.db"),
        ClusterDatabase = cluster,
        Live = new LiveSourceOptions { CacheFolder = Path.Combine(_data, "import-cache") },
    };
}
