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
    /// <param name="progress">Receives the number of listings written so far.</param>
    public static void Build(ContentSet content, AnalyzerSet analyzers, string path, string fingerprint, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(analyzers);
        var clock = Stopwatch.StartNew();
        var listings = content.Organisations;
        var taxonomy = new TaxonomyExpander(content.Taxonomy);
        var analysedTerms = new Dictionary<(TaxonomyTerm, Language), AnalysedText>();
        foreach (var term in content.Taxonomy.Sectors.Concat(content.Taxonomy.Needs))
        {
            foreach (var language in LanguageExtensions.All)
                analysedTerms[(term, language)] = IndexDocument.AnalyseText(analyzers.For(language), TaxonomyExpander.Text(term, language));
        }
        if (File.Exists(path)) File.Delete(path);
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        Dictionary<string, int>[] terms = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
        var analyseMs = 0L;
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString()))
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=8192");
            using var transaction = connection.BeginTransaction();
            foreach (var statement in IndexSchema.CreateStatements) Execute(connection, statement);
            Execute(connection, IndexSchema.StageCreateStatement);
            // Chunks keep memory flat on big folders, and the next chunk is analysed while this one is written.
            IndexDocument[] Analyse(int from)
            {
                var chunk = new IndexDocument[Math.Min(ChunkSize, listings.Count - from)];
                Parallel.For(0, chunk.Length, i => chunk[i] = IndexDocument.Create(listings[from + i], analyzers, taxonomy, analysedTerms));
                return chunk;
            }
            var next = Task.Run(() => Analyse(0));
            for (var from = 0; from < listings.Count; from += ChunkSize)
            {
                var waited = Stopwatch.StartNew();
                var documents = next.GetAwaiter().GetResult();
                analyseMs += waited.ElapsedMilliseconds;
                var following = from + ChunkSize;
                if (following < listings.Count) next = Task.Run(() => Analyse(following));
                WriteListings(connection, listings, documents, from);
                Count(documents, words, terms);
                progress?.Report(from + documents.Length);
            }
            WriteVocabulary(connection, words, terms);
            // Filling each FTS5 table from the staging table in one statement saves a round trip per row.
            foreach (var statement in IndexSchema.FillStatements) Execute(connection, statement);
            WriteMeta(connection, new Dictionary<string, string>
            {
                ["schema"] = IndexSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["fingerprint"] = fingerprint,
                ["listings"] = listings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            transaction.Commit();
            // One b-tree per table is the fastest to query, and the file is never written again.
            foreach (var statement in IndexSchema.OptimizeStatements) Execute(connection, statement);
            WriteMeta(connection, new Dictionary<string, string>
            {
                ["complete"] = "1",
                ["analysis_wait_ms"] = analyseMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["build_ms"] = clock.ElapsedMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        }
        progress?.Report(listings.Count);
    }

    private const int ChunkSize = 1000;

    private static void WriteListings(SqliteConnection connection, IReadOnlyList<Organisation> listings, IndexDocument[] documents, int from)
    {
        using var listing = connection.CreateCommand();
        listing.CommandText = "INSERT INTO listing(rowid, id, lengths) VALUES($rowid, $id, $lengths)";
        var rowid = listing.Parameters.Add("$rowid", SqliteType.Integer);
        var id = listing.Parameters.Add("$id", SqliteType.Text);
        var lengths = listing.Parameters.Add("$lengths", SqliteType.Text);
        using var stage = connection.CreateCommand();
        stage.CommandText = IndexSchema.StageInsertStatement;
        var stageRowid = stage.Parameters.Add("$rowid", SqliteType.Integer);
        var texts = Enumerable.Range(0, IndexSchema.TableCount).Select(t => stage.Parameters.Add("$c" + t, SqliteType.Text)).ToArray();
        for (var d = 0; d < documents.Length; d++)
        {
            var i = from + d;
            // rowid = 1 + position in the content set's id order, which the searcher relies on.
            rowid.Value = stageRowid.Value = i + 1L;
            id.Value = listings[i].Id;
            lengths.Value = string.Join(',', documents[d].Lengths);
            listing.ExecuteNonQuery();
            for (var t = 0; t < texts.Length; t++) texts[t].Value = documents[d].Columns[t];
            stage.ExecuteNonQuery();
        }
    }

    private static void Count(IndexDocument[] documents, Dictionary<string, int> words, Dictionary<string, int>[] terms)
    {
        foreach (var document in documents)
        {
            foreach (var w0 in document.Words) words[w0] = words.GetValueOrDefault(w0) + 1;
            for (var l = 0; l < 2; l++)
            {
                foreach (var t0 in document.Terms[l]) terms[l][t0] = terms[l].GetValueOrDefault(t0) + 1;
            }
        }
    }

    private static void WriteVocabulary(SqliteConnection connection, Dictionary<string, int> words, Dictionary<string, int>[] terms)
    {
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
