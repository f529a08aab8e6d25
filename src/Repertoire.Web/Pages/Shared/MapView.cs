using System.Text.Encodings.Web;
using System.Text.Json;
using Repertoire.Core.Records;
using Repertoire.Web.Localization;

namespace Repertoire.Web.Pages.Shared;

/// <summary>
/// A map of listings for <c>_Map.cshtml</c>: the pins as JSON for <c>wwwroot/js/map.js</c>, the region's label and
/// the tiles' attribution. The list or the facts stay the page's content; the map only repeats where they are, so a
/// page without JavaScript, without Leaflet or without tiles loses nothing.
/// </summary>
public sealed record MapView(string Label, string CssClass, string PinsJson, string AttributionHtml)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>One listing on the map; <paramref name="Url"/> is null for the listing of the page itself.</summary>
    public sealed record Pin(double Lat, double Lon, string Name, string? Url);

    /// <summary>The listing's point with its name, or null when it has no coordinates.</summary>
    public static Pin? PinOf(Organisation organisation, string name, string? url) =>
        organisation.Coordinates is { } point ? new Pin(point.Lat, point.Lon, name, url) : null;

    /// <summary>The map of a listing's page: its own pin.</summary>
    public static MapView? OfListing(Organisation organisation, string name, UiText text) =>
        Of([PinOf(organisation, name, url: null)], "map.listing", "listing__map", text);

    /// <summary>The map of a page of results: the pins of the listings on this page only, each linking to its page.</summary>
    public static MapView? OfResults(IEnumerable<Pin?> pins, UiText text) => Of(pins, "map.results", "results__map", text);

    // Null when no pin is left: then the page carries no map markup at all.
    private static MapView? Of(IEnumerable<Pin?> pins, string labelKey, string cssClass, UiText text)
    {
        var present = pins.OfType<Pin>().ToList();
        if (present.Count == 0) return null;
        return new MapView(text[labelKey], cssClass, JsonSerializer.Serialize(present, Json), AttributionOf(text));
    }

    /// <summary>The attribution the tile server asks for, as HTML: Leaflet sets it as markup, so the text is encoded.</summary>
    public string AttributionFor(Infrastructure.MapTiles tiles) =>
        tiles.Attribution is { } other ? HtmlEncoder.Default.Encode(other) : AttributionHtml;

    // OpenStreetMap's tile policy asks for "© OpenStreetMap contributors" linking to its copyright page; the words
    // are translated, the link is not.
    private static string AttributionOf(UiText text)
    {
        var link = $"<a href=\"{Infrastructure.MapTiles.CopyrightUrl}\">OpenStreetMap</a>";
        return HtmlEncoder.Default.Encode(text["map.attribution"]).Replace("[OSM]", link, StringComparison.Ordinal);
    }
}
