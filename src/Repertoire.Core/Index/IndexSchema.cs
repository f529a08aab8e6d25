using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>
/// The layout of the search index file: one FTS5 table holding the analysed text of each listing, one column
/// per field and language, plus the vocabularies the fuzzy matcher loads. The FTS5 table is contentless:
/// snippets are cut from the original text in C#, so FTS5 never needs the text back.
/// </summary>
public static class IndexSchema
{
    /// <summary>
    /// Changes whenever the layout or the way text is analysed into it changes; an index file written under
    /// another version is rebuilt, never read.
    /// </summary>
    public const int Version = 1;

    /// <summary>The searchable fields of a listing, in column order within one language.</summary>
    public static IReadOnlyList<IndexField> Fields { get; } =
        [IndexField.Name, IndexField.AltNames, IndexField.Taxonomy, IndexField.BroaderTaxonomy, IndexField.Description];

    /// <summary>The FTS5 column holding a field in a language.</summary>
    public static string Column(IndexField field, Language language) =>
        $"{FieldName(field)}_{language.Code()}";

    /// <summary>The position of a column in the FTS5 table (the order bm25 weights are given in).</summary>
    public static int ColumnIndex(IndexField field, Language language) =>
        (language == Language.Fr ? 0 : Fields.Count) + (int)field;

    /// <summary>The FTS5 column set of one language, as written in a column filter: <c>{name_fr alt_fr ...}</c>.</summary>
    public static string ColumnSet(Language language) =>
        "{" + string.Join(' ', Fields.Select(f => Column(f, language))) + "}";

    /// <summary>All statements creating an empty index.</summary>
    public static IReadOnlyList<string> CreateStatements { get; } =
    [
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
        "CREATE TABLE listing(rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE)",
        // Surface words (lower-cased, accents folded) with the number of listings using them: the fuzzy
        // matcher's dictionary and the source of "did you mean".
        "CREATE TABLE word(word TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID",
        // Analysed terms per language (0 = fr, 1 = nl): tells a known inflection from a typo.
        "CREATE TABLE term(lang INTEGER NOT NULL, term TEXT NOT NULL, df INTEGER NOT NULL, PRIMARY KEY(lang, term)) WITHOUT ROWID",
        // Terms are already analysed in C#; unicode61 only splits them on spaces and folds case, and the
        // query side goes through the same tokenizer, so both agree on every term.
        "CREATE VIRTUAL TABLE fts USING fts5("
            + string.Join(", ", LanguageExtensions.All.SelectMany(l => Fields.Select(f => Column(f, l))))
            + ", content='', prefix='2 3', tokenize='unicode61 remove_diacritics 2')",
    ];

    /// <summary>The insert statement for one listing's analysed columns (parameters <c>$rowid</c>, <c>$c0</c>..).</summary>
    public static string InsertStatement { get; } =
        "INSERT INTO fts(rowid, "
        + string.Join(", ", LanguageExtensions.All.SelectMany(l => Fields.Select(f => Column(f, l))))
        + ") VALUES($rowid, "
        + string.Join(", ", Enumerable.Range(0, Fields.Count * 2).Select(i => "$c" + i))
        + ")";

    private static string FieldName(IndexField field) => field switch
    {
        IndexField.Name => "name",
        IndexField.AltNames => "alt",
        IndexField.Taxonomy => "taxo",
        IndexField.BroaderTaxonomy => "broad",
        _ => "descr",
    };
}
