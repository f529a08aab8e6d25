using Repertoire.Core.Content;
using Repertoire.Core.Index;
using Repertoire.Core.Records;

namespace Repertoire.Benchmarks.Index;

/// <summary>
/// A deterministic mix of queries over a content set, as professionals type them: need labels and synonyms
/// in French and Dutch, acronyms, one- and two-edit typos, prefixes being typed, place words, empty queries
/// with filters, and filters on text queries. Every search computes facets.
/// </summary>
public static class QueryMix
{
    /// <summary>At least <paramref name="count"/> queries drawn from the content's own vocabulary.</summary>
    public static List<SearchQuery> Create(ContentSet content, int count = 240, int seed = 7)
    {
        var random = new Random(seed);
        var needs = content.Taxonomy.Needs;
        var communes = content.Territory.Communes;
        var basins = content.Territory.Basins;
        var queries = new List<SearchQuery>(count);
        while (queries.Count < count)
        {
            var lang = random.Next(2) == 0 ? Language.Fr : Language.Nl;
            var need = needs[random.Next(needs.Count)];
            var words = need.Synonyms.In(lang).Append(need.Label.In(lang) ?? "").Where(w => w.Length > 0).ToList();
            var phrase = words[random.Next(words.Count)];
            var commune = communes[random.Next(communes.Count)];
            var text = (queries.Count % 8) switch
            {
                0 => phrase,
                1 => Typo(phrase, random),
                2 => phrase.Length > 4 ? phrase[..Math.Max(3, phrase.Length * 2 / 3)] : phrase,
                3 => $"{phrase} {commune.Name.In(lang)}",
                4 => "",
                5 => phrase.Split(' ')[0],
                6 => $"{phrase} {words[random.Next(words.Count)]}",
                _ => Typo(phrase, random) + " " + commune.Postcodes[0],
            };
            queries.Add(new SearchQuery
            {
                Text = text,
                Lang = lang,
                Basins = queries.Count % 8 == 4 || random.Next(6) == 0 ? [basins[random.Next(basins.Count)].Id] : [],
                Needs = queries.Count % 16 == 4 ? [need.Parent ?? need.Id] : [],
            });
        }
        return queries;
    }

    private static string Typo(string text, Random random)
    {
        var chars = text.ToCharArray().ToList();
        var at = random.Next(1, Math.Max(2, chars.Count - 1));
        if (at >= chars.Count) return text;
        if (random.Next(2) == 0) chars.RemoveAt(at);
        else (chars[at], chars[at - 1]) = (chars[at - 1], chars[at]);
        return new string([.. chars]);
    }
}
