namespace Repertoire.Web.Hsds;

/// <summary>An HSDS 3.0 <c>service</c>: what a listing offers. One per listing, at the listing's site.</summary>
public sealed record HsdsService
{
    public required Guid Id { get; init; }
    public Guid? OrganizationId { get; init; }
    public required string Name { get; init; }
    public string? AlternateName { get; init; }
    public string? Description { get; init; }
    public string? Url { get; init; }
    public string? Email { get; init; }
    public required string Status { get; init; }
    public string? InterpretationServices { get; init; }
    public string? ApplicationProcess { get; init; }
    public string? FeesDescription { get; init; }
    public string? EligibilityDescription { get; init; }
    public string? AssuredDate { get; init; }
    public string? LastModified { get; init; }
    public HsdsOrganization? Organization { get; init; }
    public IReadOnlyList<HsdsPhone>? Phones { get; init; }
    public IReadOnlyList<HsdsSchedule>? Schedules { get; init; }
    public IReadOnlyList<HsdsServiceArea>? ServiceAreas { get; init; }
    public IReadOnlyList<HsdsServiceAtLocation>? ServiceAtLocations { get; init; }
    public IReadOnlyList<HsdsLanguage>? Languages { get; init; }
    public IReadOnlyList<HsdsAttribute>? Attributes { get; init; }
}

/// <summary>An HSDS <c>phone</c>.</summary>
public sealed record HsdsPhone
{
    public required Guid Id { get; init; }
    public Guid? ServiceId { get; init; }
    public required string Number { get; init; }
    public string? Type { get; init; }
}

/// <summary>
/// An HSDS <c>schedule</c>: one weekly time range and the weekdays it applies to (<c>freq</c> WEEKLY, <c>byday</c>),
/// or, for hours kept as free text, only a <c>description</c>.
/// </summary>
public sealed record HsdsSchedule
{
    public required Guid Id { get; init; }
    public Guid? ServiceId { get; init; }
    public string? Freq { get; init; }
    public string? Wkst { get; init; }
    public string? Byday { get; init; }
    public string? OpensAt { get; init; }
    public string? ClosesAt { get; init; }
    public string? Description { get; init; }
    public string? Notes { get; init; }
}

/// <summary>An HSDS <c>service_area</c>: a commune, a basin or the whole region, described by name.</summary>
public sealed record HsdsServiceArea
{
    public required Guid Id { get; init; }
    public Guid? ServiceId { get; init; }
    public string? Name { get; init; }
    public string? Extent { get; init; }
    public string? ExtentType { get; init; }
}

/// <summary>An HSDS <c>language</c>: a language the service is delivered in (not the language of the text).</summary>
public sealed record HsdsLanguage
{
    public required Guid Id { get; init; }
    public Guid? ServiceId { get; init; }
    public string? Name { get; init; }
    public string? Code { get; init; }
}

/// <summary>An HSDS <c>service_at_location</c>: the service at the listing's site.</summary>
public sealed record HsdsServiceAtLocation
{
    public required Guid Id { get; init; }
    public Guid? ServiceId { get; init; }
    public Guid? LocationId { get; init; }
    public HsdsLocation? Location { get; init; }
}
