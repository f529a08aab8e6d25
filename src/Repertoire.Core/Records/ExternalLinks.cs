namespace Repertoire.Core.Records;

/// <summary>Public pages of a listing in the two official directories.</summary>
public static class ExternalLinks
{
    /// <summary>The listing's page on Bruxelles-Social (social.brussels in French, sociaal.brussels in Dutch).</summary>
    public static string? BruxellesSocial(ExternalIds ids, Language language) =>
        string.IsNullOrWhiteSpace(ids.BruxellesSocial) ? null
        : $"https://{(language == Language.Nl ? "sociaal" : "social")}.brussels/organisation/{Uri.EscapeDataString(ids.BruxellesSocial)}";

    /// <summary>The listing's leaflet on De Sociale Kaart.</summary>
    public static string? SocialeKaart(ExternalIds ids) =>
        string.IsNullOrWhiteSpace(ids.SocialeKaart) ? null
        : $"https://www.desocialekaart.be/api/leaflet/{Uri.EscapeDataString(ids.SocialeKaart)}";

    /// <summary>The site on OpenStreetMap: the point when coordinates are known, else a search for the address.</summary>
    public static string? OpenStreetMap(Site site, GeoPoint? coordinates, string? communeName)
    {
        if (coordinates is { Lat: var lat, Lon: var lon })
        {
            var (la, lo) = (lat.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture),
                lon.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture));
            return $"https://www.openstreetmap.org/?mlat={la}&mlon={lo}#map=18/{la}/{lo}";
        }
        var street = site.StreetLine(Language.Fr);
        if (street is null) return null;
        var query = string.Join(", ", new[] { street, $"{site.Postcode} {communeName}".Trim() }.Where(s => s.Length > 0));
        return $"https://www.openstreetmap.org/search?query={Uri.EscapeDataString(query)}";
    }
}
