using Repertoire.Core.Common;
namespace Repertoire.Core.Alignment.Normalisation;

/// <summary>Reduces a street name in French or Dutch to a key without street-type words, articles, spaces or
/// hyphens: "Boulevard Auguste Reyers" and "Auguste Reyerslaan" both give "augustereyers";
/// "Waversesteenweg" and "Steenweg op Waver" give "waver".</summary>
public static class StreetNormaliser
{
    private static readonly HashSet<string> TypeWords = new(StringComparer.Ordinal)
    {
        "rue", "r", "avenue", "av", "ave", "chaussee", "chee", "ch", "boulevard", "bd", "bld", "place", "pl", "square", "sq",
        "quai", "impasse", "allee", "chemin", "clos", "dreve", "parvis", "rond", "point", "galerie", "passage", "sentier",
        "cours", "promenade", "esplanade", "cite", "carrefour", "vieille", "pont", "porte", "voie", "ruelle", "montee",
        "straat", "str", "laan", "steenweg", "stwg", "plein", "lei", "dreef", "kaai", "weg", "pad", "gang", "voorplein",
        "singel", "vest", "wal", "steeg", "baan", "hoek", "brug", "poort", "galerij", "doorgang", "pleintje", "kerkhof",
    };

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal)
    {
        "de", "du", "des", "la", "le", "les", "l", "d", "au", "aux", "a", "op", "van", "het", "der", "den", "ten", "ter", "t",
    };

    // Longest first, so that "voorplein" is removed whole rather than as "plein".
    private static readonly string[] DutchSuffixes =
        ["voorplein", "steenweg", "straat", "plein", "dreef", "laan", "kaai", "lei", "weg", "pad", "gang", "singel", "steeg", "baan", "vest", "wal"];

    /// <summary>The street key, or "" when nothing is left.</summary>
    public static string Key(string? street)
    {
        var tokens = TextFolder.Tokens(street);
        if (tokens.Length == 0) return "";
        var kept = new List<string>(tokens.Length);
        foreach (var token in tokens)
        {
            if (TypeWords.Contains(token) || Articles.Contains(token)) continue;
            kept.Add(StripDutchSuffix(token));
        }
        if (kept.Count == 0) kept.AddRange(tokens);
        return string.Concat(kept);
    }

    private static string StripDutchSuffix(string token)
    {
        foreach (var suffix in DutchSuffixes)
        {
            if (token.Length <= suffix.Length + 2 || !token.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = token[..^suffix.Length];
            // "Waversesteenweg" is "Steenweg op Waver": the adjectival "-se" belongs to the type word.
            if (suffix == "steenweg" && stem.EndsWith("se", StringComparison.Ordinal) && stem.Length > 4) stem = stem[..^2];
            return stem;
        }
        return token;
    }
}
