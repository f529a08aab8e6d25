using System.Text.Json.Serialization;

namespace Repertoire.Web.Hsds;

/// <summary>An HSDS <c>location</c>: where a listing receives people.</summary>
public sealed record HsdsLocation
{
    public required Guid Id { get; init; }
    public required string LocationType { get; init; }
    public Guid? OrganizationId { get; init; }
    public string? Name { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public IReadOnlyList<HsdsAddress>? Addresses { get; init; }
    public IReadOnlyList<HsdsAccessibility>? Accessibility { get; init; }
}

/// <summary>An HSDS <c>accessibility</c>: what is stated about access for disabled people at the location.</summary>
public sealed record HsdsAccessibility
{
    public required Guid Id { get; init; }
    public Guid? LocationId { get; init; }
    public string? Description { get; init; }
    public string? Details { get; init; }
}

/// <summary>An HSDS <c>address</c> (country: ISO 3166-1 alpha-2).</summary>
public sealed record HsdsAddress
{
    public required Guid Id { get; init; }
    public Guid? LocationId { get; init; }
    [JsonPropertyName("address_1")]
    public required string Address1 { get; init; }
    public required string City { get; init; }
    public required string StateProvince { get; init; }
    public required string PostalCode { get; init; }
    public required string Country { get; init; }
    public required string AddressType { get; init; }
}
