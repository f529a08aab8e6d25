using System.Numerics;
using Microsoft.Data.Sqlite;
using Repertoire.Core.Content;
using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>
/// Searches one index file of one content set. Each query unit (word or phrase) is one FTS5 lookup over
/// both languages' columns with bm25 column weights; listings matching more units come first, then the
/// higher score (times the place preference), then the name. Filters and facets are computed in memory.
/// Thread-safe; dispose to close its connections (searches still running finish first).
/// </summary>
public sealed class Searcher : ISearchEngine, IDisposable
{
    // Fewer listings than this matching every word: listings matching most of the words follow them.
    private const int RelaxBelow = 5;

    private readonly ListingTable _table;
    private readonly QueryParser _parser;
    private readonly ConnectionPool _pool;
    private readonly FacetCounter _facets;
    private readonly SnippetBuilder _snippets;
    private readonly Suggester _suggester;

    [ThreadStatic] private static Scratch? _scratch;

    internal Searcher(ContentSet content, AnalyzerSet analyzers, Vocabulary vocabulary, string path)
    {
        Content = content;
        Path = path;
        _table = new ListingTable(content);
        _parser = new QueryParser(analyzers, vocabulary, new PlaceMatcher(content.Territory));
        _pool = new ConnectionPool(path);
        _facets = new FacetCounter(_table);
        _snippets = new SnippetBuilder(_table, analyzers);
        _suggester = new Suggester(content);
        VocabularySize = vocabulary.WordCount;
    }

    /// <summary>The content set this index was built from.</summary>
    public ContentSet Content { get; }

    /// <summary>The index file.</summary>
    public string Path { get; }

    /// <summary>The number of distinct words in the fuzzy dictionary.</summary>
    public int VocabularySize { get; }

    /// <inheritdoc />
    public SearchResult Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = Math.Max(1, query.Page);
        var perPage = Math.Clamp(query.PerPage, 1, SearchQuery.MaxPerPage);
        var plan = _parser.Parse(query.Text);
        var filters = new FilterSet(_table, query);
        var places = new PlacePreference(_table, plan.Places);
        var ranked = plan.HasText ? MatchText(plan, query.Lang, filters, places)
            : places.IsEmpty ? ByName(query.Lang, filters) : ByPlace(query.Lang, filters, places);

        var rows = ranked.Rows.AsSpan(0, ranked.Count);
        var facets = _facets.Count(rows, query.Lang);
        var hits = new List<SearchHit>(perPage);
        var first = (long)(page - 1) * perPage;
        for (var i = first; i < ranked.Count && i < first + perPage; i++)
        {
            var row = rows[(int)i];
            var o = _table.Listings[row];
            hits.Add(new SearchHit(o.Id, o.DisplayName(query.Lang), _snippets.Build(row, query.Lang, plan),
                ListingTable.BasinOf(o, Content.Territory), o.Site.Commune, o.Sectors, o.Needs,
                Math.Round(ranked.Scores?[(int)i] ?? 0, 3)));
        }
        return new SearchResult(query.Text ?? "", query.Lang, ranked.Count, page, perPage, hits, facets, plan.Suggestion);
    }

    /// <inheritdoc />
    public IReadOnlyList<Suggestion> Suggest(string prefix, Language lang, int max = 8) => _suggester.Suggest(prefix, lang, max);

    private Ranked MatchText(QueryPlan plan, Language language, FilterSet filters, PlacePreference places)
    {
        var scratch = _scratch ??= new Scratch();
        scratch.Prepare(_table.Count);
        var required = 0u;
        var connection = _pool.Rent();
        try
        {
            for (var u = 0; u < plan.Units.Count; u++)
            {
                var unit = plan.Units[u];
                if (unit.Required) required |= 1u << u;
                Collect(connection, language, unit.MatchExpression(), 1u << u, scratch);
            }
        }
        finally
        {
            _pool.Return(connection);
        }

        var needed = BitOperations.PopCount(required);
        var perCount = new int[needed + 1];
        var candidates = new List<(int Row, int Matched)>(scratch.Touched.Count);
        foreach (var row in scratch.Touched)
        {
            var matched = BitOperations.PopCount(scratch.Mask[row] & required);
            if (matched == 0 || !filters.Passes(row)) continue;
            candidates.Add((row, matched));
            perCount[matched]++;
        }
        // Every word must match; with too few such listings, those matching at least half the words follow.
        var minimum = needed;
        var atLeast = perCount[needed];
        while (minimum > Math.Max(1, (needed + 1) / 2) && atLeast < RelaxBelow) atLeast += perCount[--minimum];

        var keys = new List<(int Row, int Matched, double Score)>(candidates.Count);
        foreach (var (row, matched) in candidates)
        {
            if (matched >= minimum) keys.Add((row, matched, scratch.Score[row] * places.Factor(row)));
        }
        var rank = _table.NameRank[(int)language];
        keys.Sort((a, b) => a.Matched != b.Matched ? b.Matched.CompareTo(a.Matched)
            : a.Score != b.Score ? b.Score.CompareTo(a.Score) : rank[a.Row].CompareTo(rank[b.Row]));
        scratch.Clear();
        var result = new Ranked(new int[keys.Count], new double[keys.Count], keys.Count);
        for (var i = 0; i < keys.Count; i++) (result.Rows[i], result.Scores![i]) = (keys[i].Row, keys[i].Score);
        return result;
    }

    private static void Collect(IndexConnection connection, Language language, string expression, uint bit, Scratch scratch)
    {
        if (expression.Length == 0) return;
        try
        {
            using var reader = connection.Match(language, expression).ExecuteReader();
            while (reader.Read())
            {
                var row = (int)reader.GetInt64(0) - 1;
                if ((uint)row >= (uint)scratch.Mask.Length) continue;
                if (scratch.Mask[row] == 0) scratch.Touched.Add(row);
                scratch.Mask[row] |= bit;
                // bm25 is negative, better when lower.
                scratch.Score[row] -= reader.GetDouble(1);
            }
        }
        catch (SqliteException)
        {
            // Expressions are built from quoted terms only, so this is not expected; if FTS5 still refuses
            // one, that unit matches nothing rather than failing the search.
        }
    }

    private Ranked ByName(Language language, FilterSet filters)
    {
        var order = _table.ByName[(int)language];
        if (filters.IsEmpty) return new Ranked(order, null, order.Length);
        var rows = new int[order.Length];
        var n = 0;
        foreach (var row in order)
        {
            if (filters.Passes(row)) rows[n++] = row;
        }
        return new Ranked(rows, null, n);
    }

    // Only place words typed: the listings located in or serving the places, located ones first, by name.
    private Ranked ByPlace(Language language, FilterSet filters, PlacePreference places)
    {
        var order = _table.ByName[(int)language];
        var located = new List<int>();
        var serving = new List<int>();
        foreach (var row in order)
        {
            if (!filters.Passes(row)) continue;
            var factor = places.Factor(row);
            if (factor >= PlacePreference.Located) located.Add(row);
            else if (factor > 1) serving.Add(row);
        }
        located.AddRange(serving);
        return new Ranked([.. located], null, located.Count);
    }

    /// <summary>Closes the index's connections; searches still running on them finish first.</summary>
    public void Dispose() => _pool.Dispose();

    private sealed record Ranked(int[] Rows, double[]? Scores, int Count);

    private sealed class Scratch
    {
        public double[] Score { get; private set; } = [];
        public uint[] Mask { get; private set; } = [];
        public List<int> Touched { get; } = [];

        public void Prepare(int count)
        {
            if (Mask.Length == count)
            {
                Clear();
                return;
            }
            Score = new double[count];
            Mask = new uint[count];
            Touched.Clear();
        }

        public void Clear()
        {
            foreach (var row in Touched) (Score[row], Mask[row]) = (0, 0);
            Touched.Clear();
        }
    }
}
