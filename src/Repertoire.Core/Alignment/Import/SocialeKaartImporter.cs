using System.Text.Json;
using static Repertoire.Core.Alignment.Import.JsonValues;

namespace Repertoire.Core.Alignment.Import;

/// <summary>Reads a De Sociale Kaart export: a page shaped like <c>GET /api/health-offers</c>,
/// <c>{"content": [...], "page": {...}}</c>.</summary>
public sealed class SocialeKaartImporter : ExportImporter
{
    private protected override string? ArrayProperty => "content";

    private protected override DirectoryRecord ReadRecord(JsonElement element)
    {
        var id = Property(element, "id") switch
        {
            { ValueKind: JsonValueKind.Object } o => Text(o, "id") ?? throw new FormatException("no id.id"),
            { ValueKind: JsonValueKind.String or JsonValueKind.Number } v => Text(v) ?? throw new FormatException("no id"),
            null => throw new FormatException("no id"),
            { } other => throw new FormatException($"id is {other.ValueKind.ToString().ToLowerInvariant()}"),
        };
        var names = new List<string>();
        if (Description(Property(element, "legalName")) is { } legal) names.Add(legal);
        foreach (var alternative in Items(Property(element, "alternativeNames")))
            if (Description(alternative) is { } name) names.Add(name);

        var addresses = new List<(bool Primary, DirectoryAddress Address)>();
        foreach (var address in Items(Property(element, "addresses")))
        {
            if (address.ValueKind != JsonValueKind.Object) continue;
            var location = Property(address, "location");
            var (lat, lon) = location is { } l ? Coordinates(Number(Property(l, "lat")), Number(Property(l, "lon"))) : (null, null);
            var street = Description(Path(address, "street", "name")) ?? Description(Property(address, "street"));
            var municipality = Property(address, "municipality");
            var postcode = municipality is { } m ? Text(m, "postalCode") : null;
            var entry = new DirectoryAddress(street, null, Text(address, "number"), Text(address, "box"), postcode,
                municipality is { } mm ? Description(Path(mm, "name")) : null, lat, lon);
            if (street is null && postcode is null && lat is null) continue;
            addresses.Add((Property(address, "primary") is { ValueKind: JsonValueKind.True }, entry));
        }

        var contact = Property(element, "contactInfo");
        var kbos = new List<string>();
        foreach (var data in Items(Property(element, "administrativeData")))
        {
            var type = Text(data, "type");
            if (type is not null && (type.Equals("CBE_ID", StringComparison.OrdinalIgnoreCase) || type.Equals("KBO", StringComparison.OrdinalIgnoreCase))
                && Text(data, "value") is { } value)
                kbos.Add(value);
        }

        return new DirectoryRecord(
            DirectorySource.SocialeKaart,
            id,
            Distinct(names),
            Distinct(kbos),
            addresses.OrderByDescending(a => a.Primary).Select(a => a.Address).ToList(),
            Distinct(ContactValues(contact, "phones")),
            Distinct(ContactValues(contact, "emails")),
            Distinct(ContactValues(contact, "websites")),
            null,
            Distinct(Items(Property(element, "activities")).Select(a => Description(Property(a, "name")) ?? Text(a)).OfType<string>()));
    }

    /// <summary>Sociale Kaart wraps texts as <c>{"description": "..."}</c>; a bare string is accepted too.</summary>
    private static string? Description(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Object } o ? Text(o, "description") : Text(element);

    // Primary values first: they are the ones the directory shows.
    private static IEnumerable<string> ContactValues(JsonElement? contact, string field) =>
        contact is { } c
            ? Items(Property(c, field))
                .Select(item => (Primary: Property(item, "primary") is { ValueKind: JsonValueKind.True }, Value: Text(item, "value") ?? Text(item)))
                .Where(x => x.Value is not null)
                .OrderByDescending(x => x.Primary)
                .Select(x => x.Value!)
            : [];
}
