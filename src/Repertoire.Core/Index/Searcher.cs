using System.Numerics;
using Microsoft.Data.Sqlite;
using Repertoire.Core.Content;
using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>
/// Searches one index file of one content set. Each query unit (word or phrase) is one FTS5 lookup over
/// every field table of both languages, scored in C# like a field-weighted bm25; listings matching more units come first, then the
/// higher score (times the place preference), then the name. Filters and facets are computed in memory.
/// Thread-safe; dispose to close its connections (searches still running finish first).
/// </summary>
public sealed class Searcher : ISearchEngine, IDisposable
{
    // Fewer listings than this matching every word: listings matching most of the words follow them.
    private const int RelaxBelow = 5;

    // A need's other names count for less than the word typed.
    private const double ExpansionWeight = 0.3;

    private readonly ListingTable _table;
    private readonly QueryParser _parser;
    private readonly ConnectionPool _pool;
    private readonly FacetCounter _facets;
    private readonly SnippetBuilder _snippets;
    private readonly Suggester _suggester;
    private readonly float[][] _norms;
    private readonly MatchCache _cache;
    private readonly NeedMatcher _needs;

    [ThreadStatic] private static Scratch? _scratch;

    internal Searcher(ContentSet content, AnalyzerSet analyzers, Vocabulary vocabulary, float[][] norms, string path)
    {
        _norms = norms;
        // A few million rowids (some MB) cover the words of thousands of recent queries.
        _cache = new MatchCache(4_000_000);
        Content = content;
        Path = path;
        _table = new ListingTable(content);
        _parser = new QueryParser(analyzers, vocabulary, new PlaceMatcher(content.Territory), new TaxonomyExpander(content.Taxonomy), content.Organisations.Count);
        _pool = new ConnectionPool(path);
        _facets = new FacetCounter(_table);
        _snippets = new SnippetBuilder(_table, analyzers);
        _suggester = new Suggester(content);
        _needs = new NeedMatcher(content.Taxonomy, analyzers);
        VocabularySize = vocabulary.WordCount;
    }

    /// <summary>The content set this index was built from.</summary>
    public ContentSet Content { get; }

    /// <summary>The index file.</summary>
    public string Path { get; }

    /// <summary>Whether FTS5's answers for recent words are reused (on by default; off to measure cold searches).</summary>
    public bool CacheMatches
    {
        get => _cache.Enabled;
        set => _cache.Enabled = value;
    }

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
        var wanted = (int)Math.Min(int.MaxValue, (long)page * perPage);
        var ranked = plan.HasText ? MatchText(plan, query.Lang, filters, places, wanted)
            : places.IsEmpty ? ByName(query.Lang, filters) : ByPlace(query.Lang, filters, places);

        var facets = _facets.Count(ranked.All.AsSpan(0, ranked.Count), query.Lang);
        var hits = new List<SearchHit>(perPage);
        var first = (long)(page - 1) * perPage;
        for (var i = first; i < ranked.Count && i < ranked.Ordered.Length && i < first + perPage; i++)
        {
            var row = ranked.Ordered[(int)i];
            var o = _table.Listings[row];
            hits.Add(new SearchHit(o.Id, o.DisplayName(query.Lang), _snippets.Build(row, query.Lang, plan),
                ListingTable.BasinOf(o, Content.Territory), o.Site.Commune, o.Sectors, o.Needs,
                Math.Round(ranked.Scores is { } scores ? scores[(int)i] : 0, 3)));
        }
        var asked = AskedPlaceResolver.Resolve(query, plan.Places, Content.Territory);
        return new SearchResult(query.Text ?? "", query.Lang, ranked.Count, page, perPage, hits, facets, plan.Suggestion)
        {
            // A corrected typo ("psycologue") names the need its correction names.
            MatchedNeeds = _needs.Match(plan.Suggestion ?? query.Text, query.Lang, query.Needs),
            AskedPlace = asked?.Id,
            OnlyElsewhere = asked is not null && ranked.Count > 0 && !AnyLocal(ranked, asked),
        };
    }

    private bool AnyLocal(Ranked ranked, PlaceRef asked)
    {
        var place = new PlacePreference(_table, [asked]);
        for (var i = 0; i < ranked.Count; i++)
        {
            if (place.IsLocal(ranked.All[i])) return true;
        }
        return false;
    }

    /// <inheritdoc />
    public IReadOnlyList<Suggestion> Suggest(string prefix, Language lang, int max = 8) => _suggester.Suggest(prefix, lang, max);

    private Ranked MatchText(QueryPlan plan, Language language, FilterSet filters, PlacePreference places, int wanted)
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
                Collect(connection, language, unit.MatchExpression(0), unit.MatchExpression(1), 1, 1u << u, scratch);
                if (unit.HasExpansions)
                    Collect(connection, language, unit.ExpansionExpression(0), unit.ExpansionExpression(1), ExpansionWeight, 1u << u, scratch);
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

        var keys = new List<RankedKey>(candidates.Count);
        var all = new int[candidates.Count];
        var n = 0;
        foreach (var (row, matched) in candidates)
        {
            if (matched < minimum) continue;
            var factor = places.Factor(row);
            keys.Add(new RankedKey(row, matched, factor >= PlacePreference.Located ? 2 : factor > 1 ? 1 : 0, scratch.Score[row] * factor));
            all[n++] = row;
        }
        scratch.Clear();
        var top = RankedKey.Top(keys, wanted, _table.NameRank[(int)language]);
        return new Ranked(all, n, [.. top.Select(k => k.Row)], [.. top.Select(k => k.Score)]);
    }

    // One unit over every table: each matching field adds weight × idf × length norm (bm25 with a term
    // frequency of one, summed over fields as FTS5's weighted bm25 does), idf taken per language.
    private void Collect(IndexConnection connection, Language language, string french, string dutch, double unitWeight, uint bit, Scratch scratch)
    {
        var key = french + "\u0001" + dutch;
        if (!_cache.TryGet(key, out var lists))
        {
            lists = new int[IndexSchema.TableCount][];
            try
            {
                connection.Match(french, dutch, (t, list) => lists[t] = Parse(list, scratch.Parsed));
            }
            catch (SqliteException)
            {
                // Expressions are built from quoted terms only, so this is not expected; if FTS5 still refuses
                // one, that unit matches nothing rather than failing the search.
                return;
            }
            for (var t = 0; t < lists.Length; t++) lists[t] ??= [];
            _cache.Add(key, lists);
        }
        var fields = IndexSchema.Fields.Count;
        for (var side = 0; side < 2; side++)
        {
            var stamp = ++scratch.StampValue;
            var df = 0;
            for (var t = side * fields; t < (side + 1) * fields; t++)
            {
                foreach (var row in lists[t])
                {
                    if (scratch.Stamp[row] != stamp) { scratch.Stamp[row] = stamp; df++; }
                }
            }
            if (df == 0) continue;
            var idf = Math.Log(1 + (_table.Count - df + 0.5) / (df + 0.5));
            var factor = unitWeight * ((int)language == side ? 1.0 : IndexSchema.OtherLanguageFactor);
            for (var t = side * fields; t < (side + 1) * fields; t++)
            {
                var weight = (float)(IndexSchema.Weight(IndexSchema.FieldOf(t)) * factor * idf);
                var norms = _norms[t];
                foreach (var row in lists[t])
                {
                    if (scratch.Mask[row] == 0) scratch.Touched.Add(row);
                    scratch.Mask[row] |= bit;
                    scratch.Score[row] += weight * norms[row];
                }
            }
        }
    }

    private int[] Parse(string? list, List<int> rows)
    {
        rows.Clear();
        if (list is null) return [];
        var value = 0;
        foreach (var c in list)
        {
            if (c == ',')
            {
                if ((uint)(value - 1) < (uint)_table.Count) rows.Add(value - 1);
                value = 0;
            }
            else value = value * 10 + (c - '0');
        }
        if ((uint)(value - 1) < (uint)_table.Count) rows.Add(value - 1);
        return [.. rows];
    }

    private Ranked ByName(Language language, FilterSet filters)
    {
        var order = _table.ByName[(int)language];
        if (filters.IsEmpty) return new Ranked(order, order.Length, order, null);
        var rows = new int[order.Length];
        var n = 0;
        foreach (var row in order)
        {
            if (filters.Passes(row)) rows[n++] = row;
        }
        return new Ranked(rows, n, rows, null);
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
        int[] rows = [.. located];
        return new Ranked(rows, rows.Length, rows, null);
    }

    /// <summary>Closes the index's connections; searches still running on them finish first.</summary>
    public void Dispose() => _pool.Dispose();

    /// <summary>A result set: all its rows (any order, for facets), and its first rows in ranking order.</summary>
    private sealed record Ranked(int[] All, int Count, int[] Ordered, double[]? Scores);

    private sealed class Scratch
    {
        public float[] Score { get; private set; } = [];
        public uint[] Mask { get; private set; } = [];
        public int[] Stamp { get; private set; } = [];
        public int StampValue { get; set; }
        public List<int> Touched { get; } = [];
        public List<int> Parsed { get; } = [];

        public void Prepare(int count)
        {
            if (Mask.Length == count)
            {
                Clear();
                return;
            }
            Score = new float[count];
            Mask = new uint[count];
            Stamp = new int[count];
            Touched.Clear();
        }

        public void Clear()
        {
            foreach (var row in Touched) (Score[row], Mask[row]) = (0, 0);
            Touched.Clear();
        }
    }
}
