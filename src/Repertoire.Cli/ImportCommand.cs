using System.CommandLine;
using Repertoire.Core.Alignment;
using Repertoire.Core.Content;
using Repertoire.Core.DirectoryImport;
using Repertoire.Core.DirectoryImport.Live;
using Repertoire.Core.Storage;
using Spectre.Console;

namespace Repertoire.Cli;

/// <summary><c>repertoire import --bruxelles-social SOURCE [--bruxelles-social-ids FILE] --sociale-kaart SOURCE [--content DIR]</c>:
/// turns the two official directories into listings and keeps them in step (docs/import.md). The work is Core's
/// <see cref="ImportRunner"/>; this file reads options and shows progress.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var bruxellesSocial = new Option<string?>("--bruxelles-social") { Description = "Bruxelles-Social: an export file (JSON array of records) or the API's base URL" };
        var ids = new Option<string?>("--bruxelles-social-ids") { Description = "With a base URL: a file of the Bruxelles-Social ids to read, one a line (default: refresh the ids already imported)" };
        var socialeKaart = new Option<string?>("--sociale-kaart") { Description = "De Sociale Kaart: an export file (a health-offers page or an array of pages) or the API's base URL" };
        var content = CommonOptions.Content();
        var data = CommonOptions.Data();
        var decisions = new Option<string?>("--decisions") { Description = "The staff decision database (default: DATA/alignment-decisions.db, the workbench's)" };
        var report = new Option<string?>("--report") { Description = "Folder for import-report.json and import-report.md (default: DATA/import)" };
        var cache = new Option<string?>("--cache") { Description = "Folder of the live answers kept until a run completes (default: DATA/import-cache)" };
        var rate = new Option<double>("--rate") { Description = "Live: requests per second at most", DefaultValueFactory = _ => 4 };
        var retries = new Option<int>("--retries") { Description = "Live: retries of a request answered 429, 5xx or timed out", DefaultValueFactory = _ => 5 };
        var timeout = new Option<double>("--timeout") { Description = "Live: seconds before one attempt times out", DefaultValueFactory = _ => 30 };
        var pageSize = new Option<int>("--page-size") { Description = "Live: De Sociale Kaart page size", DefaultValueFactory = _ => 200 };
        var connection = new Option<string?>("--connection-string")
        {
            Description = "A cluster's PostgreSQL database: the staff decisions are read there (unless --decisions is given), and a run that changed listings is announced so every node reloads the content (default: the Repertoire__Database__ConnectionString environment variable; none on a single machine)",
        };

        var command = new Command("import", "Import Bruxelles-Social and De Sociale Kaart records as listings, and keep them in step.")
        {
            bruxellesSocial, ids, socialeKaart, content, data, decisions, report, cache, rate, retries, timeout, pageSize, connection,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var contentPath = ContentLocator.ResolveContentPath(parse.GetValue(content));
            var dataPath = ContentLocator.ResolveDataPath(parse.GetValue(data), contentPath);
            var connectionString = parse.GetValue(connection) is { Length: > 0 } given ? given : Environment.GetEnvironmentVariable("Repertoire__Database__ConnectionString");
            var cluster = string.IsNullOrWhiteSpace(connectionString) ? null : connectionString;
            var request = new ImportRequest
            {
                ClusterDatabase = parse.GetValue(decisions) is null ? cluster : null,
                ContentPath = contentPath,
                BruxellesSocial = parse.GetValue(bruxellesSocial),
                BruxellesSocialIds = parse.GetValue(ids),
                SocialeKaart = parse.GetValue(socialeKaart),
                DecisionsPath = parse.GetValue(decisions) ?? AlignmentDataFiles.DecisionDatabase(dataPath),
                Live = new LiveSourceOptions
                {
                    CacheFolder = Path.GetFullPath(parse.GetValue(cache) ?? Path.Combine(dataPath, "import-cache")),
                    RequestsPerSecond = parse.GetValue(rate),
                    MaxRetries = parse.GetValue(retries),
                    AttemptTimeout = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(timeout))),
                    PageSize = Math.Clamp(parse.GetValue(pageSize), 1, 2000),
                },
            };
            return await Run(request, Path.GetFullPath(parse.GetValue(report) ?? Path.Combine(dataPath, "import")), Console.Out, Console.Error,
                cluster, cancellationToken);
        });
        return command;
    }

    /// <summary>Runs an import and writes its report. With <paramref name="clusterDatabase"/>, a run that changed listings
    /// is published to the cluster's content change log (as <c>repertoire content publish</c> does), so every node
    /// reloads the shared content folder within seconds instead of waiting for someone to publish by hand.</summary>
    internal static async Task<int> Run(ImportRequest request, string reportFolder, TextWriter output, TextWriter error,
        string? clusterDatabase = null, CancellationToken cancellationToken = default)
    {
        ImportReport report;
        try
        {
            if (!Console.IsOutputRedirected && ReferenceEquals(output, Console.Out))
            {
                report = null!;
                await AnsiConsole.Progress().StartAsync(async context =>
                {
                    report = await new ImportRunner().RunAsync(request, new BarProgress(context), cancellationToken);
                });
            }
            else
            {
                report = await new ImportRunner().RunAsync(request, new LineProgress(output), cancellationToken);
            }
        }
        catch (ImportSetupException setup)
        {
            error.WriteLine($"error: {setup.Message}");
            return 2;
        }
        var (json, markdown) = ImportReportWriter.Write(report, reportFolder);
        output.WriteLine(ImportReportWriter.Summary(report) + ".");
        output.WriteLine($"Report: {markdown} (and {Path.GetFileName(json)})");
        if (clusterDatabase is not null && (report.ChangedContent || report.NoLongerListed.Count > 0))
        {
            using var database = PostgresDatabase.Open(clusterDatabase, error.WriteLine);
            var version = new ContentChangeLog(database).Publish(Environment.UserName, "import: " + ImportReportWriter.Summary(report));
            output.WriteLine($"Content version {version}: every node of the cluster reloads the content.");
        }
        // Refused records are reported, not fatal: one bad record never stops an import.
        return 0;
    }

    private sealed class BarProgress(ProgressContext context) : IImportProgress
    {
        private ProgressTask? _task;

        public void Stage(string name, int total)
        {
            if (_task is not null) _task.Value = _task.MaxValue;
            _task = context.AddTask(name, maxValue: Math.Max(1, total));
            if (total == 0) _task.IsIndeterminate = true;
        }

        public void Advance() => _task?.Increment(1);
    }

    // Plain lines for logs: each stage, then every tenth of it.
    private sealed class LineProgress(TextWriter output) : IImportProgress
    {
        private int _total;
        private int _done;
        private string _name = "";

        public void Stage(string name, int total)
        {
            (_name, _total, _done) = (name, total, 0);
            output.WriteLine(total > 0 ? $"{name} ({total})" : name);
        }

        public void Advance()
        {
            _done++;
            var step = Math.Max(1, _total / 10);
            if (_total > 0 && (_done % step == 0 || _done == _total)) output.WriteLine($"  {_name}: {_done}/{_total}");
        }
    }
}
