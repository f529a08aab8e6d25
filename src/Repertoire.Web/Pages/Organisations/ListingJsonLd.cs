using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Repertoire.Core.Content;
using Repertoire.Core.Records;

namespace Repertoire.Web.Pages.Organisations;

/// <summary>
/// A listing as schema.org JSON-LD, for a <c>&lt;script type="application/ld+json"&gt;</c> data block. The encoder
/// escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so no content can close the element or open another.
/// </summary>
public static class ListingJsonLd
{
    // Keeps accented letters readable but, like every JavaScriptEncoder, always escapes HTML-sensitive characters.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The JSON-LD text of a listing.</summary>
    public static string Of(Organisation o, Details.Model listing, ContentSet content, Language lang, string url)
    {
        var commune = content.Territory.Commune(o.Site.Commune);
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Organization",
            ["@id"] = url,
            ["url"] = url,
            ["name"] = listing.Name,
        };
        if (listing.AltNames.Count > 0) json["alternateName"] = Array(listing.AltNames);
        if (listing.Summary is not null) json["description"] = listing.Summary;
        if (o.Site.StreetLine(lang) is { } street)
        {
            json["address"] = new JsonObject
            {
                ["@type"] = "PostalAddress",
                ["streetAddress"] = street,
                ["postalCode"] = o.Site.Postcode,
                ["addressLocality"] = commune?.Name.Get(lang),
                ["addressRegion"] = lang == Language.Nl ? "Brussels Hoofdstedelijk Gewest" : "Région de Bruxelles-Capitale",
                ["addressCountry"] = "BE",
            };
        }
        if (o.Coordinates is { Lat: var lat, Lon: var lon })
            json["geo"] = new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = lat, ["longitude"] = lon };
        if (o.Phones.Count > 0) json["telephone"] = Array(o.Phones);
        if (o.Emails.Count > 0) json["email"] = Array(o.Emails);
        if (o.Languages.Count > 0) json["knowsLanguage"] = Array(o.Languages);
        if (o.Kbo is not null && KboNumber.TryNormalise(o.Kbo, out var kbo))
            json["identifier"] = new JsonObject { ["@type"] = "PropertyValue", ["propertyID"] = "KBO/BCE", ["value"] = kbo };
        var sameAs = o.Websites.Where(Details.IsWebLink)
            .Concat(new[] { listing.BruxellesSocialUrl, listing.SocialeKaartUrl }.OfType<string>()).ToList();
        if (sameAs.Count > 0) json["sameAs"] = Array(sameAs);
        if (listing.Needs.Count > 0) json["knowsAbout"] = Array(listing.Needs.Select(n => n.Label));
        return json.ToJsonString(Options);
    }

    private static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
}
