using Microsoft.Data.Sqlite;
using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>One open read-only connection with the unit-match statement prepared once per interface language.</summary>
internal sealed class IndexConnection : IDisposable
{
    private readonly SqliteCommand[] _match = new SqliteCommand[2];
    private readonly SqliteParameter[] _expression = new SqliteParameter[2];

    public IndexConnection(string connectionString)
    {
        Connection = new SqliteConnection(connectionString);
        Connection.Open();
        using (var pragma = Connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA mmap_size=268435456; PRAGMA cache_size=-16000";
            pragma.ExecuteNonQuery();
        }
        foreach (var language in LanguageExtensions.All)
        {
            var command = Connection.CreateCommand();
            command.CommandText = $"SELECT rowid, bm25(fts, {Weights(language)}) FROM fts WHERE fts MATCH $q";
            _expression[(int)language] = command.Parameters.Add("$q", SqliteType.Text);
            command.Prepare();
            _match[(int)language] = command;
        }
    }

    public SqliteConnection Connection { get; }

    /// <summary>The statement listing (rowid, bm25) for a MATCH expression, weighted for an interface language.</summary>
    public SqliteCommand Match(Language language, string expression)
    {
        _expression[(int)language].Value = expression;
        return _match[(int)language];
    }

    /// <summary>
    /// Column weights: names weigh most, then alternative names and acronyms, then the listing's own need
    /// and sector labels, then those of broader needs, then descriptions; the interface language's columns
    /// weigh more than the other language's.
    /// </summary>
    internal static string Weights(Language interfaceLanguage)
    {
        double[] field = [10, 8, 4, 2, 1];
        var weights = new List<string>();
        foreach (var language in LanguageExtensions.All)
        {
            var factor = language == interfaceLanguage ? 1.0 : 0.6;
            weights.AddRange(field.Select(w => (w * factor).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)));
        }
        return string.Join(", ", weights);
    }

    public void Dispose()
    {
        foreach (var command in _match) command?.Dispose();
        Connection.Dispose();
    }
}
