using System.Globalization;
using System.Text.Json.Nodes;
using Repertoire.Core.Alignment;
using Repertoire.Core.Content;
using Repertoire.Core.Records;

namespace Repertoire.Core.DirectoryImport.Mapping;

/// <summary>Maps one <see cref="SourceRecord"/> to the content format's fields (see docs/import.md for the table).</summary>
internal sealed class ContributionMapper(TerritoryPlacer places, CategoryMap categories)
{
    /// <summary>The mapped fields with what the mapping could not place.</summary>
    public sealed record Result(Contribution Contribution, IReadOnlyList<string> Warnings, IReadOnlyList<string> Unmapped);

    public Result Map(SourceRecord record)
    {
        var warnings = new List<string>(record.FieldWarnings);
        var unmapped = new List<string>();
        var f = new JsonObject();
        f["name"] = Localized(record.Name);
        if (!IsEmpty(record.AltNames)) f["alt_names"] = new JsonObject { ["fr"] = Strings(record.AltNames.Fr), ["nl"] = Strings(record.AltNames.Nl) };
        if (record.Kbo is { } kbo) f["kbo"] = KboNumber.Format(kbo);

        var needs = new List<string>();
        var sectors = new List<string>();
        var labels = record.Source == DirectorySource.BruxellesSocial && record.Alignment.LegalForm is { } legal
            ? record.Categories.Append(legal) : record.Categories;
        foreach (var label in labels)
        {
            switch (categories.Find(record.Source, label))
            {
                case null:
                    // A legal status is a hint, not a category: an unmapped one is not worth reporting.
                    if (label != record.Alignment.LegalForm || record.Categories.Contains(label)) unmapped.Add(label);
                    break;
                case { Ignore: true }:
                    break;
                case { } entry:
                    needs.AddRange(entry.Needs);
                    sectors.AddRange(entry.Sectors);
                    break;
            }
        }
        if (sectors.Count > 0) f["sectors"] = Strings(sectors.Distinct());
        if (needs.Count > 0) f["needs"] = Strings(needs.Distinct());

        var place = places.Locate(record);
        if (place.Warning is not null) warnings.Add("site: " + place.Warning);
        var site = new JsonObject();
        if (!record.Street.IsEmpty) site["street"] = Localized(record.Street);
        if (record.Number is { } number) site["number"] = number;
        if (record.Postcode is { } postcode) site["postcode"] = postcode;
        if (place.Commune is { } commune) site["commune"] = commune;
        if (place.Basin is { } basin) site["basin"] = basin;
        if (site.Count > 0) f["site"] = site;
        if (record.Coordinates is { } point)
            f["coordinates"] = new JsonObject { ["lat"] = Coordinate(point.Lat), ["lon"] = Coordinate(point.Lon) };

        if (record.Phones.Count > 0) f["phones"] = Strings(record.Phones);
        if (record.Emails.Count > 0) f["emails"] = Strings(record.Emails);
        if (record.Websites.Count > 0) f["websites"] = Strings(record.Websites);
        if (record.Languages.Count > 0) f["languages"] = Strings(record.Languages);
        if (record.Interpreter == true) f["interpreter"] = "true";
        if (!record.Public.IsEmpty) f["audience"] = Localized(record.Public);
        if (Hours(record.Hours) is { } hours) f["hours"] = hours;
        if (!IsEmpty(record.Access))
            f["access"] = Localized(new LocalizedText(Join(record.Access.Fr), Join(record.Access.Nl)));
        if (record.LastUpdate is { } date)
            f["verified"] = new JsonObject { ["date"] = Date(date), ["by"] = SourceName(record.Source) };

        var description = new JsonObject();
        if (record.Description.Fr is { } fr) description["fr"] = fr;
        if (record.Description.Nl is { } nl) description["nl"] = nl;
        return new Result(new Contribution(record.Source, record.Id, f, description), warnings, unmapped);
    }

    /// <summary>The directory's name as a verifier or source ("Bruxelles-Social", "De Sociale Kaart").</summary>
    public static string SourceName(DirectorySource source) =>
        source == DirectorySource.BruxellesSocial ? "Bruxelles-Social" : "De Sociale Kaart";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Structured when every text given states the same clear weekly pattern; otherwise the texts are the note.
    private static JsonObject? Hours(LocalizedText text)
    {
        if (text.IsEmpty) return null;
        var fr = OpeningHoursParser.Parse(text.Fr);
        var nl = OpeningHoursParser.Parse(text.Nl);
        var schedule = (text.Fr is null || fr is not null) && (text.Nl is null || nl is not null) && (fr is null || nl is null || fr.SameAs(nl))
            ? fr ?? nl : null;
        if (schedule is null) return new JsonObject { ["note"] = Localized(text) };
        var hours = new JsonObject();
        for (var day = 0; day < 7; day++)
            if (schedule.Ranges[day].Count > 0) hours[OpeningHoursParser.DayKeys[day]] = Strings(schedule.Ranges[day]);
        if (schedule.AppointmentOnly) hours["appointment_only"] = "true";
        // "Sur rendez-vous." alone gives no weekday, and a weekday left out is a closed day: the text stays as the
        // note so that the page says what the directory says.
        if (hours.Count == 1 && schedule.AppointmentOnly) hours["note"] = Localized(text);
        return hours;
    }

    private static string? Join(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join(", ", values);

    private static string Coordinate(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private static bool IsEmpty(LocalizedList list) => list.Fr.Count == 0 && list.Nl.Count == 0;

    internal static JsonObject Localized(LocalizedText text)
    {
        var o = new JsonObject();
        if (text.Fr is { } fr) o["fr"] = fr;
        if (text.Nl is { } nl) o["nl"] = nl;
        return o;
    }

    internal static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
}
