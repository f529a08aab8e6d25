namespace Repertoire.Web.Hsds;

/// <summary>An HSDS <c>taxonomy</c>: Repertoire has two, the sectors and the needs.</summary>
public sealed record HsdsTaxonomy
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public string? Version { get; init; }
}

/// <summary>An HSDS <c>taxonomy_term</c>: a sector or a need, in the language of the request.</summary>
public sealed record HsdsTaxonomyTerm
{
    public required Guid Id { get; init; }
    public string? Code { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public Guid? ParentId { get; init; }
    public string? Taxonomy { get; init; }
    public Guid? TaxonomyId { get; init; }
    public string? Language { get; init; }
}

/// <summary>An HSDS <c>attribute</c>: links a service to a taxonomy term.</summary>
public sealed record HsdsAttribute
{
    public required Guid Id { get; init; }
    public Guid? LinkId { get; init; }
    public Guid? TaxonomyTermId { get; init; }
    public string? LinkType { get; init; }
    public string? LinkEntity { get; init; }
    public HsdsTaxonomyTerm? TaxonomyTerm { get; init; }
}

/// <summary>The HSDS <c>Page</c> wrapper of every list response.</summary>
public sealed record HsdsPage<T>(
    int TotalItems,
    int TotalPages,
    int PageNumber,
    int Size,
    bool FirstPage,
    bool LastPage,
    bool Empty,
    IReadOnlyList<T> Contents)
{
    public static HsdsPage<T> Of(IReadOnlyList<T> all, int page, int perPage)
    {
        var totalPages = Math.Max(1, (all.Count + perPage - 1) / perPage);
        var contents = all.Skip((page - 1) * perPage).Take(perPage).ToList();
        return new HsdsPage<T>(all.Count, totalPages, page, contents.Count, page == 1, page >= totalPages, contents.Count == 0, contents);
    }
}

/// <summary>The answer of <c>GET /api/hsds/</c>.</summary>
public sealed record HsdsApiInfo(string Version, string Profile, string OpenapiUrl);
