using System.Globalization;
using System.Text.Json;
using Repertoire.Core.Alignment;
using Repertoire.Core.Alignment.Import;
using Repertoire.Core.Alignment.Normalisation;
using Repertoire.Core.Records;
using static Repertoire.Core.DirectoryImport.Mapping.RecordFields;

namespace Repertoire.Core.DirectoryImport.Mapping;

/// <summary>Reads a Bruxelles-Social record shaped like <c>GET /rest/organisation/{id}</c> (see
/// docs/examples/alignment/README.md) into a <see cref="SourceRecord"/>; throws <see cref="FormatException"/> with
/// the reason when the record is refused.</summary>
internal sealed class BruxellesSocialRecordReader
{
    private readonly BruxellesSocialImporter _alignment = new();

    public SourceRecord Read(JsonElement record)
    {
        if (record.ValueKind != JsonValueKind.Object)
            throw new FormatException($"expected an object, found {record.ValueKind.ToString().ToLowerInvariant()}");
        var alignment = _alignment.ReadOne(record);
        var warnings = new List<string>();

        var name = new LocalizedText(Text(record, "nameOfficialFr"), Text(record, "nameOfficialNl"));
        if (name.IsEmpty) throw new FormatException("no name (nameOfficialFr and nameOfficialNl are empty)");
        var altFr = Texts(record, "nameAlternativeFr").Concat(Texts(record, "nameServiceFr")).Concat(Texts(record, "nameFormerFr"));
        var altNl = Texts(record, "nameAlternativeNl").Concat(Texts(record, "nameServiceNl")).Concat(Texts(record, "nameFormerNl"));

        var address = Object(record, "address");
        LocalizedText street = LocalizedText.Empty;
        string? number = null, postcode = null;
        var municipality = new List<string>();
        GeoCoordinates? coordinates = null;
        if (address is { } a)
        {
            street = new LocalizedText(Text(a, "streetFr", "address.streetFr"), Text(a, "streetNl", "address.streetNl"));
            number = Number(TextOrNumber(a, "number", "address.number"), TextOrNumber(a, "postalBox", "address.postalBox"));
            postcode = RecordChecks.Postcode(TextOrNumber(a, "zipCode", "address.zipCode"));
            municipality.AddRange(new[] { Text(a, "municipalityFr", "address.municipalityFr"), Text(a, "municipalityNl", "address.municipalityNl") }.OfType<string>());
            coordinates = RecordChecks.Coordinates(RecordFields.Number(a, "lat", "address.lat"), RecordFields.Number(a, "lon", "address.lon"));
            // Some exports keep only the Belgian Lambert 72 coordinates.
            if (coordinates is null && RecordFields.Number(a, "x", "address.x") is { } x and > 0 && RecordFields.Number(a, "y", "address.y") is { } y and > 0)
            {
                var (lat, lon) = Lambert72.ToWgs84(x, y);
                coordinates = RecordChecks.Coordinates(lat, lon);
            }
        }

        return new SourceRecord
        {
            Source = DirectorySource.BruxellesSocial,
            Id = alignment.Id,
            Alignment = alignment,
            Name = name,
            AltNames = new LocalizedList(RecordChecks.DistinctIgnoringCase(altFr), RecordChecks.DistinctIgnoringCase(altNl)),
            Street = street,
            Number = number,
            Postcode = postcode,
            Municipality = municipality,
            Coordinates = coordinates,
            Phones = RecordChecks.DistinctPhones(Texts(record, "telFr").Concat(Texts(record, "telNl"))),
            Emails = RecordChecks.DistinctIgnoringCase(Texts(record, "emailFr").Concat(Texts(record, "emailNl"))),
            Websites = RecordChecks.DistinctIgnoringCase(Texts(record, "websiteOfficialFr").Concat(Texts(record, "websiteOfficialNl"))),
            Kbo = RecordChecks.Kbo(Texts(record, "pmRp"), warnings),
            Hours = new LocalizedText(Text(record, "permanencyFr"), Text(record, "permanencyNl")),
            Access = new LocalizedList(Texts(record, "accessFr"), Texts(record, "accessNl")),
            Public = new LocalizedText(Text(record, "publicFr"), Text(record, "publicNl")),
            Description = new LocalizedText(Text(record, "descriptionFr") ?? Text(record, "activitiesFr"),
                Text(record, "descriptionNl") ?? Text(record, "activitiesNl")),
            // The directory's "false" is also what an unfilled form gives: only "true" is a statement.
            Interpreter = Boolean(record, "isInterpreting") == true ? true : null,
            Languages = Languages(Text(record, "langStatus"), warnings),
            Categories = Categories(record),
            LastUpdate = LastUpdate(Text(record, "lastUpdate"), warnings),
            FieldWarnings = warnings,
        };
    }

    private static string? Number(string? number, string? box) =>
        number is null ? null : box is null ? number : $"{number}/{box}";

    // langStatus is the linguistic regime of the service: "FR", "NL" or "FR-NL".
    private static List<string> Languages(string? status, List<string> warnings)
    {
        if (status is null) return [];
        var languages = new List<string>();
        foreach (var part in status.Split('-', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var code = part.ToLowerInvariant();
            if (code is "fr" or "nl" or "en" or "de") languages.Add(code);
            else warnings.Add($"languages: langStatus '{status}' not understood; left out");
        }
        return languages.Distinct().ToList();
    }

    // categoriesObject items are labelled objects in the API; plain strings are accepted too. Only labels are kept:
    // the mapping tables match them by label, in either language.
    private static List<string> Categories(JsonElement record)
    {
        var labels = new List<string>();
        foreach (var item in RecordFields.Array(record, "categoriesObject"))
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } s) labels.Add(s.Trim());
            else if (item.ValueKind == JsonValueKind.Object)
                labels.AddRange(new[] { Text(item, "labelFr", "categoriesObject.labelFr"), Text(item, "labelNl", "categoriesObject.labelNl"),
                    Text(item, "nameFr", "categoriesObject.nameFr"), Text(item, "nameNl", "categoriesObject.nameNl") }.OfType<string>().Take(1));
        }
        return labels.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    // lastUpdate is written dd/mm/yy.
    private static DateOnly? LastUpdate(string? text, List<string> warnings)
    {
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, ["dd/MM/yy", "dd/MM/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        warnings.Add($"lastUpdate: '{text}' is not a date (dd/mm/yy); left out");
        return null;
    }
}
