using Repertoire.Core.Common;
using System.Globalization;
using System.Text;
using Repertoire.Core.Content;
using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>
/// As-you-type suggestions from memory: need labels and synonyms, organisation names and alternative names,
/// commune names. A suggestion matches when one of its words (or its whole text) starts with the typed prefix,
/// ignoring case and accents. Built once per content set; safe to share between threads.
/// </summary>
public sealed class SuggestionIndex
{
    private readonly IReadOnlyList<Entry> _entries;

    private SuggestionIndex(IReadOnlyList<Entry> entries) => _entries = entries;

    /// <summary>The kinds of suggestion, in the order they are offered when they match equally well.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["need", "commune", "organisation"];

    /// <summary>Builds the index over a content set.</summary>
    public static SuggestionIndex Build(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var entries = new List<Entry>();
        foreach (var need in content.Taxonomy.Needs)
            entries.Add(new Entry("need", need.Id, need.Label, Keys(need.Label, need.Synonyms)));
        foreach (var commune in content.Territory.Communes)
            entries.Add(new Entry("commune", commune.Id, commune.Name, Keys(commune.Name, LocalizedList.Empty)));
        foreach (var organisation in content.Organisations)
            entries.Add(new Entry("organisation", organisation.Id, organisation.Name, Keys(organisation.Name, organisation.AltNames)));
        return new SuggestionIndex(entries);
    }

    /// <summary>
    /// The suggestions for a prefix, labelled in <paramref name="lang"/> (falling back to the other language):
    /// whole-text matches before word matches, then needs, communes and organisations, then shorter labels.
    /// A prefix that folds to nothing gives no suggestion. When nothing starts with the prefix, a prefix of four
    /// letters or more may differ by one typo (as search allows): "psyco" still offers "psychologue".
    /// </summary>
    public IReadOnlyList<Suggestion> Suggest(string? prefix, Language lang, int max = 8)
    {
        var folded = Fold(prefix ?? "");
        if (folded.Length == 0 || max <= 0 || folded.Length > SearchQuery.MaxTextLength) return [];
        var exact = Ranked(e => e.Rank(folded, lang), lang, max);
        if (exact.Count > 0 || EditDistance.Allowed(folded.Length) == 0) return exact;
        // Only when nothing matched exactly: a typo match next to exact ones would be noise.
        return Ranked(e => e.TypoRank(folded, lang), lang, max);
    }

    private List<Suggestion> Ranked(Func<Entry, int> rank, Language lang, int max) =>
        _entries
            .Select(e => (Entry: e, Rank: rank(e)))
            .Where(x => x.Rank < int.MaxValue)
            .Select(x => (x.Entry, x.Rank, Label: x.Entry.Label.Get(lang) ?? x.Entry.Id))
            .OrderBy(x => x.Rank)
            .ThenBy(x => IndexOfKind(x.Entry.Kind))
            .ThenBy(x => x.Label.Length)
            .ThenBy(x => x.Label, StringComparer.Ordinal)
            .Take(max)
            .Select(x => new Suggestion(x.Entry.Kind, x.Entry.Id, x.Label))
            .ToList();

    private static string Fold(string text) => TextFolder.Fold(text);

    private static int IndexOfKind(string kind) => kind switch { "need" => 0, "commune" => 1, _ => 2 };

    private static Key[] Keys(LocalizedText label, LocalizedList others)
    {
        var keys = new List<Key>();
        foreach (var lang in LanguageExtensions.All)
        {
            if (label.In(lang) is { } text) keys.Add(new Key(lang, Fold(text), IsLabel: true));
            keys.AddRange(others.In(lang).Select(o => new Key(lang, Fold(o), IsLabel: false)));
        }
        return keys.Where(k => k.Text.Length > 0).ToArray();
    }

    private sealed record Key(Language Lang, string Text, bool IsLabel);

    private sealed record Entry(string Kind, string Id, LocalizedText Label, Key[] Keys)
    {
        // 0: the label in the asked language starts with the prefix; 1: a word of it does;
        // 2, 3: the same for synonyms, alternative names and the other language; MaxValue: no match.
        public int Rank(string prefix, Language lang)
        {
            var best = int.MaxValue;
            foreach (var key in Keys)
            {
                var penalty = key.IsLabel && key.Lang == lang ? 0 : 2;
                if (key.Text.StartsWith(prefix, StringComparison.Ordinal)) best = Math.Min(best, penalty);
                else if (key.Text.Contains(" " + prefix, StringComparison.Ordinal)) best = Math.Min(best, penalty + 1);
            }
            return best;
        }

        // As Rank, for a word of a key whose beginning is one edit away from the prefix.
        public int TypoRank(string prefix, Language lang)
        {
            var best = int.MaxValue;
            foreach (var key in Keys)
            {
                var penalty = key.IsLabel && key.Lang == lang ? 0 : 2;
                foreach (var word in key.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    if (StartsWithOneTypo(word, prefix)) best = Math.Min(best, penalty);
            }
            return best;
        }

        // The word's first n-1, n or n+1 letters against the n typed: one edit covers a letter missed, added or wrong.
        private static bool StartsWithOneTypo(string word, string prefix)
        {
            for (var length = prefix.Length - 1; length <= prefix.Length + 1; length++)
                if (length <= word.Length && EditDistance.Bounded(word.AsSpan(0, length), prefix, 1) <= 1) return true;
            return false;
        }
    }
}
