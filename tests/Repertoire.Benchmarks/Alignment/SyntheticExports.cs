using System.Globalization;
using Repertoire.Core.Alignment;

namespace Repertoire.Benchmarks.Alignment;

/// <summary>A deterministic generator of two directory exports of Brussels-like records: organisations with one
/// or several sites, names built from service types in French and Dutch plus a made-up proper name, bilingual
/// street pairs, the 19 communes' postcodes, valid KBO numbers, and the perturbations the real directories
/// show (phone spellings, translated street names, boxes, jittered coordinates, missing fields, legal forms).
/// No real data: names, numbers and streets are generated.</summary>
public static class SyntheticExports
{
    private static readonly (string Fr, string Nl)[] Types =
    [
        ("Maison médicale", "Wijkgezondheidscentrum"), ("CPAS - Antenne", "OCMW - Antenne"),
        ("Service de santé mentale", "Centrum voor geestelijke gezondheidszorg"), ("Centre de planning familial", "Centrum voor gezinsplanning"),
        ("Épicerie sociale", "Sociale kruidenier"), ("Maison de repos", "Woonzorgcentrum"), ("Centre de jour", "Dagcentrum"),
        ("Restaurant social", "Sociaal restaurant"), ("Agence immobilière sociale", "Sociaal verhuurkantoor"),
        ("Médiation de dettes", "Schuldbemiddeling"), ("Centre de services local", "Lokaal dienstencentrum"),
        ("Maison de jeunes", "Jeugdhuis"), ("Centre d'alphabétisation", "Alfabetiseringscentrum"),
    ];

    private static readonly (string Fr, string Nl)[] StreetTypes =
        [("Rue", "straat"), ("Avenue", "laan"), ("Chaussée de", "steenweg"), ("Place", "plein"), ("Boulevard", "laan")];

    private static readonly string[] Postcodes =
        ["1000", "1020", "1030", "1040", "1050", "1060", "1070", "1080", "1081", "1082", "1083", "1090", "1120", "1130", "1140", "1150", "1160", "1170", "1180", "1190", "1200", "1210"];

    private static readonly string[] Syllables =
        ["ka", "lo", "mi", "ra", "ve", "to", "nu", "sel", "bra", "dor", "fin", "gal", "hem", "jor", "kel", "lin", "mar", "nor", "pel", "quin", "ros", "sta", "tur", "val", "wen", "zor"];

    /// <summary>Two exports of <paramref name="count"/> records each; about 60% of the sites are in both.</summary>
    public static (IReadOnlyList<DirectoryRecord> BruxellesSocial, IReadOnlyList<DirectoryRecord> SocialeKaart) Generate(int count, int seed = 20261202)
    {
        var random = new Random(seed);
        var streets = Enumerable.Range(0, Math.Max(50, count / 4)).Select(_ => Street(random)).ToArray();
        var bs = new List<DirectoryRecord>(count);
        var sk = new List<DirectoryRecord>(count);
        var organisation = 0;
        while (bs.Count < count || sk.Count < count)
        {
            organisation++;
            var type = Types[random.Next(Types.Length)];
            var proper = Word(random, 2 + random.Next(2));
            var kbo = Kbo(random);
            var domain = proper.ToLowerInvariant() + "-" + organisation.ToString(CultureInfo.InvariantCulture) + ".example";
            var sites = random.NextDouble() < 0.15 ? 2 + random.Next(8) : 1;
            for (var site = 0; site < sites; site++)
            {
                var siteName = sites > 1 ? " " + Word(random, 2) : "";
                var street = streets[random.Next(streets.Length)];
                var number = (1 + random.Next(300)).ToString(CultureInfo.InvariantCulture);
                var postcode = Postcodes[random.Next(Postcodes.Length)];
                var lat = 50.79 + random.NextDouble() * 0.11;
                var lon = 4.28 + random.NextDouble() * 0.17;
                var phone = $"02/{random.Next(200, 800)}.{random.Next(10, 100)}.{random.Next(10, 100)}";
                var email = $"info{site}@{domain}";
                var inBs = random.NextDouble() < 0.8;
                var inSk = random.NextDouble() < (inBs ? 0.75 : 1.0);
                if (inBs && bs.Count < count)
                {
                    bs.Add(new DirectoryRecord(DirectorySource.BruxellesSocial, (10000 + bs.Count).ToString(CultureInfo.InvariantCulture),
                        [$"{type.Fr} {proper}{siteName}" + (random.NextDouble() < 0.5 ? " ASBL" : ""), $"{type.Nl} {proper}{siteName}"],
                        random.NextDouble() < 0.7 ? [Kbo(kbo, random)] : [],
                        [new DirectoryAddress(street.Fr, random.NextDouble() < 0.85 ? street.Nl : null, number, random.NextDouble() < 0.2 ? "2" : null, postcode, null, lat, lon)],
                        [phone], random.NextDouble() < 0.8 ? [email] : [], [$"http://www.{domain}"]));
                }
                if (inSk && sk.Count < count)
                {
                    sk.Add(new DirectoryRecord(DirectorySource.SocialeKaart, Guid(random),
                        [$"{type.Nl} {proper}{siteName}" + (random.NextDouble() < 0.3 ? " vzw" : "")],
                        random.NextDouble() < 0.6 ? [kbo.Replace(".", "", StringComparison.Ordinal)] : [],
                        [new DirectoryAddress(random.NextDouble() < 0.85 ? street.Nl : street.Fr, null, number + (random.NextDouble() < 0.2 ? " bus 2" : ""), null, postcode, null,
                            random.NextDouble() < 0.8 ? lat + (random.NextDouble() - 0.5) * 0.001 : null, lon + (random.NextDouble() - 0.5) * 0.001)],
                        random.NextDouble() < 0.9 ? [PhoneVariant(phone, random)] : [],
                        random.NextDouble() < 0.6 ? [email] : [], random.NextDouble() < 0.7 ? [$"https://{domain}/nl"] : []));
                }
            }
        }
        return (bs, sk);
    }

    private static (string Fr, string Nl) Street(Random random)
    {
        var type = StreetTypes[random.Next(StreetTypes.Length)];
        var name = Word(random, 2 + random.Next(2));
        return ($"{type.Fr} {name}", $"{name}{type.Nl}");
    }

    private static string Word(Random random, int syllables)
    {
        var word = string.Concat(Enumerable.Range(0, syllables).Select(_ => Syllables[random.Next(Syllables.Length)]));
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    private static string Kbo(Random random)
    {
        var body = random.Next(2_000_000, 99_999_999);
        var ten = body.ToString("D8", CultureInfo.InvariantCulture) + (97 - body % 97).ToString("D2", CultureInfo.InvariantCulture);
        return $"{ten[..4]}.{ten[4..7]}.{ten[7..]}";
    }

    private static string Kbo(string dotted, Random random) => random.Next(3) switch
    {
        0 => dotted,
        1 => "BE" + dotted.Replace(".", "", StringComparison.Ordinal),
        _ => dotted.Replace(".", " ", StringComparison.Ordinal),
    };

    private static string PhoneVariant(string phone, Random random)
    {
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return random.Next(3) switch
        {
            0 => "+32 " + digits[1] + " " + digits[2..5] + " " + digits[5..7] + " " + digits[7..],
            1 => "0032 " + digits[1..],
            _ => phone.Replace('/', ' ').Replace('.', ' '),
        };
    }

    private static string Guid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new System.Guid(bytes).ToString();
    }
}
