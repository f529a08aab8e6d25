using Repertoire.Core.Common;
namespace Repertoire.Core.Alignment.Normalisation;

/// <summary>Turns an organisation name into comparable tokens: folded, legal forms removed, organisation-type
/// phrases rewritten to concepts (French and Dutch alike), elided articles and stop-words dropped.</summary>
public sealed class NameNormaliser
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "de", "du", "des", "la", "le", "les", "l", "d", "et", "a", "au", "aux", "pour", "en", "sur", "par", "un", "une",
        "het", "van", "voor", "en", "op", "der", "den", "een", "met", "te", "ten", "ter", "t", "s",
    };

    private readonly OrganisationLexicon _lexicon;

    /// <summary>A normaliser over the given lexicon.</summary>
    public NameNormaliser(OrganisationLexicon lexicon) => _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));

    /// <summary>The normaliser over the embedded lexicon.</summary>
    public static NameNormaliser Default { get; } = new(OrganisationLexicon.Default);

    /// <summary>The comparable tokens of a name ("Maison médicale Cosmopolis ASBL" → "#maison-medicale", "cosmopolis").</summary>
    public IReadOnlyList<string> Tokens(string? name)
    {
        var folded = TextFolder.Tokens(name);
        if (folded.Length == 0) return [];
        var stripped = LegalFormNormaliser.Strip(folded);
        var rewritten = _lexicon.Rewrite(stripped);
        var result = new List<string>(rewritten.Count);
        foreach (var token in rewritten)
            if (!StopWords.Contains(token)) result.Add(token);
        return result;
    }
}
