using System.Globalization;
using System.Text.Json.Nodes;
using Repertoire.Benchmarks.Alignment;
using Repertoire.Core.Alignment;

namespace Repertoire.Benchmarks.DirectoryImport;

/// <summary>Writes the synthetic records of <see cref="SyntheticExports"/> as export files in the shapes of
/// docs/examples/alignment (a Bruxelles-Social array, a De Sociale Kaart page), with the fields the import maps:
/// opening hours, access, target public, languages, last update, activities. No real data.</summary>
public static class SyntheticDirectoryExports
{
    private static readonly (string Fr, string Nl)[] Hours =
    [
        ("Du lundi au vendredi de 9h à 12h et de 13h30 à 16h30.", "Van maandag tot vrijdag van 9u tot 12u en van 13u30 tot 16u30."),
        ("Lundi, mercredi et jeudi de 9h à 12h.", "Maandag, woensdag en donderdag van 9u tot 12u."),
        ("Sur rendez-vous.", "Op afspraak."),
        ("Tous les jours de 8h à 20h, sauf jours fériés.", "Elke dag van 8u tot 20u, behalve op feestdagen."),
    ];

    private static readonly string[] Activities =
        ["Wijkgezondheidscentra", "Lokale dienstencentra", "Voedselhulp", "Schuldbemiddeling", "Woonzorgcentra", "Dagcentra", "Jeugdhuizen"];

    // The municipality each postcode is written with; 1040 and 1050 alternate with Brussels-City.
    private static readonly Dictionary<string, string> Municipalities = new()
    {
        ["1000"] = "BRUXELLES", ["1020"] = "BRUXELLES", ["1120"] = "BRUXELLES", ["1130"] = "BRUXELLES", ["1030"] = "SCHAERBEEK",
        ["1040"] = "ETTERBEEK", ["1050"] = "IXELLES", ["1060"] = "SAINT-GILLES", ["1070"] = "ANDERLECHT", ["1080"] = "MOLENBEEK-SAINT-JEAN",
        ["1081"] = "KOEKELBERG", ["1082"] = "BERCHEM-SAINTE-AGATHE", ["1083"] = "GANSHOREN", ["1090"] = "JETTE", ["1140"] = "EVERE",
        ["1150"] = "WOLUWE-SAINT-PIERRE", ["1160"] = "AUDERGHEM", ["1170"] = "WATERMAEL-BOITSFORT", ["1180"] = "UCCLE", ["1190"] = "FOREST",
        ["1200"] = "WOLUWE-SAINT-LAMBERT", ["1210"] = "SAINT-JOSSE-TEN-NOODE",
    };

    /// <summary>Writes <c>bruxelles-social.json</c> and <c>sociale-kaart.json</c> of <paramref name="count"/> records each.</summary>
    public static (string BruxellesSocial, string SocialeKaart) Write(string folder, int count, int seed = 20261206)
    {
        Directory.CreateDirectory(folder);
        var (bs, sk) = SyntheticExports.Generate(count, seed);
        var random = new Random(seed);
        var bxl = new JsonArray();
        foreach (var record in bs)
        {
            var address = record.PrimaryAddress!;
            var hours = Hours[random.Next(Hours.Length)];
            var number = int.Parse(record.Id, CultureInfo.InvariantCulture);
            bxl.Add(new JsonObject
            {
                ["id"] = number,
                ["legalStatus"] = new JsonObject { ["id"] = 920, ["labelFr"] = "Association sans but lucratif (ASBL)", ["labelNl"] = "Vereniging zonder winstoogmerk (VZW)" },
                ["isInterpreting"] = random.NextDouble() < 0.05,
                ["address"] = new JsonObject
                {
                    ["lat"] = address.Lat, ["lon"] = address.Lon,
                    ["municipalityFr"] = Municipality(address.Postcode!, random),
                    ["streetFr"] = address.StreetFr, ["streetNl"] = address.StreetNl,
                    ["number"] = address.Number, ["postalBox"] = address.Box,
                    ["zipCode"] = int.Parse(address.Postcode!, CultureInfo.InvariantCulture),
                },
                ["categoriesObject"] = new JsonArray(),
                ["nameOfficialFr"] = record.Names[0],
                ["nameOfficialNl"] = record.Names.Count > 1 ? record.Names[1] : null,
                ["activitiesFr"] = "Accueil, information et accompagnement social du quartier.",
                ["activitiesNl"] = "Onthaal, informatie en sociale begeleiding in de wijk.",
                ["accessFr"] = new JsonArray("Sans rendez-vous"),
                ["accessNl"] = new JsonArray("Zonder afspraak"),
                ["permanencyFr"] = hours.Fr,
                ["permanencyNl"] = hours.Nl,
                ["publicFr"] = "Tout public",
                ["publicNl"] = "Iedereen",
                ["pmRp"] = Strings(record.Kbos),
                ["langStatus"] = random.NextDouble() < 0.5 ? "FR-NL" : "FR",
                ["lastUpdate"] = new DateOnly(2024, 1, 1).AddDays(random.Next(700)).ToString("dd/MM/yy", CultureInfo.InvariantCulture),
                ["telFr"] = Strings(record.Phones),
                ["emailFr"] = Strings(record.Emails),
                ["websiteOfficialFr"] = Strings(record.Websites),
            });
        }
        var offers = new JsonArray();
        foreach (var record in sk)
        {
            var address = record.PrimaryAddress!;
            offers.Add(new JsonObject
            {
                ["id"] = new JsonObject { ["id"] = record.Id, ["authenticSource"] = "SOCIALE_KAART" },
                ["legalName"] = new JsonObject { ["description"] = record.Names[0] },
                ["type"] = "ORGANISATION",
                ["state"] = "ACTIVE",
                ["verified"] = true,
                ["addresses"] = new JsonArray(new JsonObject
                {
                    ["primary"] = true,
                    ["street"] = new JsonObject { ["name"] = new JsonObject { ["description"] = address.StreetFr } },
                    ["number"] = address.Number,
                    ["municipality"] = new JsonObject { ["postalCode"] = address.Postcode, ["name"] = new JsonObject { ["description"] = Municipality(address.Postcode!, random) } },
                    ["location"] = address.Lat is { } lat && address.Lon is { } lon ? new JsonObject { ["lat"] = lat, ["lon"] = lon } : null,
                }),
                ["activities"] = new JsonArray(new JsonObject { ["name"] = new JsonObject { ["description"] = Activities[random.Next(Activities.Length)] } }),
                ["contactInfo"] = new JsonObject
                {
                    ["phones"] = new JsonArray(record.Phones.Select(p => (JsonNode?)new JsonObject { ["value"] = p, ["primary"] = true }).ToArray()),
                    ["emails"] = new JsonArray(record.Emails.Select(e => (JsonNode?)new JsonObject { ["value"] = e, ["primary"] = true }).ToArray()),
                    ["websites"] = new JsonArray(record.Websites.Select(w => (JsonNode?)new JsonObject { ["value"] = w, ["primary"] = true }).ToArray()),
                },
                ["administrativeData"] = new JsonArray(record.Kbos.Select(k => (JsonNode?)new JsonObject { ["type"] = "CBE_ID", ["value"] = k }).ToArray()),
            });
        }
        var page = new JsonObject
        {
            ["content"] = offers,
            ["page"] = new JsonObject { ["size"] = offers.Count, ["totalElements"] = offers.Count, ["totalPages"] = 1, ["number"] = 0 },
        };
        var bxlPath = Path.Combine(folder, "bruxelles-social.json");
        var skPath = Path.Combine(folder, "sociale-kaart.json");
        File.WriteAllText(bxlPath, bxl.ToJsonString());
        File.WriteAllText(skPath, page.ToJsonString());
        return (bxlPath, skPath);
    }

    /// <summary><c>generate-import-exports OUT [COUNT]</c>: writes the two files.</summary>
    public static int Generate(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: generate-import-exports OUT [COUNT]");
            return 2;
        }
        var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 4000;
        var (bxl, sk) = Write(args[0], count);
        Console.WriteLine($"{count} + {count} records: {bxl}, {sk}");
        return 0;
    }

    private static string Municipality(string postcode, Random random) =>
        postcode is "1040" or "1050" && random.NextDouble() < 0.3 ? "BRUXELLES" : Municipalities.GetValueOrDefault(postcode, "BRUXELLES");

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
}
