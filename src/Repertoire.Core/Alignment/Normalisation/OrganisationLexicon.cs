using Repertoire.Core.Common;
using System.Reflection;

namespace Repertoire.Core.Alignment.Normalisation;

/// <summary>The French-Dutch lexicon of organisation-type words (organisation-lexicon.txt, embedded): it rewrites
/// "maison médicale" and "wijkgezondheidscentrum" to one concept token, so names compare across languages.</summary>
public sealed class OrganisationLexicon
{
    private static readonly Lazy<OrganisationLexicon> DefaultInstance = new(LoadEmbedded);
    private readonly Dictionary<string, List<(string[] Tokens, string Concept)>> _byFirstToken = new(StringComparer.Ordinal);

    /// <summary>The lexicon shipped with Repertoire.</summary>
    public static OrganisationLexicon Default => DefaultInstance.Value;

    /// <summary>Reads a lexicon in the "concept: variant | variant" format; '#' starts a comment line.</summary>
    public OrganisationLexicon(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            line = line.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var concept = "#" + line[..colon].Trim();
            foreach (var variant in line[(colon + 1)..].Split('|'))
            {
                var tokens = TextFolder.Tokens(variant);
                if (tokens.Length == 0) continue;
                if (!_byFirstToken.TryGetValue(tokens[0], out var list)) _byFirstToken[tokens[0]] = list = [];
                list.Add((tokens, concept));
            }
        }
        foreach (var list in _byFirstToken.Values) list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
    }

    /// <summary>Replaces every known phrase by its concept token ("#maison-medicale"), longest phrase first.</summary>
    public IReadOnlyList<string> Rewrite(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var result = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count;)
        {
            var replaced = false;
            if (_byFirstToken.TryGetValue(tokens[i], out var candidates))
            {
                foreach (var (phrase, concept) in candidates)
                {
                    if (!StartsAt(tokens, i, phrase)) continue;
                    result.Add(concept);
                    i += phrase.Length;
                    replaced = true;
                    break;
                }
            }
            if (!replaced) result.Add(tokens[i++]);
        }
        return result;
    }

    private static bool StartsAt(IReadOnlyList<string> tokens, int at, string[] phrase)
    {
        if (at + phrase.Length > tokens.Count) return false;
        for (var k = 0; k < phrase.Length; k++)
            if (!string.Equals(tokens[at + k], phrase[k], StringComparison.Ordinal)) return false;
        return true;
    }

    private static OrganisationLexicon LoadEmbedded()
    {
        var assembly = typeof(OrganisationLexicon).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("organisation-lexicon.txt", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return new OrganisationLexicon(reader);
    }
}
