using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Facet.SortedSet;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>
/// A point-in-time view of the index (one per near-real-time refresh, made by <see cref="Factory"/>), with what
/// the searches of that view share: each document's listing id and name sort key, the listings in name order,
/// the facet ordinals, and the document sets of recent filters (so a filter is evaluated once per view, not
/// once per search). Per-segment data is cached by segment, so a refresh after one edit reads one small segment.
/// </summary>
internal sealed class ListingSearcher : IndexSearcher
{
    private const int MaxCachedFilters = 512;

    // Documents kept for the query units of recent searches (8 bytes each): 32 MB at most.
    private const long MaxCachedMatchDocs = 4_000_000;

    // Descriptions' terms of recent results (a few kilobytes each).
    private const int MaxCachedDescriptions = 8192;

    /// <summary>Whether searches reuse the unit matches and description terms of their view (the benchmarks turn it off to measure without).</summary>
    internal static bool Caching { get; set; } = true;

    private static readonly ConditionalWeakTable<object, SegmentData> Segments = new();

    private readonly ConcurrentDictionary<string, FixedBitSet> _filters = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Matches> _matches = new(StringComparer.Ordinal);
    private long _matchDocs;
    private readonly ConcurrentDictionary<(int Doc, string Field), DescriptionTerm[]?> _descriptions = new();
    private readonly Lazy<FacetTable?> _facets;
    private readonly Lazy<int[]>[] _byName;

    public ListingSearcher(IndexReader reader) : base(reader)
    {
        Similarity = new BM25Similarity();
        MaxDoc = reader.MaxDoc;
        Ids = new string?[MaxDoc];
        Hashes = new string?[MaxDoc];
        NameKeys = [new byte[MaxDoc][], new byte[MaxDoc][]];
        foreach (var leaf in reader.Leaves)
        {
            var data = Segments.GetValue(leaf.AtomicReader.CoreCacheKey, _ => SegmentData.Read(leaf.AtomicReader));
            Array.Copy(data.Ids, 0, Ids, leaf.DocBase, data.Ids.Length);
            Array.Copy(data.Hashes, 0, Hashes, leaf.DocBase, data.Hashes.Length);
            for (var l = 0; l < 2; l++) Array.Copy(data.NameKeys[l], 0, NameKeys[l], leaf.DocBase, data.Ids.Length);
        }
        _facets = new(() =>
        {
            try
            {
                return FacetTable.Read(new DefaultSortedSetDocValuesReaderState(reader, Lucene.Net.Facet.FacetsConfig.DEFAULT_INDEX_FIELD_NAME), MaxDoc);
            }
            catch (ArgumentException)
            {
                // No listing at all, hence no facet field: there is nothing to count.
                return null;
            }
        });
        _byName = [new(() => Order(Language.Fr)), new(() => Order(Language.Nl))];
    }

    /// <summary>The size of per-document arrays (deleted documents included).</summary>
    public int MaxDoc { get; }

    /// <summary>The listing id of each document.</summary>
    public string?[] Ids { get; }

    /// <summary>The fingerprint of the listing each document was written from (<see cref="ContentFingerprint.Listing"/>).</summary>
    public string?[] Hashes { get; }

    /// <summary>Per language, each document's name sort key (culture order, then id).</summary>
    public byte[][][] NameKeys { get; }

    /// <summary>The facet ordinals of this view, or null when it holds no listing.</summary>
    public FacetTable? Facets => _facets.Value;

    /// <summary>The live documents in name order for a language.</summary>
    public int[] ByName(Language language) => _byName[(int)language].Value;

    /// <summary>Compares two documents by name in a language.</summary>
    public int CompareNames(int a, int b, Language language)
    {
        var keys = NameKeys[(int)language];
        return keys[a].AsSpan().SequenceCompareTo(keys[b]);
    }

    /// <summary>
    /// The live documents matching the query <paramref name="build"/> makes for a query unit (a word with its corrections
    /// and completion, or a need's other names) over the ten text fields, with their BM25 scores: computed once per view
    /// and <paramref name="key"/>, which names what the unit looks for (so a cached unit costs neither building its query
    /// nor comparing it). Typing re-sends the same words at every keystroke, and needs' other names come back search
    /// after search; matching them again was most of a search's time: rewriting completions and seeking every term in ten
    /// term dictionaries, merging the fields' postings, and matching phrases of common words ("centre de service local")
    /// in thousands of documents (8 to 12 ms for a one-word query naming a need, at 10,000 listings). The scores do not
    /// depend on the other words or on the filters (BM25 sums per field, without query normalisation), so filters are
    /// applied when the matches are read. A view's segments never change; an edit makes a new view, hence new matches.
    /// </summary>
    public Matches UnitMatches(string key, Func<Query?> build)
    {
        if (Caching && _matches.TryGetValue(key, out var cached)) return cached;
        var docs = new List<int>();
        var scores = new List<float>();
        var weight = build() is { } query ? CreateNormalizedWeight(query) : null;
        foreach (var leaf in weight is null ? [] : IndexReader.Leaves)
        {
            var scorer = weight!.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null) continue;
            for (var d = scorer.NextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = scorer.NextDoc())
            {
                docs.Add(leaf.DocBase + d);
                scores.Add(scorer.GetScore());
            }
        }
        var matches = new Matches([.. docs], [.. scores]);
        if (!Caching) return matches;
        if (Interlocked.Add(ref _matchDocs, docs.Count) > MaxCachedMatchDocs)
        {
            _matches.Clear();
            Interlocked.Exchange(ref _matchDocs, docs.Count);
        }
        _matches[key] = matches;
        return matches;
    }

    /// <summary>
    /// The terms of a document's description field with their offsets, as the analyzer gave them (by start offset, and
    /// at one offset the longest first, so a Dutch compound comes before its parts), read from its term vector once per
    /// view; null when the document keeps no term vector there. Snippets are marked from them instead of analysing the
    /// description again; Lucene's TokenSources orders stacked terms shortest first, and the highlighter then cuts
    /// fragments inside compounds ("… gezondheidscentrum" for "… wijkgezondheidscentrum"). Kept because the listings of
    /// the first pages come back search after search and decompressing a term vector costs about as much as the rest of
    /// a snippet.
    /// </summary>
    public DescriptionTerm[]? DescriptionTerms(int doc, string field)
    {
        var key = (doc, field);
        if (Caching && _descriptions.TryGetValue(key, out var cached)) return cached;
        DescriptionTerm[]? terms = null;
        if (IndexReader.GetTermVector(doc, field) is { HasOffsets: true } vector)
        {
            var list = new List<DescriptionTerm>();
            var enumerator = vector.GetEnumerator();
            DocsAndPositionsEnum? postings = null;
            while (enumerator.MoveNext())
            {
                postings = enumerator.DocsAndPositions(null, postings, DocsAndPositionsFlags.OFFSETS);
                if (postings is null || postings.NextDoc() == DocIdSetIterator.NO_MORE_DOCS) continue;
                var text = enumerator.Term.Utf8ToString();
                for (var i = postings.Freq; i > 0; i--)
                {
                    postings.NextPosition();
                    list.Add(new DescriptionTerm(text, postings.StartOffset, postings.EndOffset));
                }
            }
            list.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
            terms = [.. list];
        }
        if (!Caching) return terms;
        if (_descriptions.Count >= MaxCachedDescriptions) _descriptions.Clear();
        _descriptions[key] = terms;
        return terms;
    }

    /// <summary>A term of a description and where it lies in the text.</summary>
    internal readonly record struct DescriptionTerm(string Term, int Start, int End);

    /// <summary>Documents (top-level numbers, ascending) and their scores.</summary>
    internal sealed record Matches(int[] Docs, float[] Scores);

    /// <summary>The live documents matching a filter query, computed once per view and signature.</summary>
    public FixedBitSet Matching(string signature, Func<Query> query)
    {
        if (_filters.TryGetValue(signature, out var cached)) return cached;
        var bits = new FixedBitSet(Math.Max(1, MaxDoc));
        Search(query(), new BitSetCollector(bits));
        if (_filters.Count >= MaxCachedFilters) _filters.Clear();
        _filters[signature] = bits;
        return bits;
    }

    /// <summary>
    /// The live documents whose listing satisfies <paramref name="predicate"/>, a property of the listing alone (not
    /// of the query), computed once per view and signature like <see cref="Matching"/>.
    /// </summary>
    public FixedBitSet Where(string signature, IReadOnlyDictionary<string, Organisation> catalog, Func<Organisation, bool> predicate)
    {
        if (_filters.TryGetValue(signature, out var cached)) return cached;
        var bits = new FixedBitSet(Math.Max(1, MaxDoc));
        foreach (var doc in ByName(Language.Fr))
        {
            if (Ids[doc] is { } id && catalog.TryGetValue(id, out var listing) && predicate(listing)) bits.Set(doc);
        }
        if (_filters.Count >= MaxCachedFilters) _filters.Clear();
        _filters[signature] = bits;
        return bits;
    }

    private int[] Order(Language language)
    {
        var live = MultiFields.GetLiveDocs(IndexReader);
        var docs = new List<int>(MaxDoc);
        for (var doc = 0; doc < MaxDoc; doc++)
        {
            if (Ids[doc] is not null && (live is null || live.Get(doc))) docs.Add(doc);
        }
        var keys = NameKeys[(int)language];
        docs.Sort((a, b) => keys[a].AsSpan().SequenceCompareTo(keys[b]));
        return [.. docs];
    }

    /// <summary>Makes a <see cref="ListingSearcher"/> for each view the searcher manager opens.</summary>
    public sealed class Factory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new ListingSearcher(reader);
    }

    private sealed class SegmentData
    {
        public required string?[] Ids { get; init; }

        public required string?[] Hashes { get; init; }

        public required byte[][][] NameKeys { get; init; }

        public static SegmentData Read(AtomicReader reader)
        {
            var ids = new string?[reader.MaxDoc];
            var hashes = new string?[reader.MaxDoc];
            var visitor = new IdVisitor();
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                (visitor.Id, visitor.Hash) = (null, null);
                reader.Document(doc, visitor);
                ids[doc] = visitor.Id;
                hashes[doc] = visitor.Hash;
            }
            byte[][][] keys = [new byte[reader.MaxDoc][], new byte[reader.MaxDoc][]];
            foreach (var language in LanguageExtensions.All)
            {
                var values = reader.GetSortedDocValues(ListingFields.SortKey(language));
                var bytes = new BytesRef();
                for (var doc = 0; doc < reader.MaxDoc; doc++)
                {
                    if (values is null) { keys[(int)language][doc] = []; continue; }
                    values.Get(doc, bytes);
                    keys[(int)language][doc] = bytes.Bytes.AsSpan(bytes.Offset, bytes.Length).ToArray();
                }
            }
            return new SegmentData { Ids = ids, Hashes = hashes, NameKeys = keys };
        }
    }

    // Reads the id and the fingerprint only (the only stored fields).
    private sealed class IdVisitor : StoredFieldVisitor
    {
        public string? Id { get; set; }

        public string? Hash { get; set; }

        public override Status NeedsField(FieldInfo fieldInfo) =>
            fieldInfo.Name is ListingFields.Id or ListingFields.Hash ? Status.YES : Id is null || Hash is null ? Status.NO : Status.STOP;

        public override void StringField(FieldInfo fieldInfo, string value)
        {
            if (fieldInfo.Name == ListingFields.Id) Id = value;
            else Hash = value;
        }
    }

    private sealed class BitSetCollector(FixedBitSet bits) : ICollector
    {
        private int _base;

        public bool AcceptsDocsOutOfOrder => true;

        public void Collect(int doc) => bits.Set(_base + doc);

        public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;

        public void SetScorer(Scorer scorer)
        {
        }
    }
}
