using Repertoire.Core.Records;
using YamlDotNet.RepresentationModel;

namespace Repertoire.Core.Content;

/// <summary>Reads the referral facts of a listing: accessibility, coordinates, verification and sources.</summary>
internal static class ListingFactsReader
{
    public static Accessibility? ReadAccessibility(YamlFields f, YamlMappingNode map)
    {
        var node = YamlFields.Child(map, "accessibility");
        if (YamlFields.IsNull(node)) return null;
        if (node is not YamlMappingNode access)
        {
            f.Error(node, "accessibility", "expected step_free, accessible_toilet, hearing_loop (true or false) and a note");
            return null;
        }
        f.WarnUnknownKeys(access, "accessibility", "step_free", "accessible_toilet", "hearing_loop", "note");
        return new Accessibility(
            f.Bool(access, "step_free", "accessibility.step_free"),
            f.Bool(access, "accessible_toilet", "accessibility.accessible_toilet"),
            f.Bool(access, "hearing_loop", "accessibility.hearing_loop"))
        {
            Note = f.Text(access, "note", "accessibility.note"),
        };
    }

    /// <summary>
    /// <c>coordinates: {lat, lon}</c>, or the older <c>site.lat</c>/<c>site.lon</c>; checked against the Region's
    /// bounds from <c>territory.yml</c> when it gives them.
    /// </summary>
    public static GeoPoint? ReadCoordinates(YamlFields f, YamlMappingNode map, Territory territory)
    {
        var node = YamlFields.Child(map, "coordinates");
        var (holder, field) = (node as YamlMappingNode, "coordinates");
        if (YamlFields.IsNull(node))
        {
            // Older files put the point in the site.
            if (YamlFields.Child(map, "site") is not YamlMappingNode site
                || (YamlFields.Child(site, "lat") is null && YamlFields.Child(site, "lon") is null)) return null;
            (holder, field) = (site, "site");
        }
        else if (holder is null)
        {
            f.Error(node, "coordinates", "expected {lat: 50.85, lon: 4.35} (WGS84 degrees)");
            return null;
        }
        else f.WarnUnknownKeys(holder, "coordinates", "lat", "lon");

        var lat = f.Number(holder!, "lat", $"{field}.lat");
        var lon = f.Number(holder!, "lon", $"{field}.lon");
        if (lat is null || lon is null)
        {
            // A value that is not a number is reported by Number; a missing one is reported here.
            if (YamlFields.Child(holder!, "lat") is null || YamlFields.Child(holder!, "lon") is null)
                f.Error(holder, field, "give both lat and lon");
            return null;
        }
        if (lat is < -90 or > 90) f.Error(YamlFields.Child(holder!, "lat"), $"{field}.lat", "latitude out of range (-90 to 90)");
        if (lon is < -180 or > 180) f.Error(YamlFields.Child(holder!, "lon"), $"{field}.lon", "longitude out of range (-180 to 180)");
        var point = new GeoPoint(lat.Value, lon.Value);
        if (territory.RegionBounds is { } bounds && !bounds.Contains(point))
        {
            var hint = bounds.Contains(new GeoPoint(lon.Value, lat.Value)) ? " (lat and lon look swapped)" : "";
            f.Error(holder, field, FormattableString.Invariant(
                $"({lat}, {lon}) lies outside the Region (latitude {bounds.South} to {bounds.North}, longitude {bounds.West} to {bounds.East}){hint}"));
        }
        return point;
    }

    /// <summary><c>verified: {date, by}</c>, or the older <c>updated: YYYY-MM-DD</c>.</summary>
    public static Verification? ReadVerification(YamlFields f, YamlMappingNode map)
    {
        var node = YamlFields.Child(map, "verified");
        if (YamlFields.IsNull(node))
            return f.Date(map, "updated", "updated") is { } updated ? new Verification(updated, null) : null;
        if (YamlFields.Child(map, "updated") is { } legacy)
            f.Warning(legacy, "updated", "ignored: verified gives the date");
        if (node is YamlScalarNode)
            return f.Date(map, "verified", "verified") is { } date ? new Verification(date, null) : null;
        if (node is not YamlMappingNode verified)
        {
            f.Error(node, "verified", "expected {date: YYYY-MM-DD, by: \"who checked\"}");
            return null;
        }
        f.WarnUnknownKeys(verified, "verified", "date", "by");
        var when = f.Date(verified, "date", "verified.date");
        if (when is null && YamlFields.Child(verified, "date") is null)
            f.Error(verified, "verified.date", "the date of the check is required");
        return when is { } d ? new Verification(d, f.String(verified, "by", "verified.by")) : null;
    }

    /// <summary><c>sources</c> as {url or document, consulted}, plus the older <c>source</c> list of addresses.</summary>
    public static IReadOnlyList<Source> ReadSources(YamlFields f, YamlMappingNode map)
    {
        var sources = new List<Source>();
        foreach (var url in f.Strings(map, "source", "source"))
            if (CheckUrl(f, YamlFields.Child(map, "source"), "source", url)) sources.Add(new Source(url, null, null));

        var node = YamlFields.Child(map, "sources");
        if (YamlFields.IsNull(node)) return sources;
        if (node is not YamlSequenceNode list)
        {
            f.Error(node, "sources", "expected a list of {url, consulted} or {document, consulted}");
            return sources;
        }
        foreach (var item in list)
        {
            switch (item)
            {
                case YamlScalarNode { Value: { } url }:
                    if (CheckUrl(f, item, "sources", url.Trim())) sources.Add(new Source(url.Trim(), null, null));
                    break;
                case YamlMappingNode entry:
                    f.WarnUnknownKeys(entry, "sources", "url", "document", "consulted");
                    var address = f.String(entry, "url", "sources.url");
                    var document = f.String(entry, "document", "sources.document");
                    var consulted = f.Date(entry, "consulted", "sources.consulted");
                    if (address is null && document is null)
                        f.Error(entry, "sources", "each source needs a url or a document");
                    else if (address is null || CheckUrl(f, YamlFields.Child(entry, "url"), "sources.url", address))
                        sources.Add(new Source(address, document, consulted));
                    break;
                default:
                    f.Error(item, "sources", "expected {url, consulted} or {document, consulted}");
                    break;
            }
        }
        return sources;
    }

    private static bool CheckUrl(YamlFields f, YamlNode? node, string field, string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") return true;
        f.Error(node, field, $"'{url}' is not a web address (http or https)");
        return false;
    }
}
