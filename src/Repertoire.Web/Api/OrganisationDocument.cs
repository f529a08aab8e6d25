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
    TextPair Hours,
    TextPair Access,
    TextPair Description,
    TextPair DescriptionHtml,
    ExternalDocument External,
    string? Updated,
    IReadOnlyDictionary<string, object?> Extra)
{
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
            TextPair.Of(o.Audience), TextPair.Of(o.Hours?.Note), TextPair.Of(o.Access),
            TextPair.Of(o.Description),
            new TextPair(Html(o.Description.Fr), Html(o.Description.Nl)),
            new ExternalDocument(
                o.External.BruxellesSocial is null ? null : new ExternalRef(o.External.BruxellesSocial, ExternalLinks.BruxellesSocial(o.External, lang)),
                o.External.SocialeKaart is null ? null : new ExternalRef(o.External.SocialeKaart, ExternalLinks.SocialeKaart(o.External))),
            o.Verified?.Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            o.Extra);
    }

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

/// <summary>An id in another directory and its public page.</summary>
public sealed record ExternalRef(string Id, string? Url);
