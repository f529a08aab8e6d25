using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Repertoire.Core.Content;
using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>Writes a complete index file for a content set. The file is written in one go and never changed after.</summary>
public static class IndexBuilder
{
    /// <summary>
    /// Builds the index of <paramref name="content"/> into <paramref name="path"/> (replacing any file there).
    /// Callers that serve searches build into a fresh path and swap, see <see cref="SearchIndex"/>.
    /// </summary>
    /// <param name="progress">Receives the number of listings analysed so far, then the total once written.</param>
    public static void Build(ContentSet content, AnalyzerSet analyzers, string path, string fingerprint, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(analyzers);
        var clock = Stopwatch.StartNew();
        var listings = content.Organisations;
        var taxonomy = new TaxonomyExpander(content.Taxonomy);
        var documents = new IndexDocument[listings.Count];
        var done = 0;
        Parallel.For(0, listings.Count, i =>
        {
            documents[i] = IndexDocument.Create(listings[i], analyzers, taxonomy);
            var n = Interlocked.Increment(ref done);
            if (n % 500 == 0) progress?.Report(n);
        });

        if (File.Exists(path)) File.Delete(path);
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString()))
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=8192");
            using var transaction = connection.BeginTransaction();
            foreach (var statement in IndexSchema.CreateStatements) Execute(connection, statement);
            WriteListings(connection, listings, documents);
            WriteVocabulary(connection, documents);
            WriteMeta(connection, new Dictionary<string, string>
            {
                ["schema"] = IndexSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["fingerprint"] = fingerprint,
                ["listings"] = listings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            transaction.Commit();
            // One b-tree is the fastest to query, and the file is never written again.
            Execute(connection, "INSERT INTO fts(fts) VALUES('optimize')");
            WriteMeta(connection, new Dictionary<string, string>
            {
                ["complete"] = "1",
                ["build_ms"] = clock.ElapsedMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        }
        progress?.Report(listings.Count);
    }

    private static void WriteListings(SqliteConnection connection, IReadOnlyList<Organisation> listings, IndexDocument[] documents)
    {
        using var listing = connection.CreateCommand();
        listing.CommandText = "INSERT INTO listing(rowid, id) VALUES($rowid, $id)";
        var rowid = listing.Parameters.Add("$rowid", SqliteType.Integer);
        var id = listing.Parameters.Add("$id", SqliteType.Text);
        using var fts = connection.CreateCommand();
        fts.CommandText = IndexSchema.InsertStatement;
        var ftsRowid = fts.Parameters.Add("$rowid", SqliteType.Integer);
        var columns = Enumerable.Range(0, IndexSchema.Fields.Count * 2)
            .Select(i => fts.Parameters.Add("$c" + i, SqliteType.Text)).ToArray();
        for (var i = 0; i < listings.Count; i++)
        {
            // rowid = 1 + position in the content set's id order, which the searcher relies on.
            rowid.Value = ftsRowid.Value = i + 1L;
            id.Value = listings[i].Id;
            listing.ExecuteNonQuery();
            for (var c = 0; c < columns.Length; c++) columns[c].Value = documents[i].Columns[c];
            fts.ExecuteNonQuery();
        }
    }

    private static void WriteVocabulary(SqliteConnection connection, IndexDocument[] documents)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new[] { new Dictionary<string, int>(StringComparer.Ordinal), new Dictionary<string, int>(StringComparer.Ordinal) };
        foreach (var document in documents)
        {
            foreach (var w0 in document.Words) words[w0] = words.GetValueOrDefault(w0) + 1;
            for (var l = 0; l < 2; l++)
            {
                foreach (var t0 in document.Terms[l]) terms[l][t0] = terms[l].GetValueOrDefault(t0) + 1;
            }
        }
        using var word = connection.CreateCommand();
        word.CommandText = "INSERT INTO word(word, df) VALUES($w, $df)";
        var w = word.Parameters.Add("$w", SqliteType.Text);
        var df = word.Parameters.Add("$df", SqliteType.Integer);
        foreach (var (text, count) in words)
        {
            (w.Value, df.Value) = (text, count);
            word.ExecuteNonQuery();
        }
        using var term = connection.CreateCommand();
        term.CommandText = "INSERT INTO term(lang, term, df) VALUES($l, $t, $df)";
        var l2 = term.Parameters.Add("$l", SqliteType.Integer);
        var t = term.Parameters.Add("$t", SqliteType.Text);
        var tdf = term.Parameters.Add("$df", SqliteType.Integer);
        for (var l = 0; l < 2; l++)
        {
            foreach (var (text, count) in terms[l])
            {
                (l2.Value, t.Value, tdf.Value) = (l, text, count);
                term.ExecuteNonQuery();
            }
        }
    }

    private static void WriteMeta(SqliteConnection connection, Dictionary<string, string> values)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO meta(key, value) VALUES($k, $v)";
        var k = command.Parameters.Add("$k", SqliteType.Text);
        var v = command.Parameters.Add("$v", SqliteType.Text);
        foreach (var (key, value) in values)
        {
            (k.Value, v.Value) = (key, value);
            command.ExecuteNonQuery();
        }
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
