namespace Repertoire.Core.Records;

/// <summary>A "bassin d'aide et de soins" / "zorgzone".</summary>
public sealed record Basin(string Id, LocalizedText Name)
{
    /// <summary>Extra fields of the file, kept as read.</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();
}

/// <summary>One of the 19 communes, with the basins it lies in (Brussels-City lies in several).</summary>
public sealed record Commune(string Id, string? Nis, LocalizedText Name, IReadOnlyList<string> Postcodes, IReadOnlyList<string> Basins)
{
    /// <summary>Extra fields of the file, kept as read.</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();
}

/// <summary>A social-health quartier ("wijk") of a basin.</summary>
public sealed record Quartier(string Id, LocalizedText Name, string Basin, string? Commune)
{
    /// <summary>Extra fields of the file, kept as read.</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();
}

/// <summary>The region's territorial structure, as read from <c>territory.yml</c>.</summary>
public sealed class Territory
{
    private readonly Dictionary<string, Basin> _basins;
    private readonly Dictionary<string, Commune> _communes;
    private readonly Dictionary<string, Quartier> _quartiers;

    /// <summary>Creates a territory; ids must be unique within each list.</summary>
    public Territory(IReadOnlyList<Basin> basins, IReadOnlyList<Commune> communes, IReadOnlyList<Quartier> quartiers)
    {
        Basins = basins;
        Communes = communes;
        Quartiers = quartiers;
        _basins = basins.DistinctBy(b => b.Id).ToDictionary(b => b.Id, StringComparer.Ordinal);
        _communes = communes.DistinctBy(c => c.Id).ToDictionary(c => c.Id, StringComparer.Ordinal);
        _quartiers = quartiers.DistinctBy(q => q.Id).ToDictionary(q => q.Id, StringComparer.Ordinal);
    }

    /// <summary>An empty territory, used when <c>territory.yml</c> cannot be read.</summary>
    public static Territory Empty { get; } = new([], [], []);

    /// <summary>Top-level fields of <c>territory.yml</c> besides basins, communes and quartiers (such as <c>region</c>).</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();

    /// <summary>The Region's extent (<c>region.bounds</c>): listing coordinates must lie in it. Null: not checked.</summary>
    public GeoBounds? RegionBounds { get; init; }

    /// <summary>The basins in file order.</summary>
    public IReadOnlyList<Basin> Basins { get; }

    /// <summary>The communes in file order.</summary>
    public IReadOnlyList<Commune> Communes { get; }

    /// <summary>The known quartiers in file order.</summary>
    public IReadOnlyList<Quartier> Quartiers { get; }

    /// <summary>The basin with this id, or null.</summary>
    public Basin? Basin(string? id) => id is not null && _basins.TryGetValue(id, out var b) ? b : null;

    /// <summary>The commune with this id, or null.</summary>
    public Commune? Commune(string? id) => id is not null && _communes.TryGetValue(id, out var c) ? c : null;

    /// <summary>The quartier with this id, or null.</summary>
    public Quartier? Quartier(string? id) => id is not null && _quartiers.TryGetValue(id, out var q) ? q : null;

    /// <summary>The communes that lie (at least partly) in a basin.</summary>
    public IEnumerable<Commune> CommunesOf(string basinId) => Communes.Where(c => c.Basins.Contains(basinId));
}
