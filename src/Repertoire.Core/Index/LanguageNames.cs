using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>Names of the languages help is offered in, for the language facet, in French and in Dutch.</summary>
public static class LanguageNames
{
    private static readonly Dictionary<string, (string Fr, string Nl)> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["fr"] = ("Français", "Frans"), ["nl"] = ("Néerlandais", "Nederlands"), ["en"] = ("Anglais", "Engels"),
        ["de"] = ("Allemand", "Duits"), ["ar"] = ("Arabe", "Arabisch"), ["es"] = ("Espagnol", "Spaans"),
        ["it"] = ("Italien", "Italiaans"), ["pt"] = ("Portugais", "Portugees"), ["tr"] = ("Turc", "Turks"),
        ["pl"] = ("Polonais", "Pools"), ["ro"] = ("Roumain", "Roemeens"), ["ru"] = ("Russe", "Russisch"),
        ["uk"] = ("Ukrainien", "Oekraïens"), ["bg"] = ("Bulgare", "Bulgaars"), ["sq"] = ("Albanais", "Albanees"),
        ["fa"] = ("Persan", "Perzisch"), ["ps"] = ("Pachto", "Pasjtoe"), ["ber"] = ("Berbère", "Berbers"),
        ["zgh"] = ("Amazighe", "Amazigh"), ["ln"] = ("Lingala", "Lingala"), ["sw"] = ("Swahili", "Swahili"),
        ["ti"] = ("Tigrigna", "Tigrinya"), ["so"] = ("Somali", "Somalisch"), ["am"] = ("Amharique", "Amhaars"),
        ["ku"] = ("Kurde", "Koerdisch"), ["el"] = ("Grec", "Grieks"), ["sr"] = ("Serbe", "Servisch"),
        ["zh"] = ("Chinois", "Chinees"), ["vi"] = ("Vietnamien", "Vietnamees"), ["hi"] = ("Hindi", "Hindi"),
        ["ur"] = ("Ourdou", "Urdu"), ["bn"] = ("Bengali", "Bengaals"), ["hy"] = ("Arménien", "Armeens"),
        ["ka"] = ("Géorgien", "Georgisch"), ["rom"] = ("Romani", "Romani"), ["wo"] = ("Wolof", "Wolof"),
    };

    /// <summary>Every language code known, with its French and Dutch names.</summary>
    public static IEnumerable<(string Code, string Fr, string Nl)> All => Names.Select(n => (n.Key, n.Value.Fr, n.Value.Nl));

    /// <summary>The name of a language code in <paramref name="language"/>, or the code itself when unknown.</summary>
    public static string Of(string code, Language language) =>
        Names.TryGetValue(code, out var names) ? (language == Language.Nl ? names.Nl : names.Fr) : code;
}
