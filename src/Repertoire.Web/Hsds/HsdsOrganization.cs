namespace Repertoire.Web.Hsds;

/// <summary>An HSDS 3.0 <c>organization</c>: the list shape has the scalars only, the full shape the arrays too.</summary>
public sealed record HsdsOrganization
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public string? AlternateName { get; init; }
    public required string Description { get; init; }
    public string? Email { get; init; }
    public string? Website { get; init; }
    public IReadOnlyList<HsdsOrganizationIdentifier>? OrganizationIdentifiers { get; init; }
    public IReadOnlyList<HsdsLocation>? Locations { get; init; }
    public IReadOnlyList<HsdsPhone>? Phones { get; init; }
    public IReadOnlyList<HsdsService>? Services { get; init; }
}

/// <summary>A third-party id of an organisation: the KBO/BCE number, the ids in Bruxelles-Social and De Sociale Kaart.</summary>
public sealed record HsdsOrganizationIdentifier
{
    public required Guid Id { get; init; }
    public Guid? OrganizationId { get; init; }
    public string? IdentifierScheme { get; init; }
    public required string IdentifierType { get; init; }
    public required string Identifier { get; init; }
}
