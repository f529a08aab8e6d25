using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>
/// The layout of the search index file: one single-column FTS5 table per field and language
/// (<c>f_name_fr</c>, <c>f_descr_nl</c>...) holding each listing's analysed text, the token count of every field
/// per listing, and the vocabularies the fuzzy matcher loads. Separate tables let a search read, for each
/// word, the matching rowids of each field straight from the doclists (no column filter, no position
/// check), which is what keeps it fast on large corpora. The tables are contentless: snippets are cut from
/// the original text in C#.
/// </summary>
public static class IndexSchema
{
    /// <summary>
    /// Changes whenever the layout or the way text is analysed into it changes; an index file written under
    /// another version is rebuilt, never read.
    /// </summary>
    public const int Version = 2;

    /// <summary>The searchable fields of a listing, in table order within one language.</summary>
    public static IReadOnlyList<IndexField> Fields { get; } =
        [IndexField.Name, IndexField.AltNames, IndexField.Taxonomy, IndexField.BroaderTaxonomy, IndexField.Description];

    /// <summary>The number of FTS5 tables: fields times languages.</summary>
    public static int TableCount => Fields.Count * 2;

    /// <summary>The FTS5 table of a field in a language.</summary>
    public static string Table(IndexField field, Language language) => $"f_{FieldName(field)}_{language.Code()}";

    /// <summary>The position of a field's table (French fields first, then Dutch).</summary>
    public static int TableIndex(IndexField field, Language language) =>
        (language == Language.Fr ? 0 : Fields.Count) + (int)field;

    /// <summary>The language of a table position.</summary>
    public static Language LanguageOf(int table) => table < Fields.Count ? Language.Fr : Language.Nl;

    /// <summary>The field of a table position.</summary>
    public static IndexField FieldOf(int table) => Fields[table % Fields.Count];

    /// <summary>
    /// How much a match in a field counts: names most, then alternative names and acronyms, then the listing's
    /// own need and sector labels, then broader needs, then descriptions.
    /// </summary>
    public static double Weight(IndexField field) => field switch
    {
        IndexField.Name => 10,
        IndexField.AltNames => 8,
        IndexField.Taxonomy => 4,
        IndexField.BroaderTaxonomy => 2,
        _ => 1,
    };

    /// <summary>The factor for fields in the language that is not the interface's.</summary>
    public const double OtherLanguageFactor = 0.6;

    /// <summary>All statements creating an empty index.</summary>
    public static IReadOnlyList<string> CreateStatements { get; } =
    [
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
        // lengths: the token count of each field, comma-separated in table order (for length normalisation).
        "CREATE TABLE listing(rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, lengths TEXT NOT NULL)",
        // Surface words (lower-case, accents folded) with the number of listings using them: the fuzzy
        // matcher's dictionary and the source of "did you mean".
        "CREATE TABLE word(word TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID",
        // Analysed terms per language (0 = fr, 1 = nl): tells a known inflection from a typo.
        "CREATE TABLE term(lang INTEGER NOT NULL, term TEXT NOT NULL, df INTEGER NOT NULL, PRIMARY KEY(lang, term)) WITHOUT ROWID",
        // Terms are already analysed in C#; unicode61 only splits them on spaces and folds case, and the
        // query side goes through the same tokenizer, so both agree on every term.
        .. AllTables().Select(t =>
            $"CREATE VIRTUAL TABLE {t} USING fts5(t, content='', columnsize=0, prefix='2 3', tokenize='unicode61 remove_diacritics 2')"),
    ];

    /// <summary>
    /// The statements creating the build's temporary staging table: one row per listing, one column per FTS5
    /// table, from which each FTS5 table is filled in one statement (<see cref="FillStatements"/>).
    /// </summary>
    public static string StageCreateStatement { get; } =
        "CREATE TEMP TABLE stage(rowid INTEGER PRIMARY KEY, "
        + string.Join(", ", Enumerable.Range(0, TableCount).Select(t => $"c{t} TEXT NOT NULL")) + ")";

    /// <summary>The insert of one listing into the staging table (parameters <c>$rowid</c>, <c>$c0</c>..).</summary>
    public static string StageInsertStatement { get; } =
        "INSERT INTO stage VALUES($rowid, " + string.Join(", ", Enumerable.Range(0, TableCount).Select(t => "$c" + t)) + ")";

    /// <summary>Fills every FTS5 table from the staging table; empty fields get no row.</summary>
    public static IEnumerable<string> FillStatements =>
        AllTables().Select((t, i) => $"INSERT INTO {t}(rowid, t) SELECT rowid, c{i} FROM stage WHERE c{i} != ''");

    /// <summary>
    /// The statement returning, for one unit, the matching rowids of every table as comma-separated lists,
    /// French tables matched with <c>$fr</c>, Dutch ones with <c>$nl</c>.
    /// </summary>
    public static string MatchStatement { get; } =
        "SELECT " + string.Join(", ", AllTables().Select((t, i) =>
            $"(SELECT group_concat(rowid) FROM {t} WHERE {t} MATCH {(i < Fields.Count ? "$fr" : "$nl")})"));

    /// <summary>The statement folding each table into one b-tree once written.</summary>
    public static IEnumerable<string> OptimizeStatements => AllTables().Select(t => $"INSERT INTO {t}({t}) VALUES('optimize')");

    private static string[] AllTables() =>
        [.. LanguageExtensions.All.SelectMany(l => Fields.Select(f => Table(f, l)))];

    private static string FieldName(IndexField field) => field switch
    {
        IndexField.Name => "name",
        IndexField.AltNames => "alt",
        IndexField.Taxonomy => "taxo",
        IndexField.BroaderTaxonomy => "broad",
        _ => "descr",
    };
}
