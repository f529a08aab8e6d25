using Microsoft.Data.Sqlite;
using Repertoire.Core.Content;

namespace Repertoire.Core.Index;

/// <summary>
/// The index files of a data folder: <c>search/index-&lt;fingerprint&gt;.sqlite</c>, one per content version.
/// A new version is built under a temporary name and renamed into place when complete, so a reader never
/// opens half an index, and a searcher on the previous file keeps working until it is disposed.
/// </summary>
public static class SearchIndex
{
    /// <summary>The folder of the index files inside the data folder.</summary>
    public const string FolderName = "search";

    /// <summary>The index file for a content fingerprint.</summary>
    public static string FileFor(string dataPath, string fingerprint) =>
        Path.Combine(dataPath, FolderName, $"index-{fingerprint[..16]}.sqlite");

    /// <summary>
    /// Opens the index of <paramref name="content"/> in <paramref name="dataPath"/>, building it first when no
    /// complete file of this content version exists (or when <paramref name="rebuild"/> is set).
    /// </summary>
    public static Searcher OpenOrBuild(ContentSet content, string dataPath, bool rebuild = false, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var analyzers = AnalyzerSet.For(content);
        var fingerprint = ContentFingerprint.Of(content);
        var path = FileFor(dataPath, fingerprint);
        if (rebuild || !IsComplete(path, fingerprint))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var building = $"{path}.{Guid.NewGuid():n}.building";
            try
            {
                IndexBuilder.Build(content, analyzers, building, fingerprint, progress);
                File.Move(building, path, overwrite: true);
            }
            finally
            {
                if (File.Exists(building)) File.Delete(building);
            }
        }
        return Open(content, analyzers, path);
    }

    /// <summary>Whether <paramref name="path"/> is a complete index of this schema and content version.</summary>
    public static bool IsComplete(string path, string fingerprint)
    {
        if (!File.Exists(path)) return false;
        try
        {
            using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            connection.Open();
            var meta = ReadMeta(connection);
            return meta.GetValueOrDefault("complete") == "1" && meta.GetValueOrDefault("fingerprint") == fingerprint
                && meta.GetValueOrDefault("schema") == IndexSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    /// <summary>Deletes the index files of other content versions and abandoned builds (best effort).</summary>
    public static void RemoveOthers(string dataPath, string keepPath)
    {
        var folder = Path.Combine(dataPath, FolderName);
        if (!Directory.Exists(folder)) return;
        foreach (var file in Directory.EnumerateFiles(folder, "index-*"))
        {
            if (string.Equals(Path.GetFullPath(file), Path.GetFullPath(keepPath), StringComparison.Ordinal)) continue;
            try { File.Delete(file); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    private static Searcher Open(ContentSet content, AnalyzerSet analyzers, string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT word, df FROM word";
            using var reader = command.ExecuteReader();
            while (reader.Read()) words[reader.GetString(0)] = reader.GetInt32(1);
        }
        HashSet<string>[] terms = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT lang, term FROM term";
            using var reader = command.ExecuteReader();
            while (reader.Read()) terms[reader.GetInt32(0)].Add(reader.GetString(1));
        }
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT rowid, id FROM listing";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var row = (int)reader.GetInt64(0) - 1;
                if (row >= content.Organisations.Count || content.Organisations[row].Id != reader.GetString(1))
                    throw new InvalidDataException($"{path} was built from other content (row {row + 1}).");
            }
        }
        return new Searcher(content, analyzers, new Vocabulary(words, terms), path);
    }

    private static Dictionary<string, string> ReadMeta(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, value FROM meta";
        using var reader = command.ExecuteReader();
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read()) meta[reader.GetString(0)] = reader.GetString(1);
        return meta;
    }
}
