using System.Runtime.CompilerServices;
using Repertoire.Core.Content;

namespace Repertoire.Web.Pages.Shared;

/// <summary>
/// How many listings offer each need, per basin, to the whole Region and in total, counting a listing under its needs
/// and their ancestors (once each), as the search's need filter does. Computed once per loaded content set.
/// </summary>
public sealed class NeedCounts
{
    private static readonly ConditionalWeakTable<ContentSet, NeedCounts> Cache = new();

    private readonly Dictionary<(string Need, string Basin), int> _perBasin = new();
    private readonly Dictionary<string, int> _total = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _regionWide = new(StringComparer.Ordinal);

    private NeedCounts(ContentSet content)
    {
        foreach (var organisation in content.Organisations)
        {
            // As the search index reads area_served: an area that is neither a commune nor a basin is the whole Region.
            var regionWide = organisation.AreaServed.Any(a => content.Territory.Commune(a) is null && content.Territory.Basin(a) is null);
            var needs = organisation.Needs.SelectMany(content.Taxonomy.SelfAndAncestors).ToHashSet(StringComparer.Ordinal);
            foreach (var need in needs)
            {
                _total[need] = _total.GetValueOrDefault(need) + 1;
                if (regionWide) _regionWide[need] = _regionWide.GetValueOrDefault(need) + 1;
                if (organisation.Site.Basin is { } basin)
                    _perBasin[(need, basin)] = _perBasin.GetValueOrDefault((need, basin)) + 1;
            }
        }
    }

    /// <summary>The counts of a content set.</summary>
    public static NeedCounts Of(ContentSet content) => Cache.GetValue(content, c => new NeedCounts(c));

    /// <summary>Listings offering a need (or one of its sub-needs) anywhere.</summary>
    public int Total(string need) => _total.GetValueOrDefault(need);

    /// <summary>Listings offering a need (or one of its sub-needs) to the whole Region (<c>area_served: [region]</c>),
    /// with or without a site in a basin: a helpline has none, so no basin column counts it.</summary>
    public int RegionWide(string need) => _regionWide.GetValueOrDefault(need);

    /// <summary>Listings offering a need (or one of its sub-needs) with their site in a basin.</summary>
    public int InBasin(string need, string basin) => _perBasin.GetValueOrDefault((need, basin));
}
