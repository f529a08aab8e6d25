namespace Repertoire.Core.Alignment;

/// <summary>A postal address with optional coordinates (WGS84).</summary>
/// <param name="StreetFr">The French street name (Bruxelles-Social), or the only street name given.</param>
/// <param name="StreetNl">The Dutch street name, if given separately.</param>
/// <param name="Number">The house number as written, possibly with a range or a box.</param>
/// <param name="Box">The box when given separately.</param>
/// <param name="Postcode">The postcode.</param>
/// <param name="Municipality">The municipality name.</param>
/// <param name="Lat">Latitude.</param>
/// <param name="Lon">Longitude.</param>
public sealed record DirectoryAddress(
    string? StreetFr,
    string? StreetNl,
    string? Number,
    string? Box,
    string? Postcode,
    string? Municipality,
    double? Lat,
    double? Lon)
{
    /// <summary>The street names given, French then Dutch.</summary>
    public IEnumerable<string> Streets()
    {
        if (!string.IsNullOrWhiteSpace(StreetFr)) yield return StreetFr;
        if (!string.IsNullOrWhiteSpace(StreetNl) && StreetNl != StreetFr) yield return StreetNl;
    }

    /// <summary>One-line display form, "Rue Malibran 18 bte 4, 1050".</summary>
    public override string ToString()
    {
        var street = StreetFr ?? StreetNl ?? "";
        var number = Number ?? "";
        if (!string.IsNullOrWhiteSpace(Box)) number += " bte " + Box;
        return $"{street} {number}".Trim() + (string.IsNullOrWhiteSpace(Postcode) ? "" : ", " + Postcode);
    }
}
