using NodaTime;

namespace Repertoire.Core.Records;

/// <summary>Where a listing receives people.</summary>
public sealed record Site(
    LocalizedText Street,
    string? Number,
    string? Postcode,
    string? Commune,
    string? Basin,
    string? Quartier)
{
    /// <summary>A listing with no known site.</summary>
    public static Site Unknown { get; } = new(LocalizedText.Empty, null, null, null, null, null);

    /// <summary>Extra fields of the site, kept as read.</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();

    /// <summary>"Street number" in a language, or null when the street is unknown.</summary>
    public string? StreetLine(Language language) =>
        Street.Get(language) is { } street ? (Number is null ? street : $"{street} {Number}") : null;
}

/// <summary>The ids of the same listing in the two official directories.</summary>
public sealed record ExternalIds(string? BruxellesSocial, string? SocialeKaart)
{
    /// <summary>No known external id.</summary>
    public static ExternalIds None { get; } = new(null, null);
}

/// <summary>
/// The official directories that no longer list an imported listing's record, each with the date it was first seen
/// gone (<c>no_longer_listed</c>, written by <c>repertoire import</c>). The listing is kept, not deleted: the
/// service may still exist, and visitors are told where the facts stopped being confirmed.
/// </summary>
public sealed record ListingWithdrawal(LocalDate? BruxellesSocial, LocalDate? SocialeKaart);

/// <summary>One listing of the directory: an organisation or service at one site.</summary>
public sealed record Organisation
{
    /// <summary>The id: the file name without <c>.md</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The official name per language (at least one).</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Acronyms, former names, names of the service.</summary>
    public LocalizedList AltNames { get; init; } = LocalizedList.Empty;

    /// <summary>The enterprise number as written in the file (any common spelling).</summary>
    public string? Kbo { get; init; }

    /// <summary>Sector ids.</summary>
    public IReadOnlyList<string> Sectors { get; init; } = [];

    /// <summary>Need ids.</summary>
    public IReadOnlyList<string> Needs { get; init; } = [];

    /// <summary>Where the listing receives people.</summary>
    public Site Site { get; init; } = Site.Unknown;

    /// <summary>Commune, basin or <c>region</c> ids; defaults to the site's commune.</summary>
    public IReadOnlyList<string> AreaServed { get; init; } = [];

    /// <summary>Phone numbers as written.</summary>
    public IReadOnlyList<string> Phones { get; init; } = [];

    /// <summary>E-mail addresses.</summary>
    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>Web sites.</summary>
    public IReadOnlyList<string> Websites { get; init; } = [];

    /// <summary>Languages help is offered in (ISO 639-1 codes).</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Whether an interpreter can be arranged (null: not stated).</summary>
    public bool? Interpreter { get; init; }

    /// <summary>Who the service is for (the target public).</summary>
    public LocalizedText Audience { get; init; } = LocalizedText.Empty;

    /// <summary>Who may come: residence, age, income or other conditions.</summary>
    public LocalizedText? Conditions { get; init; }

    /// <summary>What it costs (free, a fee, a contribution by income...).</summary>
    public LocalizedText? Cost { get; init; }

    /// <summary>Whether a referral by another professional is needed (null: not stated).</summary>
    public bool? ReferralRequired { get; init; }

    /// <summary>Opening hours: structured, or a free-text note from older files; null when not stated.</summary>
    public OpeningHours? Hours { get; init; }

    /// <summary>Step-free entrance, accessible toilet, hearing loop; null when not stated.</summary>
    public Accessibility? Accessibility { get; init; }

    /// <summary>How to get help (appointment, walk-in...).</summary>
    public LocalizedText Access { get; init; } = LocalizedText.Empty;

    /// <summary>Where the site is on a map (WGS84), checked to lie in the Region.</summary>
    public GeoPoint? Coordinates { get; init; }

    /// <summary>Ids in Bruxelles-Social and De Sociale Kaart.</summary>
    public ExternalIds External { get; init; } = ExternalIds.None;

    /// <summary>The directories that stopped listing this listing's record; null when none did.</summary>
    public ListingWithdrawal? NoLongerListed { get; init; }

    /// <summary>When the facts were last checked, and by whom (older files: <c>updated</c>).</summary>
    public Verification? Verified { get; init; }

    /// <summary>Where the facts come from (older files: a <c>source</c> list of addresses).</summary>
    public IReadOnlyList<Source> Sources { get; init; } = [];

    /// <summary>A remark for the editors; never public (not in the pages, the API or the HSDS view).</summary>
    public string? EditorNote { get; init; }

    /// <summary>The descriptions as Markdown, per language.</summary>
    public LocalizedText Description { get; init; } = LocalizedText.Empty;

    /// <summary>Front-matter fields outside the content format, kept as read (YAML scalars, lists, maps).</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();

    /// <summary>The file the listing was read from, relative to the content folder.</summary>
    public string SourcePath { get; init; } = "";

    /// <summary>The name shown in a language, falling back to the other.</summary>
    public string DisplayName(Language language) => Name.Get(language) ?? Id;
}
