using Repertoire.Core.Common;

namespace Repertoire.Core.Index;

/// <summary>
/// Recognises the words of a query that name a language of service — "néerlandophone", "Nederlandstalige", "in het
/// Frans", "en arabe", "English-speaking" — so that they steer the results towards the listings helping in that
/// language rather than being words to find in descriptions (a Dutch-speaking service does not call itself
/// "néerlandophone"). Built from <see cref="LanguageNames"/>, plus the forms no rule derives from a name.
/// </summary>
internal sealed class ServiceLanguageMatcher
{
    // French adjectives in -phone are not derived from the language's name (anglais → anglophone, allemand →
    // germanophone), so they are listed; each also takes a plural -s.
    private static readonly (string Word, string Code)[] FrenchPhone =
    [
        ("francophone", "fr"), ("neerlandophone", "nl"), ("anglophone", "en"), ("germanophone", "de"),
        ("arabophone", "ar"), ("hispanophone", "es"), ("lusophone", "pt"), ("italophone", "it"),
        ("turcophone", "tr"), ("russophone", "ru"), ("lingalaphone", "ln"), ("swahiliphone", "sw"),
    ];

    // English: people in Brussels write "English-speaking" or "in English" in either language's search box.
    private static readonly (string Name, string Code)[] English =
    [
        ("english", "en"), ("french", "fr"), ("dutch", "nl"), ("flemish", "nl"), ("german", "de"), ("arabic", "ar"),
        ("spanish", "es"), ("portuguese", "pt"), ("italian", "it"), ("turkish", "tr"), ("russian", "ru"),
        ("polish", "pl"), ("romanian", "ro"), ("ukrainian", "uk"), ("albanian", "sq"), ("persian", "fa"),
    ];

    /// <summary>One matcher: the words do not depend on the content. (Declared after the word lists it is built from:
    /// static fields initialise in order.)</summary>
    public static ServiceLanguageMatcher Instance { get; } = new();

    private readonly Dictionary<string, string> _phrases = new(StringComparer.Ordinal);
    private readonly int _longest;

    private ServiceLanguageMatcher()
    {
        foreach (var (code, fr, nl) in LanguageNames.All)
        {
            var french = TextFolder.Fold(fr);
            var dutch = TextFolder.Fold(nl);
            Add($"en {french}", code);
            Add($"parlant {french}", code);
            Add($"in het {dutch}", code);
            // Nederlands → Nederlandstalig(e), Frans → Franstalig(e), Arabisch → Arabischtalig(e).
            if (!dutch.Contains(' ', StringComparison.Ordinal))
            {
                Add($"{dutch}talig", code);
                Add($"{dutch}talige", code);
            }
        }
        foreach (var (word, code) in FrenchPhone)
        {
            Add(word, code);
            Add(word + "s", code);
        }
        foreach (var (name, code) in English)
        {
            Add($"{name} speaking", code);
            Add($"in {name}", code);
        }
        _longest = _phrases.Keys.Max(k => k.Count(c => c == ' ') + 1);
    }

    private void Add(string phrase, string code) => _phrases.TryAdd(phrase, code);

    /// <summary>The language named by a run of words starting at <paramref name="start"/>, longest phrase first.</summary>
    /// <param name="words">The query's words, lower-case and folded.</param>
    /// <returns>The number of words used (0 for none) and the language's code.</returns>
    public (int Length, string? Language) Match(IReadOnlyList<string> words, int start)
    {
        for (var length = Math.Min(_longest, words.Count - start); length >= 1; length--)
        {
            var key = string.Join(' ', words.Skip(start).Take(length));
            if (_phrases.TryGetValue(key, out var code)) return (length, code);
        }
        return (0, null);
    }
}
