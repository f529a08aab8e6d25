using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>
/// A search as the API and the site ask for it: the user's text as typed, the interface language, filters
/// (OR within one kind, AND across kinds; a need filter includes its sub-needs) and the page wanted.
/// </summary>
public sealed record SearchQuery
{
    /// <summary>The text as typed; null or blank lists the filtered listings by name.</summary>
    public string? Text { get; init; }

    /// <summary>The interface language: results are shown in it and its fields weigh more.</summary>
    public Language Lang { get; init; } = Language.Fr;

    /// <summary>Basin ids.</summary>
    public IReadOnlyList<string> Basins { get; init; } = [];

    /// <summary>Commune ids.</summary>
    public IReadOnlyList<string> Communes { get; init; } = [];

    /// <summary>Sector ids.</summary>
    public IReadOnlyList<string> Sectors { get; init; } = [];

    /// <summary>Need ids; each includes its sub-needs.</summary>
    public IReadOnlyList<string> Needs { get; init; } = [];

    /// <summary>Languages help is offered in (ISO 639-1).</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Only listings open at <see cref="At"/> by their structured hours.</summary>
    public bool OpenNow { get; init; }

    /// <summary>Only listings with a step-free entrance.</summary>
    public bool Accessible { get; init; }

    /// <summary>
    /// The instant "open now" is evaluated at: the site passes its clock's, so that tests can fix it; null means the
    /// system clock's.
    /// </summary>
    public NodaTime.Instant? At { get; init; }

    /// <summary>1-based page.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Results per page, 1..100.</summary>
    public int PerPage { get; init; } = 20;

    /// <summary>The longest text accepted, in characters.</summary>
    public const int MaxTextLength = 500;

    /// <summary>The largest page size accepted.</summary>
    public const int MaxPerPage = 100;
}
