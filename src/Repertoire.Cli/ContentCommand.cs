using System.CommandLine;
using Repertoire.Core.Storage;

namespace Repertoire.Cli;

/// <summary><c>repertoire content publish</c>: tells every node of a cluster that the shared content folder has
/// changed (after an import, a <c>git pull</c>, an edit by hand), so each reads it again within seconds.</summary>
internal static class ContentCommand
{
    public static Command Create()
    {
        var connection = new Option<string?>("--connection-string")
        {
            Description = "The cluster's PostgreSQL database (default: the Repertoire__Database__ConnectionString environment variable)",
        };
        var by = new Option<string>("--by") { Description = "Who changed the content", DefaultValueFactory = _ => Environment.UserName };
        var message = new Argument<string>("message") { Description = "What changed, for the content change log" };
        var publish = new Command("publish", "Record a content change in the cluster's database: every node reloads the content folder.") { connection, by, message };
        publish.SetAction(parse =>
        {
            var connectionString = parse.GetValue(connection) is { Length: > 0 } given ? given : Environment.GetEnvironmentVariable("Repertoire__Database__ConnectionString");
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                Console.Error.WriteLine("error: no database: pass --connection-string or set Repertoire__Database__ConnectionString (a single machine needs no publishing: it watches its folder)");
                return 2;
            }
            using var database = PostgresDatabase.Open(connectionString, Console.Error.WriteLine);
            var version = new ContentChangeLog(database).Publish(parse.GetValue(by)!, parse.GetValue(message)!);
            Console.WriteLine($"content version {version}");
            return 0;
        });
        return new Command("content", "The content folder of a cluster.") { publish };
    }
}
