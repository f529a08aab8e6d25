using System.Text.Json;
using Repertoire.Core.Alignment;
using Repertoire.Core.Alignment.Import;
using Repertoire.Core.Records;
using static Repertoire.Core.DirectoryImport.Mapping.RecordFields;

namespace Repertoire.Core.DirectoryImport.Mapping;

/// <summary>Reads a De Sociale Kaart health offer shaped like an item of <c>GET /api/health-offers</c> into a
/// <see cref="SourceRecord"/>; throws <see cref="FormatException"/> when the record is refused and
/// <see cref="InactiveRecordException"/> when the directory marks it inactive.</summary>
internal sealed class SocialeKaartRecordReader
{
    private readonly SocialeKaartImporter _alignment = new();

    public SourceRecord Read(JsonElement record)
    {
        if (record.ValueKind != JsonValueKind.Object)
            throw new FormatException($"expected an object, found {record.ValueKind.ToString().ToLowerInvariant()}");
        var alignment = _alignment.ReadOne(record);
        if (Text(record, "state") is { } state && !state.Equals("ACTIVE", StringComparison.OrdinalIgnoreCase))
            throw new InactiveRecordException(alignment.Id, $"state {state}: not an active offer");
        var warnings = new List<string>();

        var name = Description(record, "legalName") ?? throw new FormatException("no name (legalName is empty)");
        var alternatives = RecordFields.Array(record, "alternativeNames").Select(n => DescriptionOf(n, "alternativeNames")).OfType<string>();

        // The visiting address is the primary one; the directory may list postal addresses too.
        var addresses = RecordFields.Array(record, "addresses").ToList();
        if (addresses.Any(a => a.ValueKind != JsonValueKind.Object)) throw new FormatException("addresses holds something other than objects");
        var visit = addresses.FirstOrDefault(a => Boolean(a, "primary", "addresses.primary") == true);
        if (visit.ValueKind == JsonValueKind.Undefined && addresses.Count > 0) visit = addresses[0];
        string? street = null, number = null, postcode = null;
        var municipality = new List<string>();
        GeoCoordinates? coordinates = null;
        if (visit.ValueKind == JsonValueKind.Object)
        {
            street = Object(visit, "street", "addresses.street") is { } s ? Description(s, "name") : null;
            var house = TextOrNumber(visit, "number", "addresses.number");
            var box = TextOrNumber(visit, "box", "addresses.box");
            number = house is null ? null : box is null ? house : $"{house}/{box}";
            if (Object(visit, "municipality", "addresses.municipality") is { } m)
            {
                postcode = RecordChecks.Postcode(TextOrNumber(m, "postalCode", "addresses.municipality.postalCode"));
                if (Description(m, "name") is { } place) municipality.Add(place);
            }
            if (Object(visit, "location", "addresses.location") is { } location)
                coordinates = RecordChecks.Coordinates(Number(location, "lat", "addresses.location.lat"), Number(location, "lon", "addresses.location.lon"));
        }

        var contact = Object(record, "contactInfo");
        var kbos = RecordFields.Array(record, "administrativeData")
            .Where(d => d.ValueKind == JsonValueKind.Object && Text(d, "type", "administrativeData.type") is { } type
                && (type.Equals("CBE_ID", StringComparison.OrdinalIgnoreCase) || type.Equals("KBO", StringComparison.OrdinalIgnoreCase)))
            .Select(d => TextOrNumber(d, "value", "administrativeData.value")).OfType<string>();

        return new SourceRecord
        {
            Source = DirectorySource.SocialeKaart,
            Id = alignment.Id,
            Alignment = alignment,
            // De Sociale Kaart is the Dutch-speaking offer: its texts are Dutch.
            Name = new LocalizedText(null, name),
            AltNames = new LocalizedList([], RecordChecks.DistinctIgnoringCase(alternatives)),
            Street = new LocalizedText(null, street),
            Number = number,
            Postcode = postcode,
            Municipality = municipality,
            Coordinates = coordinates,
            Phones = RecordChecks.DistinctPhones(ContactValues(contact, "phones")),
            Emails = RecordChecks.DistinctIgnoringCase(ContactValues(contact, "emails")),
            Websites = RecordChecks.DistinctIgnoringCase(ContactValues(contact, "websites")),
            Kbo = RecordChecks.Kbo(kbos, warnings),
            Description = new LocalizedText(null, Description(record, "description")),
            Categories = RecordFields.Array(record, "activities").Select(a => a.ValueKind == JsonValueKind.Object
                    ? Description(a, "name") : DescriptionOf(a, "activities"))
                .OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            FieldWarnings = warnings,
        };
    }

    /// <summary>Sociale Kaart wraps texts as <c>{"description": "..."}</c>; a bare string is accepted too.</summary>
    private static string? Description(JsonElement parent, string field) =>
        Get(parent, field) is { } value ? DescriptionOf(value, field) : null;

    private static string? DescriptionOf(JsonElement value, string field) => value.ValueKind switch
    {
        JsonValueKind.Object => Text(value, "description", field + ".description"),
        JsonValueKind.String => Checked(field, value.GetString()),
        JsonValueKind.Null => null,
        _ => throw WrongType(field, value, "text"),
    };

    private static string? Checked(string field, string? text)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        CheckEncoding(field, text);
        return text;
    }

    // Primary values first: they are the ones the directory shows.
    private static IEnumerable<string> ContactValues(JsonElement? contact, string field)
    {
        if (contact is not { } c) return [];
        var values = new List<(bool Primary, string Value)>();
        foreach (var item in RecordFields.Array(c, field, "contactInfo." + field))
        {
            var value = item.ValueKind == JsonValueKind.Object ? TextOrNumber(item, "value", $"contactInfo.{field}.value") : null;
            if (item.ValueKind == JsonValueKind.String) value = Checked("contactInfo." + field, item.GetString());
            if (value is not null) values.Add((Boolean(item, "primary", $"contactInfo.{field}.primary") == true, value));
        }
        return values.OrderByDescending(v => v.Primary).Select(v => v.Value);
    }
}

/// <summary>A record the directory itself marks as no longer active.</summary>
internal sealed class InactiveRecordException(string id, string reason) : Exception(reason)
{
    public string Id { get; } = id;
}
