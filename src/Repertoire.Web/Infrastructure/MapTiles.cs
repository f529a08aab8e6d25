namespace Repertoire.Web.Infrastructure;

/// <summary>
/// Where the maps' base layer and library come from: OpenStreetMap's standard tiles, and Leaflet from the site's own web
/// root (installed by the build from the npm registry, never from a CDN). One home, read by the map markup and the CSP.
/// </summary>
public static class MapTiles
{
    /// <summary>The tile server's origin: the only third party the pages load anything from (images only).</summary>
    public const string Origin = "https://tile.openstreetmap.org";

    /// <summary>Leaflet's URL template for the tiles.</summary>
    public const string UrlTemplate = Origin + "/{z}/{x}/{y}.png";

    /// <summary>Where OpenStreetMap's tile usage policy asks the attribution to link.</summary>
    public const string CopyrightUrl = "https://www.openstreetmap.org/copyright";

    /// <summary>The folder of leaflet.js, leaflet.css and images/ in the web root.</summary>
    public const string LeafletPath = "/lib/leaflet/";
}
