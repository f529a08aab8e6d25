using Repertoire.Core.Content;
using Repertoire.Core.Records;
using Repertoire.Web.Infrastructure;

namespace Repertoire.Web.Api;

/// <summary>The JSON of one listing: every field of the content format, in both languages.</summary>
public sealed record OrganisationDocument(
    string Id,
    string Lang,
    string DisplayName,
    string Url,
    TextPair Name,
    ListPair AltNames,
    string? Kbo,
    IReadOnlyList<TermRef> Sectors,
    IReadOnlyList<TermRef> Needs,
    SiteDocument Site,
    IReadOnlyList<PlaceRef> AreaServed,
    IReadOnlyList<string> Phones,
    IReadOnlyList<string> Emails,
    IReadOnlyList<string> Websites,
    IReadOnlyList<string> Languages,
    TextPair Audience,
    HoursDocument? Hours,
    TextPair Access,
    TextPair Description,
    TextPair DescriptionHtml,
    ExternalDocument External,
    string? Updated,
    IReadOnlyDictionary<string, object?> Extra)
{
    /// <summary>Step-free entrance, accessible toilet, hearing loop (null: not stated) and a note; null when nothing is stated.</summary>
    public AccessibilityDocument? Accessibility { get; init; }

    /// <summary>Whether an interpreter can be arranged; null when not stated.</summary>
    public bool? Interpreter { get; init; }

    /// <summary>Who may come.</summary>
    public TextPair Conditions { get; init; } = new(null, null);

    /// <summary>What it costs.</summary>
    public TextPair Cost { get; init; } = new(null, null);

    /// <summary>Whether a professional's referral is needed; null when not stated.</summary>
    public bool? ReferralRequired { get; init; }

    /// <summary>The last check: its date and who made it; null when never checked.</summary>
    public VerifiedDocument? Verified { get; init; }

    /// <summary>Where the facts come from, each with the date it was consulted.</summary>
    public IReadOnlyList<SourceDocument> Sources { get; init; } = [];

    /// <summary>Since when each directory no longer lists the record; null while both still do (or it was never imported).</summary>
    public WithdrawalDocument? NoLongerListed { get; init; }

    public static OrganisationDocument From(Organisation o, ContentSet content, Language lang)
    {
        var territory = content.Territory;
        var commune = territory.Commune(o.Site.Commune);
        var basinId = o.Site.Basin ?? (commune?.Basins.Count == 1 ? commune.Basins[0] : null);
        var basin = territory.Basin(basinId);
        var quartier = territory.Quartier(o.Site.Quartier);
        return new OrganisationDocument(
            o.Id,
            lang.Code(),
            o.DisplayName(lang),
            LocalizedRoutes.ListingPath(o.Id, lang),
            TextPair.Of(o.Name),
            new ListPair(o.AltNames.Fr, o.AltNames.Nl),
            KboNumber.TryNormalise(o.Kbo, out var kbo) ? KboNumber.Format(kbo) : o.Kbo,
            o.Sectors.Select(s => new TermRef(s, TextPair.Of(content.Taxonomy.Sector(s)?.Label))).ToList(),
            o.Needs.Select(n => new TermRef(n, TextPair.Of(content.Taxonomy.Need(n)?.Label))).ToList(),
            new SiteDocument(
                TextPair.Of(o.Site.Street), o.Site.Number, o.Site.Postcode,
                commune is null ? null : new PlaceRef(commune.Id, "commune", TextPair.Of(commune.Name)),
                basin is null ? null : new PlaceRef(basin.Id, "basin", TextPair.Of(basin.Name)),
                quartier is null ? null : new PlaceRef(quartier.Id, "quartier", TextPair.Of(quartier.Name)),
                o.Coordinates?.Lat, o.Coordinates?.Lon),
            AreaServedOf(o, territory),
            o.Phones, o.Emails, o.Websites, o.Languages,
            TextPair.Of(o.Audience), HoursDocument.Of(o.Hours), TextPair.Of(o.Access),
            TextPair.Of(o.Description),
            new TextPair(Html(o.Description.Fr), Html(o.Description.Nl)),
            new ExternalDocument(
                o.External.BruxellesSocial is null ? null : new ExternalRef(o.External.BruxellesSocial, ExternalLinks.BruxellesSocial(o.External, lang)),
                o.External.SocialeKaart is null ? null : new ExternalRef(o.External.SocialeKaart, ExternalLinks.SocialeKaart(o.External))),
            o.Verified?.Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            o.Extra)
        {
            Accessibility = o.Accessibility is { } a ? new AccessibilityDocument(a.StepFree, a.AccessibleToilet, a.HearingLoop, TextPair.Of(a.Note)) : null,
            Interpreter = o.Interpreter,
            Conditions = TextPair.Of(o.Conditions),
            Cost = TextPair.Of(o.Cost),
            ReferralRequired = o.ReferralRequired,
            Verified = o.Verified is { } v ? new VerifiedDocument(Date(v.Date), v.By) : null,
            Sources = o.Sources.Select(x => new SourceDocument(x.Url, x.Document, x.Consulted is { } d ? Date(d) : null)).ToList(),
            NoLongerListed = o.NoLongerListed is { } gone
                ? new WithdrawalDocument(gone.BruxellesSocial is { } b ? Date(b) : null, gone.SocialeKaart is { } k ? Date(k) : null)
                : null,
        };
    }

    private static string Date(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string? Html(string? markdown) => string.IsNullOrWhiteSpace(markdown) ? null : MarkdownRenderer.ToHtml(markdown);

    private static IReadOnlyList<PlaceRef> AreaServedOf(Organisation o, Territory territory)
    {
        var ids = o.AreaServed.Count > 0 ? o.AreaServed : o.Site.Commune is { } c ? [c] : [];
        return ids.Select(id =>
            id == "region" ? new PlaceRef(id, "region", new TextPair("Région de Bruxelles-Capitale", "Brussels Hoofdstedelijk Gewest"))
            : territory.Commune(id) is { } commune ? new PlaceRef(id, "commune", TextPair.Of(commune.Name))
            : territory.Basin(id) is { } basin ? new PlaceRef(id, "basin", TextPair.Of(basin.Name))
            : new PlaceRef(id, "unknown", new TextPair(null, null))).ToList();
    }
}

/// <summary>A text in French and in Dutch; either may be null.</summary>
public sealed record TextPair(string? Fr, string? Nl)
{
    public static TextPair Of(LocalizedText? text) => new(text?.In(Language.Fr), text?.In(Language.Nl));
}

/// <summary>
/// Opening hours as the content format writes them: per weekday (<c>monday</c>..<c>sunday</c>) its ranges
/// (<c>HH:mm-HH:mm</c>, Brussels time; an end before the start crosses midnight), the flags, the dated exceptions and
/// the note. A file with free-text hours only has an empty <c>week</c> and its text as the note.
/// </summary>
public sealed record HoursDocument(
    IReadOnlyDictionary<string, IReadOnlyList<string>> Week,
    bool AppointmentOnly,
    bool ClosedOnPublicHolidays,
    IReadOnlyList<HoursExceptionDocument> Exceptions,
    TextPair Note)
{
    public static HoursDocument? Of(OpeningHours? hours) => hours is null ? null : new(
        hours.Week.OrderBy(d => d.Key).ToDictionary(d => d.Key.ToString().ToLowerInvariant(), d => (IReadOnlyList<string>)d.Value.Select(r => r.ToString()).ToList()),
        hours.AppointmentOnly,
        hours.ClosedOnPublicHolidays,
        hours.Exceptions.OrderBy(e => e.Date).Select(e => new HoursExceptionDocument(
            e.Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture), e.Closed, e.Ranges.Select(r => r.ToString()).ToList())).ToList(),
        TextPair.Of(hours.Note));
}

/// <summary>A dated exception to the week: closed, or open with other ranges.</summary>
public sealed record HoursExceptionDocument(string Date, bool Closed, IReadOnlyList<string> Ranges);

/// <summary>What is stated about access for disabled people.</summary>
public sealed record AccessibilityDocument(bool? StepFree, bool? AccessibleToilet, bool? HearingLoop, TextPair Note);

/// <summary>The last check of a listing.</summary>
public sealed record VerifiedDocument(string Date, string? By);

/// <summary>A source: a web address or a document's title, and the date it was consulted (YYYY-MM-DD), if known.</summary>
public sealed record SourceDocument(string? Url, string? Document, string? Consulted);

/// <summary>Lists of words per language.</summary>
public sealed record ListPair(IReadOnlyList<string> Fr, IReadOnlyList<string> Nl);

/// <summary>A sector or need by id, with its labels.</summary>
public sealed record TermRef(string Id, TextPair Label);

/// <summary>A region, basin, commune or quartier by id, with its names.</summary>
public sealed record PlaceRef(string Id, string Kind, TextPair Name);

/// <summary>Where the listing receives people.</summary>
public sealed record SiteDocument(TextPair Street, string? Number, string? Postcode, PlaceRef? Commune, PlaceRef? Basin, PlaceRef? Quartier, double? Lat, double? Lon);

/// <summary>The listing's ids in the two official directories.</summary>
public sealed record ExternalDocument(ExternalRef? BruxellesSocial, ExternalRef? SocialeKaart);

/// <summary>Since when each directory no longer lists the listing's record (YYYY-MM-DD), null for one that still does.</summary>
public sealed record WithdrawalDocument(string? BruxellesSocial, string? SocialeKaart);

/// <summary>An id in another directory and its public page.</summary>
public sealed record ExternalRef(string Id, string? Url);
