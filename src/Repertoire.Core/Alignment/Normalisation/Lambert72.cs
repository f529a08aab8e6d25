namespace Repertoire.Core.Alignment.Normalisation;

/// <summary>Converts Belgian Lambert 72 coordinates (EPSG:31370, the <c>x</c>/<c>y</c> of Bruxelles-Social addresses)
/// to WGS84 latitude and longitude: inverse Lambert conic conformal (2SP) on the International 1924 ellipsoid,
/// then the BD72 → WGS84 seven-parameter Helmert shift (EPSG:15929, coordinate-frame rotation).
/// Used only when a record lacks lat/lon; accurate to a few metres over Brussels.</summary>
public static class Lambert72
{
    private const double A = 6378388.0;
    private const double F = 1 / 297.0;
    private const double FalseEasting = 150000.013;
    private const double FalseNorthing = 5400088.438;
    private static readonly double E2 = 2 * F - F * F;
    private static readonly double E = Math.Sqrt(E2);
    private static readonly double Lon0 = Radians(4 + 22 / 60.0 + 2.952 / 3600);
    private static readonly double N;
    private static readonly double AF;

    static Lambert72()
    {
        var phi1 = Radians(49 + 50 / 60.0 + 0.00204 / 3600);
        var phi2 = Radians(51 + 10 / 60.0 + 0.00204 / 3600);
        double m1 = M(phi1), m2 = M(phi2), t1 = T(phi1), t2 = T(phi2);
        N = (Math.Log(m1) - Math.Log(m2)) / (Math.Log(t1) - Math.Log(t2));
        AF = A * m1 / (N * Math.Pow(t1, N));
    }

    /// <summary>The WGS84 (latitude, longitude) in degrees of a Lambert 72 point in metres.</summary>
    public static (double Lat, double Lon) ToWgs84(double x, double y)
    {
        // r0 is 0: the latitude of origin is the pole.
        var dx = x - FalseEasting;
        var dy = FalseNorthing - y;
        var r = Math.Sqrt(dx * dx + dy * dy);
        var t = Math.Pow(r / AF, 1 / N);
        var lon = Math.Atan2(dx, dy) / N + Lon0;
        var lat = Math.PI / 2 - 2 * Math.Atan(t);
        for (var i = 0; i < 10; i++)
        {
            var s = E * Math.Sin(lat);
            lat = Math.PI / 2 - 2 * Math.Atan(t * Math.Pow((1 - s) / (1 + s), E / 2));
        }
        return Helmert(lat, lon);
    }

    private static (double Lat, double Lon) Helmert(double lat, double lon)
    {
        var sinLat = Math.Sin(lat);
        var nu = A / Math.Sqrt(1 - E2 * sinLat * sinLat);
        var x = nu * Math.Cos(lat) * Math.Cos(lon);
        var y = nu * Math.Cos(lat) * Math.Sin(lon);
        var z = nu * (1 - E2) * sinLat;

        const double tx = -106.8686, ty = 52.2978, tz = -103.7239;
        var rx = Radians(-0.3366 / 3600);
        var ry = Radians(0.457 / 3600);
        var rz = Radians(-1.8422 / 3600);
        const double scale = 1 - 1.2747e-6;
        // Coordinate-frame convention: the rotation matrix is the transpose of the position-vector one.
        var xw = tx + scale * (x + rz * y - ry * z);
        var yw = ty + scale * (-rz * x + y + rx * z);
        var zw = tz + scale * (ry * x - rx * y + z);

        const double a = 6378137.0, f = 1 / 298.257223563;
        var e2 = 2 * f - f * f;
        var p = Math.Sqrt(xw * xw + yw * yw);
        var phi = Math.Atan2(zw, p * (1 - e2));
        for (var i = 0; i < 10; i++)
        {
            var s = Math.Sin(phi);
            var n = a / Math.Sqrt(1 - e2 * s * s);
            phi = Math.Atan2(zw + e2 * n * s, p);
        }
        return (Degrees(phi), Degrees(Math.Atan2(yw, xw)));
    }

    private static double M(double phi) => Math.Cos(phi) / Math.Sqrt(1 - E2 * Math.Sin(phi) * Math.Sin(phi));

    private static double T(double phi)
    {
        var s = E * Math.Sin(phi);
        return Math.Tan(Math.PI / 4 - phi / 2) / Math.Pow((1 - s) / (1 + s), E / 2);
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;

    private static double Degrees(double radians) => radians * 180 / Math.PI;
}
