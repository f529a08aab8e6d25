namespace Repertoire.Core.Records;

/// <summary>The sectors and the tree of need categories.</summary>
public sealed class Taxonomy
{
    private readonly Dictionary<string, TaxonomyTerm> _sectors;
    private readonly Dictionary<string, TaxonomyTerm> _needs;
    private readonly Dictionary<string, List<TaxonomyTerm>> _children;

    /// <summary>Creates a taxonomy; need parents must be need ids.</summary>
    public Taxonomy(IReadOnlyList<TaxonomyTerm> sectors, IReadOnlyList<TaxonomyTerm> needs)
    {
        Sectors = sectors;
        Needs = needs;
        _sectors = sectors.DistinctBy(s => s.Id).ToDictionary(s => s.Id, StringComparer.Ordinal);
        _needs = needs.DistinctBy(n => n.Id).ToDictionary(n => n.Id, StringComparer.Ordinal);
        _children = needs.Where(n => n.Parent is not null)
            .GroupBy(n => n.Parent!)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    /// <summary>An empty taxonomy.</summary>
    public static Taxonomy Empty { get; } = new([], []);

    /// <summary>The sectors in file order.</summary>
    public IReadOnlyList<TaxonomyTerm> Sectors { get; }

    /// <summary>All need categories in file order.</summary>
    public IReadOnlyList<TaxonomyTerm> Needs { get; }

    /// <summary>The top-level needs (no parent).</summary>
    public IEnumerable<TaxonomyTerm> RootNeeds => Needs.Where(n => n.Parent is null);

    /// <summary>The sector with this id, or null.</summary>
    public TaxonomyTerm? Sector(string? id) => id is not null && _sectors.TryGetValue(id, out var s) ? s : null;

    /// <summary>The need with this id, or null.</summary>
    public TaxonomyTerm? Need(string? id) => id is not null && _needs.TryGetValue(id, out var n) ? n : null;

    /// <summary>The direct sub-needs of a need.</summary>
    public IReadOnlyList<TaxonomyTerm> ChildrenOf(string needId) =>
        _children.TryGetValue(needId, out var list) ? list : [];

    /// <summary>The need and all its descendants (a need filter includes its sub-needs).</summary>
    public IEnumerable<string> SelfAndDescendants(string needId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        stack.Push(needId);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            // The loader rejects cycles, but a guard costs nothing and keeps this total.
            if (!seen.Add(id)) continue;
            yield return id;
            foreach (var child in ChildrenOf(id)) stack.Push(child.Id);
        }
    }

    /// <summary>The need and its ancestors, nearest first (facet counts roll up the tree).</summary>
    public IEnumerable<string> SelfAndAncestors(string needId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var need = Need(needId); need is not null && seen.Add(need.Id); need = Need(need.Parent))
            yield return need.Id;
    }
}
