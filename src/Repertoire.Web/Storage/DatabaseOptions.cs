namespace Repertoire.Web.Storage;

/// <summary>The <c>Repertoire:Database</c> configuration section (environment: <c>Repertoire__Database__ConnectionString</c>).</summary>
public sealed class DatabaseOptions
{
    /// <summary>An Npgsql connection string to the cluster's shared PostgreSQL database. Empty (the default) keeps
    /// every store in SQLite files under the data folder, for a single machine.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Whether the stores live in PostgreSQL.</summary>
    public bool UsesPostgres => !string.IsNullOrWhiteSpace(ConnectionString);
}
