using System.Globalization;
using System.Net.Mail;
using Repertoire.Core.Content;
using NodaTime;
using Repertoire.Core.Records;
using Repertoire.Web.Localization;
using Repertoire.Web.Pages.Organisations;

namespace Repertoire.Web.Hsds;

/// <summary>
/// Maps Repertoire's listings and taxonomy to HSDS 3.0 objects in ONE language (HSDS has no translations): each
/// listing becomes an organization, one service and one location with the same stable UUIDs in both languages.
/// Texts missing in the language fall back to the other one, as on the site.
/// </summary>
public sealed class HsdsMapper(ContentSet content, Language lang)
{
    public const string SectorsTaxonomy = "sectors";
    public const string NeedsTaxonomy = "needs";

    public Language Lang => lang;

    public static Guid OrganizationId(string listingId) => HsdsIds.For("organization", listingId);
    public static Guid ServiceId(string listingId) => HsdsIds.For("service", listingId);
    public static Guid TaxonomyId(string taxonomy) => HsdsIds.For("taxonomy", taxonomy);
    public static Guid TermId(string taxonomy, string termId) => HsdsIds.For("taxonomy_term", $"{taxonomy}/{termId}");

    public HsdsOrganization Organization(Organisation o, bool full) => new()
    {
        Id = OrganizationId(o.Id),
        Name = o.DisplayName(lang),
        AlternateName = AlternateName(o),
        Description = Description(o),
        Email = o.Emails.FirstOrDefault(IsEmail),
        Website = o.Websites.Select(AsUri).FirstOrDefault(u => u is not null),
        OrganizationIdentifiers = full ? Identifiers(o) : null,
        Locations = full && Location(o) is { } location ? [location] : null,
        Services = full ? [Service(o, full: false, withOrganization: false)] : null,
    };

    public HsdsService Service(Organisation o, bool full, bool withOrganization = true)
    {
        var id = ServiceId(o.Id);
        var location = full ? Location(o) : null;
        return new HsdsService
        {
            Id = id,
            OrganizationId = OrganizationId(o.Id),
            Name = o.DisplayName(lang),
            AlternateName = AlternateName(o),
            Description = Description(o),
            Url = o.Websites.Select(AsUri).FirstOrDefault(u => u is not null),
            Email = o.Emails.FirstOrDefault(IsEmail),
            Status = "active",
            InterpretationServices = o.Interpreter == true ? UiText.For(lang)["facts.interpreter"] : null,
            ApplicationProcess = Join(o.Access.Get(lang), o.ReferralRequired switch
            {
                true => UiText.For(lang)["facts.referral"],
                false => UiText.For(lang)["facts.no_referral"],
                null => null,
            }),
            FeesDescription = o.Cost?.Get(lang),
            // Who the service is for, then who may come: HSDS has one field for both.
            EligibilityDescription = Join(o.Audience.Get(lang), o.Conditions?.Get(lang)),
            AssuredDate = o.Verified?.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            LastModified = o.Verified is { } verified ? verified.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z" : null,
            Organization = withOrganization ? Organization(o, full) with { Services = null } : null,
            Phones = full ? o.Phones.Select((p, i) => new HsdsPhone { Id = HsdsIds.For("phone", $"{o.Id}/{i}"), ServiceId = id, Number = p, Type = "voice" }).ToList() : null,
            Schedules = full ? Schedules(o, id) : null,
            ServiceAreas = full ? ServiceAreas(o, id) : null,
            ServiceAtLocations = location is null ? null :
                [new HsdsServiceAtLocation { Id = HsdsIds.For("service_at_location", o.Id), ServiceId = id, LocationId = location.Id, Location = location }],
            Languages = full ? o.Languages.Select(code => new HsdsLanguage
            {
                Id = HsdsIds.For("language", $"{o.Id}/{code}"), ServiceId = id, Code = code, Name = LanguageName(code),
            }).ToList() : null,
            Attributes = full ? Attributes(o, id) : null,
        };
    }

    public HsdsTaxonomy Taxonomy(string taxonomy) => taxonomy == SectorsTaxonomy
        ? new HsdsTaxonomy
        {
            Id = TaxonomyId(SectorsTaxonomy),
            Name = lang == Language.Nl ? "Sectoren" : "Secteurs",
            Description = lang == Language.Nl ? "De sectoren van de Brusselse sociale en gezondheidsdiensten." : "Les secteurs de l'aide sociale et de la santé à Bruxelles.",
        }
        : new HsdsTaxonomy
        {
            Id = TaxonomyId(NeedsTaxonomy),
            Name = lang == Language.Nl ? "Hulpvragen" : "Besoins",
            Description = lang == Language.Nl ? "Een boom van hulpvragen, met de woorden die professionals ervoor gebruiken." : "Un arbre des besoins, avec les mots que les professionnels emploient.",
        };

    public IReadOnlyList<HsdsTaxonomy> Taxonomies() => [Taxonomy(SectorsTaxonomy), Taxonomy(NeedsTaxonomy)];

    public IEnumerable<(string Taxonomy, TaxonomyTerm Term)> AllTerms() =>
        content.Taxonomy.Sectors.Select(s => (SectorsTaxonomy, s)).Concat(content.Taxonomy.Needs.Select(n => (NeedsTaxonomy, n)));

    public HsdsTaxonomyTerm Term(string taxonomy, TaxonomyTerm term) => new()
    {
        Id = TermId(taxonomy, term.Id),
        Code = term.Id,
        Name = term.Label.Get(lang) ?? term.Id,
        // The schema requires a description; the note tells look-alike terms apart, else the label stands for itself.
        Description = term.Note.Get(lang) ?? term.Label.Get(lang) ?? term.Id,
        ParentId = term.Parent is null ? null : TermId(taxonomy, term.Parent),
        Taxonomy = taxonomy,
        TaxonomyId = TaxonomyId(taxonomy),
        Language = lang.Code(),
    };

    /// <summary>The listing's terms: its sectors, its needs.</summary>
    public IEnumerable<Guid> TermIdsOf(Organisation o) =>
        o.Sectors.Select(s => TermId(SectorsTaxonomy, s)).Concat(o.Needs.Select(n => TermId(NeedsTaxonomy, n)));

    private IReadOnlyList<HsdsAttribute> Attributes(Organisation o, Guid serviceId)
    {
        var terms = o.Sectors.Select(s => (SectorsTaxonomy, content.Taxonomy.Sector(s)))
            .Concat(o.Needs.Select(n => (NeedsTaxonomy, content.Taxonomy.Need(n))));
        return terms.Where(t => t.Item2 is not null).Select(t =>
        {
            var term = Term(t.Item1, t.Item2!);
            return new HsdsAttribute
            {
                Id = HsdsIds.For("attribute", $"{o.Id}/{t.Item1}/{t.Item2!.Id}"),
                LinkId = serviceId,
                LinkEntity = "service",
                LinkType = t.Item1 == SectorsTaxonomy ? "sector" : "need",
                TaxonomyTermId = term.Id,
                TaxonomyTerm = term,
            };
        }).ToList();
    }

    private IReadOnlyList<HsdsOrganizationIdentifier> Identifiers(Organisation o)
    {
        var orgId = OrganizationId(o.Id);
        var list = new List<HsdsOrganizationIdentifier>();
        // Legal id first, then the regional directories' local ids (no org-id scheme exists for them).
        if (KboNumber.TryNormalise(o.Kbo, out var kbo))
            list.Add(new() { Id = HsdsIds.For("organization_identifier", $"{o.Id}/kbo"), OrganizationId = orgId, IdentifierScheme = "BE-BCE_KBO", IdentifierType = "KBO/BCE enterprise number", Identifier = kbo });
        if (!string.IsNullOrWhiteSpace(o.External.BruxellesSocial))
            list.Add(new() { Id = HsdsIds.For("organization_identifier", $"{o.Id}/bruxelles-social"), OrganizationId = orgId, IdentifierType = "Bruxelles-Social ID", Identifier = o.External.BruxellesSocial });
        if (!string.IsNullOrWhiteSpace(o.External.SocialeKaart))
            list.Add(new() { Id = HsdsIds.For("organization_identifier", $"{o.Id}/sociale-kaart"), OrganizationId = orgId, IdentifierType = "Sociale Kaart ID", Identifier = o.External.SocialeKaart });
        return list;
    }

    private HsdsLocation? Location(Organisation o)
    {
        if (o.Site == Site.Unknown) return null;
        var id = HsdsIds.For("location", o.Id);
        var commune = content.Territory.Commune(o.Site.Commune);
        var street = o.Site.StreetLine(lang);
        HsdsAddress[]? addresses = street is null || o.Site.Postcode is null ? null :
        [
            new HsdsAddress
            {
                Id = HsdsIds.For("address", o.Id),
                LocationId = id,
                Address1 = street,
                City = commune?.Name.Get(lang) ?? o.Site.Commune ?? "",
                StateProvince = lang == Language.Nl ? "Brussels Hoofdstedelijk Gewest" : "Région de Bruxelles-Capitale",
                PostalCode = o.Site.Postcode,
                Country = "BE",
                AddressType = "physical",
            },
        ];
        return new HsdsLocation
        {
            Id = id, LocationType = "physical", OrganizationId = OrganizationId(o.Id), Name = o.DisplayName(lang),
            Latitude = o.Coordinates?.Lat, Longitude = o.Coordinates?.Lon, Addresses = addresses,
            Accessibility = Accessibility(o, id),
        };
    }

    private IReadOnlyList<HsdsAccessibility>? Accessibility(Organisation o, Guid locationId)
    {
        var items = ListingFacts.AccessibilityItems(o.Accessibility, UiText.For(lang));
        var note = o.Accessibility?.Note.Get(lang);
        if (items.Count == 0 && note is null) return null;
        return
        [
            new HsdsAccessibility
            {
                Id = HsdsIds.For("accessibility", o.Id),
                LocationId = locationId,
                Description = items.Count > 0 ? string.Join(", ", items) : note,
                Details = items.Count > 0 ? note : null,
            },
        ];
    }

    /// <summary>
    /// Structured hours as one weekly schedule per time range, naming the weekdays that share it; free-text hours as a
    /// schedule with only a description. Times are Brussels wall-clock time without an offset: HSDS asks for one, but
    /// Brussels is UTC+1 in winter and UTC+2 in summer, and a weekly schedule spans both (so does <c>timezone</c>,
    /// a single number, which is left out for the same reason); the notes say whose time it is.
    /// </summary>
    private IReadOnlyList<HsdsSchedule> Schedules(Organisation o, Guid serviceId)
    {
        if (o.Hours is not { } hours) return [];
        var text = UiText.For(lang);
        var notes = new List<string>();
        if (hours.AppointmentOnly) notes.Add(text["facts.appointment"]);
        if (hours.ClosedOnPublicHolidays) notes.Add(text["facts.holidays"]);
        notes.AddRange(hours.Exceptions.OrderBy(e => e.Date).Select(e => ListingFacts.DateText(e.Date, lang) + (lang == Language.Nl ? ": " : " : ")
            + (e.Closed ? text["facts.closed_day"] : ListingFacts.RangesText(e.Ranges))));
        if (hours.Note.Get(lang) is { } note) notes.Add(note);
        if (!hours.IsStructured)
            return notes.Count == 0 ? [] : [new HsdsSchedule { Id = HsdsIds.For("schedule", o.Id), ServiceId = serviceId, Description = Sentences(notes) }];

        notes.Add(text["hsds.brussels_time"]);
        var culture = CultureInfo.GetCultureInfo(lang.Tag());
        return hours.Week
            .SelectMany(day => day.Value.Select(range => (Day: day.Key, Range: range)))
            .GroupBy(x => x.Range)
            .OrderBy(g => g.Min(x => x.Day)).ThenBy(g => g.Key.Start)
            .Select(g =>
            {
                var days = g.Select(x => x.Day).Distinct().Order().ToList();
                var range = g.Key;
                var written = range.ToString();
                var dayNames = string.Join(", ", days.Select(d => culture.DateTimeFormat.GetDayName(d == IsoDayOfWeek.Sunday ? DayOfWeek.Sunday : (DayOfWeek)(int)d)));
                return new HsdsSchedule
                {
                    Id = HsdsIds.For("schedule", $"{o.Id}/{range}"),
                    ServiceId = serviceId,
                    Freq = "WEEKLY",
                    Wkst = "MO",
                    Byday = string.Join(',', days.Select(ICalDay)),
                    OpensAt = range.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
                    // "24:00" is kept as written: HH:MM has no other way to say "until midnight".
                    ClosesAt = written[(written.IndexOf('-', StringComparison.Ordinal) + 1)..],
                    Description = char.ToUpper(dayNames[0], culture) + dayNames[1..]
                        + (lang == Language.Nl ? ": " : " : ") + ListingFacts.RangesText([range])
                        + (range.CrossesMidnight && range.End != LocalTime.Midnight ? " " + text["hsds.next_day"] : ""),
                    Notes = Sentences(notes),
                };
            }).ToList();
    }

    private static string ICalDay(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => "MO", IsoDayOfWeek.Tuesday => "TU", IsoDayOfWeek.Wednesday => "WE", IsoDayOfWeek.Thursday => "TH",
        IsoDayOfWeek.Friday => "FR", IsoDayOfWeek.Saturday => "SA", _ => "SU",
    };

    // "Sur rendez-vous. Fermé les jours fériés. Permanence le matin" from phrases with or without a final stop; the
    // last is left as written.
    private static string Sentences(IEnumerable<string> phrases)
    {
        var list = phrases.Select(p => p.TrimEnd()).Where(p => p.Length > 0).ToList();
        return string.Join(" ", list.Select((p, i) => i == list.Count - 1 || p[^1] is '.' or '!' or '?' or ')' ? p : p + "."));
    }

    private static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : $"{first.TrimEnd()} {second}";

    private IReadOnlyList<HsdsServiceArea> ServiceAreas(Organisation o, Guid serviceId)
    {
        // The area served as written; else the commune of the site; else its basin.
        var ids = o.AreaServed.Count > 0 ? o.AreaServed : o.Site.Commune is { } c ? [c] : o.Site.Basin is { } b ? [b] : [];
        var territory = content.Territory;
        return ids.Select(a => new HsdsServiceArea
        {
            Id = HsdsIds.For("service_area", $"{o.Id}/{a}"),
            ServiceId = serviceId,
            Name = a == "region" ? (lang == Language.Nl ? "Brussels Hoofdstedelijk Gewest" : "Région de Bruxelles-Capitale")
                : territory.Commune(a)?.Name.Get(lang) ?? territory.Basin(a)?.Name.Get(lang) ?? a,
        }).ToList();
    }

    private string? AlternateName(Organisation o)
    {
        var names = o.AltNames.In(lang).Count > 0 ? o.AltNames.In(lang) : o.AltNames.In(lang.Other());
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private string Description(Organisation o) => MarkdownRenderer.ToPlainText(o.Description.Get(lang));

    private static string? LanguageName(string code) => code switch
    {
        "fr" => "français", "nl" => "Nederlands", "en" => "English", "de" => "Deutsch", "ar" => "العربية",
        "es" => "español", "it" => "italiano", "pt" => "português", "tr" => "Türkçe", "ro" => "română", "pl" => "polski",
        _ => null,
    };

    private static bool IsEmail(string email) => MailAddress.TryCreate(email, out var parsed) && parsed.Address == email;

    private static string? AsUri(string website)
    {
        var candidate = website.Contains("://", StringComparison.Ordinal) ? website : "https://" + website;
        return Uri.TryCreate(candidate, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;
    }
}
