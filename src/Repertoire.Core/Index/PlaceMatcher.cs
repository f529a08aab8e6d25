using Repertoire.Core.Analysis;
using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>
/// Recognises place words in a query: commune, basin and quartier names in either language (whole names,
/// and the distinctive word of a compound commune name such as "Molenbeek"), and postcodes. All names come
/// from the content folder's territory.
/// </summary>
public sealed class PlaceMatcher
{
    private readonly Dictionary<string, List<PlaceRef>> _names = new(StringComparer.Ordinal);
    private readonly List<string> _singleWords = [];
    private readonly int _longest;

    /// <summary>Builds the matcher from a territory.</summary>
    public PlaceMatcher(Territory territory)
    {
        ArgumentNullException.ThrowIfNull(territory);
        foreach (var commune in territory.Communes)
        {
            foreach (var name in Names(commune.Name)) Add(name, new PlaceRef(PlaceKind.Commune, commune.Id));
            foreach (var postcode in commune.Postcodes) Add([postcode], new PlaceRef(PlaceKind.Commune, commune.Id));
        }
        foreach (var quartier in territory.Quartiers)
        {
            foreach (var name in Names(quartier.Name)) Add(name, new PlaceRef(PlaceKind.Quartier, quartier.Id));
        }
        foreach (var language in LanguageExtensions.All)
        {
            var names = territory.Basins.Select(b => (b, Words(b.Name.In(language)))).Where(x => x.Item2.Length > 0).ToList();
            // "Bassin Nord" and "Bassin Sud": the word every basin name starts with is a category word, and the
            // rest ("Nord") is how people say it.
            var common = names.Count > 1 && names.All(n => n.Item2.Length > 1 && n.Item2[0] == names[0].Item2[0]);
            foreach (var (basin, words) in names)
            {
                Add(words, new PlaceRef(PlaceKind.Basin, basin.Id));
                if (common) Add(words[1..], new PlaceRef(PlaceKind.Basin, basin.Id));
            }
        }
        AddDistinctiveWords(territory.Communes);
        _longest = _names.Keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max();
        _singleWords.AddRange(_names.Keys.Where(k => !k.Contains(' ') && k.Length >= 6 && !k.All(char.IsAsciiDigit)));
    }

    /// <summary>The places named by a run of words starting at <paramref name="start"/>, longest name first.</summary>
    /// <param name="words">The query's words, lower-case and folded.</param>
    /// <param name="isKnownWord">Tells words of the content's vocabulary, which are not taken as misspelled place names.</param>
    /// <returns>The number of words used (0 for none), the places, and the name's spelling when it was corrected.</returns>
    public (int Length, IReadOnlyList<PlaceRef> Places, string? Corrected) Match(IReadOnlyList<string> words, int start, Func<string, bool> isKnownWord)
    {
        for (var length = Math.Min(_longest, words.Count - start); length >= 1; length--)
        {
            var key = string.Join(' ', words.Skip(start).Take(length));
            if (_names.TryGetValue(key, out var places)) return (length, places, null);
        }
        var word = words[start];
        if (word.Length >= 6 && !isKnownWord(word))
        {
            foreach (var name in _singleWords)
            {
                if (EditDistance.Bounded(word, name, 1) == 1) return (1, _names[name], name);
            }
        }
        return (0, [], null);
    }

    /// <summary>The words of a text as the matcher compares them: cut like the analyzers do, lower-case, folded.</summary>
    public static string[] Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        return [.. Analysis.Common.SurfaceWordAnalyzer.Instance.Terms(text)];
    }

    private static IEnumerable<string[]> Names(LocalizedText name) =>
        new[] { name.Fr, name.Nl }.Select(Words).Where(w => w.Length > 0);

    // Single words of compound names ("Molenbeek", "Boitsfort", "Woluwe"), but not the saint's name after
    // "Saint"/"Sint": a word common to three or more names is a connector, and what follows it is a first
    // name ("Pierre", "Lambert") that would mistake ordinary text for a place.
    private void AddDistinctiveWords(IReadOnlyList<Commune> communes)
    {
        var named = communes.SelectMany(c => Names(c.Name).Select(words => (c, words))).Where(x => x.words.Length > 1).ToList();
        var usage = named.SelectMany(x => x.words.Distinct().Select(w => (w, x.c.Id))).Distinct()
            .GroupBy(x => x.w).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var connectors = usage.Where(u => u.Value >= 3).Select(u => u.Key).ToList();
        foreach (var (commune, words) in named)
        {
            for (var i = 0; i < words.Length; i++)
            {
                var word = words[i];
                var afterConnector = i > 0 && connectors.Contains(words[i - 1]) && !(words.Length == 2 && i == 1);
                if (word.Length < 5 || usage[word] > 2 || afterConnector || connectors.Any(c => word.StartsWith(c, StringComparison.Ordinal)))
                    continue;
                Add([word], new PlaceRef(PlaceKind.Commune, commune.Id));
            }
        }
    }

    private void Add(string[] words, PlaceRef place)
    {
        if (words.Length == 0) return;
        var key = string.Join(' ', words);
        if (!_names.TryGetValue(key, out var list)) _names[key] = list = [];
        if (!list.Contains(place)) list.Add(place);
    }
}
