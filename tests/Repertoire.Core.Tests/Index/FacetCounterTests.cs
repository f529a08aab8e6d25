using Lucene.Net.Facet;
using Lucene.Net.Facet.SortedSet;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Repertoire.Core.Index;
using Repertoire.Core.Records;

namespace Repertoire.Core.Tests.Index;

public sealed class FacetCounterTests(BundledIndexFixture bundled) : IClassFixture<BundledIndexFixture>
{
    [Theory]
    [InlineData(null, null)]
    [InlineData(ListingFields.Basin, "nord-est")]
    [InlineData(ListingFields.Sector, "sante-premiere-ligne")]
    [InlineData(ListingFields.Language, "nl")]
    public void CountsAreThoseOfLuceneFacetCounts(string? field, string? value)
    {
        using var view = bundled.OpenView();
        var searcher = view.Searcher;
        Query query = field is null ? new MatchAllDocsQuery() : new TermQuery(new Term(field, value));
        var matching = searcher.Matching($"test\u0001{field}\u0001{value}", () => query);
        Assert.True(matching.Cardinality > 0);

        var facets = FacetCounter.Count(searcher, matching, bundled.Content, Language.Fr, view.Index.Catalog, NodaTime.SystemClock.Instance.GetCurrentInstant());

        var collector = new FacetsCollector();
        searcher.Search(new ConstantScoreQuery(new BitsFilter(matching)), collector);
        var lucene = new SortedSetDocValuesFacetCounts(searcher.Facets!.State, collector);
        foreach (var (dimension, values) in new[]
        {
            (ListingFields.Basin, facets.Basin), (ListingFields.Commune, facets.Commune), (ListingFields.Sector, facets.Sector),
            (ListingFields.Need, facets.Need), (ListingFields.Language, facets.Language),
        })
        {
            var expected = lucene.GetTopChildren(1000, dimension)?.LabelValues.ToDictionary(v => v.Label, v => (int)v.Value) ?? [];
            Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), values.ToDictionary(v => v.Id, v => v.Count).OrderBy(e => e.Key, StringComparer.Ordinal));
        }
    }

    // The documents of a bit set, as a filter.
    private sealed class BitsFilter(FixedBitSet bits) : Filter
    {
        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
        {
            var own = new FixedBitSet(context.AtomicReader.MaxDoc);
            for (var doc = 0; doc < own.Length; doc++)
            {
                if (bits.Get(context.DocBase + doc) && (acceptDocs is null || acceptDocs.Get(doc))) own.Set(doc);
            }
            return own;
        }
    }
}
