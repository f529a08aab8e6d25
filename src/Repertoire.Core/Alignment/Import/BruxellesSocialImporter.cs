using System.Text.Json;
using Repertoire.Core.Alignment.Normalisation;
using static Repertoire.Core.Alignment.Import.JsonValues;

namespace Repertoire.Core.Alignment.Import;

/// <summary>Reads a Bruxelles-Social export: a JSON array of records shaped like <c>GET /rest/organisation/{id}</c>.</summary>
public sealed class BruxellesSocialImporter : ExportImporter
{
    private protected override string? ArrayProperty => null;

    private protected override DirectoryRecord ReadRecord(JsonElement element)
    {
        var id = Property(element, "id") switch
        {
            { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
            { ValueKind: JsonValueKind.String } s when !string.IsNullOrWhiteSpace(s.GetString()) => s.GetString()!.Trim(),
            null => throw new FormatException("no id"),
            { } other => throw new FormatException($"id is {other.ValueKind.ToString().ToLowerInvariant()}, not a number"),
        };
        var names = new List<string>();
        foreach (var field in new[] { "nameOfficialFr", "nameOfficialNl" })
            if (Text(element, field) is { } name) names.Add(name);
        foreach (var field in new[] { "nameAlternativeFr", "nameAlternativeNl", "nameServiceFr", "nameServiceNl", "nameFormerFr", "nameFormerNl" })
            names.AddRange(Texts(Property(element, field)));

        var addresses = new List<DirectoryAddress>();
        if (Property(element, "address") is { ValueKind: JsonValueKind.Object } address)
        {
            var (lat, lon) = Coordinates(Number(Property(address, "lat")), Number(Property(address, "lon")));
            // Some exports keep only the Lambert 72 coordinates.
            if (lat is null && Number(Property(address, "x")) is { } x && Number(Property(address, "y")) is { } y && x is > 0 and < 400_000 && y is > 0 and < 300_000)
                (lat, lon) = Lambert72.ToWgs84(x, y);
            var candidate = new DirectoryAddress(
                Text(address, "streetFr"), Text(address, "streetNl"), Text(address, "number"), Text(address, "postalBox"),
                Text(address, "zipCode"), Text(address, "municipalityFr") ?? Text(address, "municipalityNl"), lat, lon);
            if (candidate.StreetFr is not null || candidate.StreetNl is not null || candidate.Postcode is not null || lat is not null)
                addresses.Add(candidate);
        }

        return new DirectoryRecord(
            DirectorySource.BruxellesSocial,
            id,
            Distinct(names),
            Distinct(Texts(Property(element, "pmRp"))),
            addresses,
            Distinct(Texts(Property(element, "telFr")).Concat(Texts(Property(element, "telNl")))),
            Distinct(Texts(Property(element, "emailFr")).Concat(Texts(Property(element, "emailNl")))),
            Distinct(Texts(Property(element, "websiteOfficialFr")).Concat(Texts(Property(element, "websiteOfficialNl")))),
            Text(element, "legalStatus", "labelFr") ?? Text(element, "legalStatus", "labelNl"),
            Distinct(new[] { Text(element, "activitiesFr"), Text(element, "activitiesNl") }.OfType<string>()));
    }
}
