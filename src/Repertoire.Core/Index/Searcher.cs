using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Repertoire.Core.Content;
using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>
/// Searches a Lucene index of one content set and keeps it current. Each query unit (word, phrase or number)
/// is a Lucene query over the text fields of both languages, scored by BM25 with field weights; listings
/// matching more units come first, then those in (or serving) the places named, then the higher score, then
/// the name. Filters are Lucene queries whose documents are cached per index view; facets are counted by
/// Lucene.Net.Facet; snippets come from Lucene.Net.Highlighter for the page shown only.
/// <see cref="Apply"/> updates changed listings in place (update by id, then a near-real-time refresh).
/// Thread-safe; dispose to close the index (searches still running finish first).
/// </summary>
public sealed class Searcher : ISearchEngine, IDisposable
{
    // Fewer listings than this matching every word: listings matching most of the words follow them.
    private const int RelaxBelow = 5;

    // A need's other names count for less than the word typed.
    private const float ExpansionWeight = 0.3f;

    private readonly LiveIndex _index;
    private readonly TaxonomyExpander _taxonomy;
    private readonly PlaceMatcher _places;
    private volatile SuggestionIndex _suggestions;
    private readonly NeedMatcher _needs;

    // Searches in flight plus one for the owner: the index closes when the owner has disposed and the last search
    // has finished, so a swap never breaks a search that already started on the old index.
    private int _leases = 1;
    private int _disposed;

    // The searcher that replaced this one after a rebuild: a search that arrives after this one closed (its caller
    // read the old reference just before the swap) is answered there rather than failing.
    private volatile Searcher? _successor;

    [ThreadStatic] private static Scratch? _scratch;

    internal Searcher(LiveIndex index)
    {
        _index = index;
        _taxonomy = new TaxonomyExpander(index.Content.Taxonomy);
        _places = new PlaceMatcher(index.Content.Territory);
        _suggestions = SuggestionIndex.Build(index.Content);
        _needs = new NeedMatcher(index.Content.Taxonomy, index.Analyzers);
    }

    /// <summary>The content set the index was last brought up to date with.</summary>
    public ContentSet Content => _index.Content;

    /// <summary>The index folder.</summary>
    public string Path => _index.Path;

    /// <summary>The number of distinct words the typo correction knows.</summary>
    public int VocabularySize => _index.Vocabulary.WordCount;

    /// <summary>The fingerprint of the taxonomy and territory the index was built for.</summary>
    public string Structure => _index.Structure;

    /// <summary>
    /// Brings the index up to date with <paramref name="content"/>: changed, added and removed listings are
    /// written by id and made searchable by a near-real-time refresh before this returns. Returns false, changing
    /// nothing, when the taxonomy or the territory changed (the index must then be rebuilt, see
    /// <see cref="SearchIndex.Update"/>) or when this searcher only reads an index another process writes.
    /// </summary>
    public bool Apply(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!_index.Apply(content)) return false;
        _suggestions = SuggestionIndex.Build(content);
        return true;
    }

    /// <inheritdoc />
    public SearchResult Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!TryLease()) return (_successor ?? throw new ObjectDisposedException(nameof(Searcher))).Search(query);
        try { return SearchLeased(query); }
        finally { EndLease(); }
    }

    private SearchResult SearchLeased(SearchQuery query)
    {
        var page = Math.Max(1, query.Page);
        var perPage = Math.Clamp(query.PerPage, 1, SearchQuery.MaxPerPage);
        var content = _index.Content;
        var plan = new QueryParser(_index.Analyzers, _index.Vocabulary, _places, _taxonomy, content.Organisations.Count).Parse(query.Text);
        var searcher = _index.Acquire();
        try
        {
            var availability = AvailabilityFilter.Of(query);
            var filters = availability.Narrow(searcher, new FilterSet(query, content.Taxonomy).Documents(searcher), _index.Catalog);
            var places = new PlacePreference(searcher, plan.Places, content.Territory);
            var speakers = Speakers(searcher, plan.ServiceLanguages);
            var wanted = (int)Math.Min(int.MaxValue, (long)page * perPage);
            // With words to match, a language of service named ranks its speakers first; named alone ("néerlandophone",
            // "Engelstalig Schaarbeek") it is what is asked for, so it selects them.
            if (!plan.HasText && speakers is not null) filters = Intersection(filters, speakers);
            var ranked = plan.HasText ? MatchText(searcher, plan, query.Lang, filters, places, speakers, wanted)
                : places.IsEmpty ? ByName(searcher, query.Lang, filters) : ByPlace(searcher, query.Lang, filters, places);
            // Place words rank the place's own offer first (PlacePreference); when it has none, the answer says how far
            // the results reach. They are not cut to the place: on the judged queries, removing the listings of
            // neighbouring communes lowered recall@10 from 0.988 to 0.946, the judges counting them as answers.
            var widened = plan.HasText ? Widening(ranked, places) : PlaceWidening.None;

            var facets = FacetCounter.Count(searcher, ranked.All, content, query.Lang, _index.Catalog, availability.At);
            var snippets = new SnippetBuilder(_index.Analyzers, plan);
            var catalog = _index.Catalog;
            var hits = new List<SearchHit>(perPage);
            var first = (long)(page - 1) * perPage;
            for (var i = first; i < ranked.Ordered.Length && i < first + perPage; i++)
            {
                var doc = ranked.Ordered[(int)i];
                if (searcher.Ids[doc] is not { } id || !catalog.TryGetValue(id, out var o)) continue;
                // The document's term vectors mark the snippet when it was written from this very listing (an edit
                // being applied can show the new listing a moment before its document is searchable).
                var written = searcher.Hashes[doc] == ContentFingerprint.Listing(o) ? searcher : null;
                hits.Add(new SearchHit(o.Id, o.DisplayName(query.Lang), snippets.Build(o, query.Lang, written, doc),
                    ListingFields.BasinOf(o, content.Territory), o.Site.Commune, o.Sectors, o.Needs,
                    Math.Round(ranked.Scores is { } scores ? scores[(int)i] : 0, 3)));
            }
            var asked = AskedPlaceResolver.Resolve(query, plan.Places, content.Territory);
            return new SearchResult(query.Text ?? "", query.Lang, ranked.Count, page, perPage, hits, facets, plan.Suggestion)
            {
                // A corrected typo ("psycologue") names the need its correction names.
                MatchedNeeds = _needs.Match(plan.Suggestion ?? query.Text, query.Lang, query.Needs),
                AskedPlace = asked?.Id,
                OnlyElsewhere = asked is not null && ranked.Count > 0 && !new PlacePreference(searcher, [asked], content.Territory).HasLocalIn(ranked.All),
                Widened = widened,
                WidenedTo = widened == PlaceWidening.Basin ? places.Around : [],
                ServiceLanguages = plan.ServiceLanguages,
            };
        }
        finally
        {
            _index.Release(searcher);
        }
    }

    // Judged on the listings matching every word when there are any (a listing in the place matching half the words
    // is not offer for what was asked), and on the place's own offer: region-wide services do not make a place served.
    private static PlaceWidening Widening(Ranked ranked, PlacePreference places)
    {
        if (ranked.Count == 0 || places.IsEmpty) return PlaceWidening.None;
        var best = ranked.Complete ?? ranked.All;
        if (places.HasLocalIn(best)) return PlaceWidening.None;
        return places.HasNearbyIn(best) ? PlaceWidening.Basin : PlaceWidening.Region;
    }

    /// <inheritdoc />
    public IReadOnlyList<Suggestion> Suggest(string prefix, Language lang, int max = 8) => _suggestions.Suggest(prefix, lang, max);

    // Term-at-a-time over Lucene's scorers: each unit's query runs once over every segment (once per view, see
    // ListingSearcher.UnitMatches), its BM25 scores are added per document and its bit set in the document's mask, so
    // that the number of units matched ranks first.
    private static Ranked MatchText(ListingSearcher searcher, QueryPlan plan, Language language, FixedBitSet? filters,
        PlacePreference places, FixedBitSet? speakers, int wanted)
    {
        var scratch = _scratch ??= new Scratch();
        scratch.Prepare(searcher.MaxDoc);
        var required = 0u;
        for (var u = 0; u < plan.Units.Count; u++)
        {
            var unit = plan.Units[u];
            if (unit.Required) required |= 1u << u;
            Collect(searcher.UnitMatches($"{unit.Key}\u0003{language}", () => unit.ToQuery(language, expansions: false)), 1f, 1u << u, filters, scratch);
            if (unit.HasExpansions)
                Collect(searcher.UnitMatches($"{unit.ExpansionKey}\u0004{language}", () => unit.ToQuery(language, expansions: true)), ExpansionWeight, 1u << u, filters, scratch);
        }

        var needed = BitOperations.PopCount(required);
        var perCount = new int[needed + 1];
        foreach (var doc in scratch.Touched) perCount[BitOperations.PopCount(scratch.Mask[doc] & required)]++;
        // Every word must match; with too few such listings, those matching at least half the words follow.
        var minimum = needed;
        var atLeast = perCount[needed];
        while (minimum > Math.Max(1, (needed + 1) / 2) && atLeast < RelaxBelow) atLeast += perCount[--minimum];

        var keys = new List<RankedKey>(scratch.Touched.Count);
        var all = new FixedBitSet(Math.Max(1, searcher.MaxDoc));
        var complete = new FixedBitSet(Math.Max(1, searcher.MaxDoc));
        foreach (var doc in scratch.Touched)
        {
            var matched = BitOperations.PopCount(scratch.Mask[doc] & required);
            if (matched == 0 || matched < minimum) continue;
            var factor = places.Factor(doc);
            var speaks = speakers is not null && speakers.Get(doc);
            keys.Add(new RankedKey(doc, matched, speaks, factor >= PlacePreference.Located ? 2 : factor > 1 ? 1 : 0, scratch.Score[doc] * factor));
            all.Set(doc);
            if (matched == needed) complete.Set(doc);
        }
        scratch.Clear();
        var top = RankedKey.Top(keys, wanted, searcher, language);
        return new Ranked(all, keys.Count, [.. top.Select(k => k.Doc)], [.. top.Select(k => k.Score)])
        {
            Complete = perCount[needed] > 0 ? complete : null,
        };
    }

    private static void Collect(ListingSearcher.Matches matches, float factor, uint bit, FixedBitSet? filters, Scratch scratch)
    {
        var (docs, scores) = (matches.Docs, matches.Scores);
        for (var i = 0; i < docs.Length; i++)
        {
            var doc = docs[i];
            if (filters is not null && !filters.Get(doc)) continue;
            if (scratch.Mask[doc] == 0) scratch.Touched.Add(doc);
            scratch.Mask[doc] |= bit;
            scratch.Score[doc] += factor * scores[i];
        }
    }

    // The listings helping in one of the languages of service named, or null when none was named. A listing that
    // states no languages is not one of them: nothing says it can help in the language asked.
    private static FixedBitSet? Speakers(ListingSearcher searcher, IReadOnlyList<string> languages)
    {
        if (languages.Count == 0) return null;
        return searcher.Matching("speaks\u0001" + string.Join(',', languages.Order(StringComparer.Ordinal)), () =>
        {
            var any = new BooleanQuery(disableCoord: true);
            foreach (var code in languages) any.Add(new TermQuery(new Term(ListingFields.Language, code)), Occur.SHOULD);
            return new ConstantScoreQuery(any);
        });
    }

    // A new set: the filters' set is shared by the searches of the view.
    private static FixedBitSet Intersection(FixedBitSet? filters, FixedBitSet speakers)
    {
        var both = speakers.Clone();
        if (filters is not null) both.And(filters);
        return both;
    }

    private static Ranked ByName(ListingSearcher searcher, Language language, FixedBitSet? filters)
    {
        var order = searcher.ByName(language);
        var all = new FixedBitSet(Math.Max(1, searcher.MaxDoc));
        var rows = new List<int>(filters is null ? order.Length : 64);
        foreach (var doc in order)
        {
            if (filters is not null && !filters.Get(doc)) continue;
            rows.Add(doc);
            all.Set(doc);
        }
        return new Ranked(all, rows.Count, [.. rows], null);
    }

    // Only place words typed: the listings located in or serving the places, located ones first, by name.
    private static Ranked ByPlace(ListingSearcher searcher, Language language, FixedBitSet? filters, PlacePreference places)
    {
        var located = new List<int>();
        var serving = new List<int>();
        var all = new FixedBitSet(Math.Max(1, searcher.MaxDoc));
        foreach (var doc in searcher.ByName(language))
        {
            if (filters is not null && !filters.Get(doc)) continue;
            var factor = places.Factor(doc);
            if (factor >= PlacePreference.Located) located.Add(doc);
            else if (factor > 1) serving.Add(doc);
            else continue;
            all.Set(doc);
        }
        located.AddRange(serving);
        return new Ranked(all, located.Count, [.. located], null);
    }

    /// <summary>Records that <paramref name="next"/> replaced this searcher, for searches that arrive after it closed.</summary>
    internal void SupersededBy(Searcher next) => _successor = next;

    private bool TryLease()
    {
        while (true)
        {
            var leases = Volatile.Read(ref _leases);
            if (leases == 0) return false;
            if (Interlocked.CompareExchange(ref _leases, leases + 1, leases) == leases) return true;
        }
    }

    private void EndLease()
    {
        if (Interlocked.Decrement(ref _leases) == 0) _index.Dispose();
    }

    /// <summary>Closes the index once the searches still running have finished.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0) EndLease();
    }

    /// <summary>A result set: all its documents (for facets), their number, and its first documents in ranking order.</summary>
    private sealed record Ranked(FixedBitSet All, int Count, int[] Ordered, double[]? Scores)
    {
        /// <summary>Of a text search, the documents matching every word, when there are any.</summary>
        public FixedBitSet? Complete { get; init; }
    }

    /// <summary>A matching document with what ranks it: units matched, place tier, score (ties broken by name).</summary>
    private readonly record struct RankedKey(int Doc, int Matched, bool Speaks, int Place, double Score)
    {
        // The first `wanted` keys in ranking order, without sorting the rest.
        public static List<RankedKey> Top(List<RankedKey> keys, int wanted, ListingSearcher searcher, Language language)
        {
            var order = Comparer<RankedKey>.Create((a, b) =>
                a.Matched != b.Matched ? b.Matched.CompareTo(a.Matched)
                : a.Speaks != b.Speaks ? b.Speaks.CompareTo(a.Speaks)
                : a.Place != b.Place ? b.Place.CompareTo(a.Place)
                : a.Score != b.Score ? b.Score.CompareTo(a.Score) : searcher.CompareNames(a.Doc, b.Doc, language));
            if (wanted >= keys.Count / 2)
            {
                keys.Sort(order);
                if (keys.Count > wanted) keys.RemoveRange(wanted, keys.Count - wanted);
                return keys;
            }
            // A heap whose root is the worst key kept.
            var heap = new PriorityQueue<RankedKey, RankedKey>(wanted + 1, Comparer<RankedKey>.Create((a, b) => order.Compare(b, a)));
            foreach (var key in keys)
            {
                if (heap.Count < wanted) heap.Enqueue(key, key);
                else if (order.Compare(key, heap.Peek()) < 0) heap.EnqueueDequeue(key, key);
            }
            var top = new List<RankedKey>(heap.Count);
            while (heap.TryDequeue(out var key, out _)) top.Add(key);
            top.Sort(order);
            return top;
        }
    }

    private sealed class Scratch
    {
        public float[] Score { get; private set; } = [];
        public uint[] Mask { get; private set; } = [];
        public List<int> Touched { get; } = [];

        public void Prepare(int count)
        {
            if (Mask.Length >= count)
            {
                Clear();
                return;
            }
            Score = new float[count + count / 8];
            Mask = new uint[Score.Length];
            Touched.Clear();
        }

        public void Clear()
        {
            foreach (var doc in Touched) (Score[doc], Mask[doc]) = (0, 0);
            Touched.Clear();
        }
    }
}
