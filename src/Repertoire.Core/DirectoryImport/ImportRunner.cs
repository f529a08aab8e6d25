using Repertoire.Core.Alignment;
using Repertoire.Core.Alignment.Decisions;
using Repertoire.Core.DirectoryImport.Live;
using Repertoire.Core.DirectoryImport.Sync;

namespace Repertoire.Core.DirectoryImport;

/// <summary>One import from files or live APIs: reads the sources, runs the <see cref="DirectoryImporter"/>, and
/// forgets the live answers once the run has completed.</summary>
public sealed class ImportRunner(TimeProvider? time = null, HttpMessageHandler? network = null)
{
    /// <summary>Runs the import; <see cref="ImportSetupException"/> when it cannot start (nothing written).</summary>
    public async Task<ImportReport> RunAsync(ImportRequest request, IImportProgress? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.BruxellesSocial is null && request.SocialeKaart is null)
            throw new ImportSetupException("nothing to import: give --bruxelles-social, --sociale-kaart, or both");
        var root = Path.GetFullPath(request.ContentPath);
        var batches = new List<SourceBatch>();
        var origins = new List<string>();
        using var live = new LiveSourceReader(request.Live, network, time);
        var usedLive = false;
        if (request.BruxellesSocial is { } bxl)
        {
            if (ImportRequest.IsUrl(bxl))
            {
                usedLive = true;
                var (ids, complete) = BruxellesSocialIds(request, root);
                batches.Add(await live.ReadBruxellesSocialAsync(BaseUri(bxl), ids, complete, progress, cancellationToken).ConfigureAwait(false));
            }
            else
            {
                batches.Add(FileSourceReader.ReadBruxellesSocial(ExistingFile(bxl, "--bruxelles-social")));
            }
            origins.Add(bxl);
        }
        if (request.SocialeKaart is { } sk)
        {
            if (ImportRequest.IsUrl(sk))
            {
                usedLive = true;
                batches.Add(await live.ReadSocialeKaartAsync(BaseUri(sk), progress, cancellationToken).ConfigureAwait(false));
            }
            else
            {
                batches.Add(FileSourceReader.ReadSocialeKaart(ExistingFile(sk, "--sociale-kaart")));
            }
            origins.Add(sk);
        }

        var decisions = request.ClusterDatabase is { } cluster ? ClusterDecisions(cluster, time) : AlignmentFlow.ReadDecisions(request.DecisionsPath, time);
        var report = new DirectoryImporter(time).Run(root, batches, decisions, progress);
        for (var i = 0; i < report.Sources.Count; i++) report.Sources[i] = report.Sources[i] with { Origin = origins[i] };
        // The answers are kept until the content folder holds their result: a run that failed resumes from them.
        if (usedLive) live.ClearCache();
        return report;
    }

    // In a cluster the staff confirm and reject pairs on the nodes, which keep the decisions in PostgreSQL.
    private static IReadOnlyList<AlignmentDecision> ClusterDecisions(string connectionString, TimeProvider? time)
    {
        using var database = Storage.PostgresDatabase.Open(connectionString);
        using var store = new PostgresDecisionStore(database, time);
        return store.All();
    }

    private static (IReadOnlyList<string> Ids, bool Complete) BruxellesSocialIds(ImportRequest request, string root)
    {
        if (request.BruxellesSocialIds is { } file)
        {
            var ids = File.ReadAllLines(ExistingFile(file, "--bruxelles-social-ids"))
                .Select(l => l.Split('#')[0].Trim()).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            return (ids, true);
        }
        // A refresh: the records already imported, asked again.
        var folder = Path.Combine(root, ListingProvenance.Folder);
        var known = new SortedSet<string>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
            foreach (var path in Directory.EnumerateFiles(folder, "*.json"))
                if (ListingProvenance.Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)) is { } provenance
                    && provenance.Records.TryGetValue(DirectorySource.BruxellesSocial, out var record))
                    known.Add(record.Id);
        return (known.ToList(), false);
    }

    private static Uri BaseUri(string text) => new(text.EndsWith('/') ? text : text + "/");

    private static string ExistingFile(string path, string option) =>
        File.Exists(path) ? Path.GetFullPath(path) : throw new ImportSetupException($"{option}: no file at {Path.GetFullPath(path)}");
}
