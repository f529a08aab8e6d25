using Repertoire.Core.Analysis;
using Repertoire.Core.Analysis.Fr;
using Repertoire.Core.Analysis.Nl;
using Repertoire.Core.Content;
using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>
/// The French and the Dutch analyzer of one content folder: acronyms and place names are protected from
/// stemming, and the folder's Dutch vocabulary feeds the compound splitter. The index and the queries of a
/// content set must use the same set.
/// </summary>
public sealed class AnalyzerSet
{
    private AnalyzerSet(Analyzer french, Analyzer dutch)
    {
        French = french;
        Dutch = dutch;
    }

    /// <summary>The French chain.</summary>
    public Analyzer French { get; }

    /// <summary>The Dutch chain.</summary>
    public Analyzer Dutch { get; }

    /// <summary>The chain of a language.</summary>
    public Analyzer For(Language language) => language == Language.Nl ? Dutch : French;

    /// <summary>Builds the analyzers for a content set.</summary>
    public static AnalyzerSet For(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var protectedWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var place in PlaceNames(content.Territory)) protectedWords.Add(place);
        foreach (var text in NamesAndLabels(content))
        {
            foreach (var word in text.Split([' ', '-', '/', ',', '(', ')', '.', '\'', '’'], StringSplitOptions.RemoveEmptyEntries))
            {
                // An all-capitals word is an acronym (CPAS, OCMW, SSM): stemming it would only blur it.
                if (word.Length >= 2 && word.All(char.IsUpper)) protectedWords.Add(word);
            }
        }
        var dutchWords = NamesAndLabels(content, Language.Nl)
            .Concat(content.Organisations.Select(o => MarkdownRenderer.ToPlainText(o.Description.In(Language.Nl))))
            .Where(s => s.Length > 0)
            .ToList();
        var options = new AnalyzerOptions { ProtectedWords = protectedWords, CompoundDictionary = dutchWords };
        return new AnalyzerSet(new FrenchAnalyzer(options), new DutchAnalyzer(options));
    }

    private static IEnumerable<string> PlaceNames(Territory territory) =>
        territory.Communes.SelectMany(c => new[] { c.Name.Fr, c.Name.Nl })
            .Concat(territory.Quartiers.SelectMany(q => new[] { q.Name.Fr, q.Name.Nl }))
            .OfType<string>();

    private static IEnumerable<string> NamesAndLabels(ContentSet content, Language? only = null)
    {
        foreach (var language in LanguageExtensions.All)
        {
            if (only is { } wanted && wanted != language) continue;
            foreach (var o in content.Organisations)
            {
                if (o.Name.In(language) is { } name) yield return name;
                foreach (var alt in o.AltNames.In(language)) yield return alt;
            }
            foreach (var term in content.Taxonomy.Sectors.Concat(content.Taxonomy.Needs))
            {
                if (term.Label.In(language) is { } label) yield return label;
                foreach (var synonym in term.Synonyms.In(language)) yield return synonym;
            }
        }
    }
}
