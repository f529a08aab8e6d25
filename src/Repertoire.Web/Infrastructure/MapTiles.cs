namespace Repertoire.Web.Infrastructure;

/// <summary>
/// Where the maps' base layer comes from (<c>Repertoire:Map</c>): OpenStreetMap's standard tiles unless the operator
/// names another tile server, and where Leaflet lies in the web root (installed by the build from the npm registry,
/// never from a CDN). One home, read by the map markup and the CSP.
/// </summary>
public sealed class MapTiles
{
    /// <summary>OpenStreetMap's standard tile layer.</summary>
    public const string OpenStreetMapTemplate = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    /// <summary>Where OpenStreetMap's tile usage policy asks the attribution to link.</summary>
    public const string CopyrightUrl = "https://www.openstreetmap.org/copyright";

    /// <summary>The folder of leaflet.js, leaflet.css and images/ in the web root.</summary>
    public const string LeafletPath = "/lib/leaflet/";

    /// <summary>Leaflet's URL template for the tiles: https, one host, with <c>{z}</c>, <c>{x}</c> and <c>{y}</c>.</summary>
    public string TileUrl { get; set; } = OpenStreetMapTemplate;

    /// <summary>
    /// The attribution another tile server asks for, as plain text; null for OpenStreetMap's own ("© OpenStreetMap
    /// contributors" in the page's language, linked to its copyright page).
    /// </summary>
    public string? Attribution { get; set; }

    /// <summary>The tile server's origin: the only third party the pages load anything from (images only).</summary>
    public string Origin => new Uri(Placeheld(TileUrl)).GetLeftPart(UriPartial.Authority);

    /// <summary>Whether <see cref="TileUrl"/> is a template Leaflet and the CSP can use.</summary>
    public bool IsValid() =>
        TileUrl.Contains("{z}", StringComparison.Ordinal) && TileUrl.Contains("{x}", StringComparison.Ordinal)
        && TileUrl.Contains("{y}", StringComparison.Ordinal) && !TileUrl.Contains("{s}", StringComparison.Ordinal)
        && Uri.TryCreate(Placeheld(TileUrl), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;

    // The placeholders made into digits, so that the template parses as a URL.
    private static string Placeheld(string template) =>
        template.Replace("{z}", "0", StringComparison.Ordinal).Replace("{x}", "0", StringComparison.Ordinal)
            .Replace("{y}", "0", StringComparison.Ordinal).Replace("{r}", "", StringComparison.Ordinal);
}
