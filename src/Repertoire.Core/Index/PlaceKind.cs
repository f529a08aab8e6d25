namespace Repertoire.Core.Index;

/// <summary>The kinds of place a query can name.</summary>
public enum PlaceKind
{
    /// <summary>One of the communes (or one of its postcodes).</summary>
    Commune,

    /// <summary>A basin (zorgzone).</summary>
    Basin,

    /// <summary>A social-health quartier.</summary>
    Quartier,
}
