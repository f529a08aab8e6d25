namespace Repertoire.Core.Index;

/// <summary>A place named in a query.</summary>
public sealed record PlaceRef(PlaceKind Kind, string Id);
