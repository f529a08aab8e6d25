namespace Repertoire.Core.Alignment.Matching;

/// <summary>Distances on the scale of a city.</summary>
public static class GeoDistance
{
    private const double EarthRadiusMetres = 6_371_000;

    /// <summary>The distance in metres between two WGS84 points (equirectangular approximation, exact to well
    /// under a metre over a few kilometres).</summary>
    public static double Metres(double lat1, double lon1, double lat2, double lon2)
    {
        var phi = (lat1 + lat2) / 2 * Math.PI / 180;
        var x = (lon2 - lon1) * Math.PI / 180 * Math.Cos(phi);
        var y = (lat2 - lat1) * Math.PI / 180;
        return Math.Sqrt(x * x + y * y) * EarthRadiusMetres;
    }
}
