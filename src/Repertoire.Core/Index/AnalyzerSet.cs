using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Repertoire.Core.Analysis;
using Repertoire.Core.Analysis.Common;
using Repertoire.Core.Analysis.Fr;
using Repertoire.Core.Analysis.Nl;
using Repertoire.Core.Content;
using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>
/// The French and the Dutch analyzer of one index: acronyms and place names are protected from stemming, and
/// the content's Dutch vocabulary feeds the compound splitter. The word lists are taken from the content when
/// the index is built and saved beside it, so that documents updated later, and queries, are analysed exactly
/// like the documents written at build time.
/// </summary>
public sealed class AnalyzerSet
{
    private const string FileName = "analysis-words.txt";

    private AnalyzerSet(IReadOnlyCollection<string> protectedWords, IReadOnlyCollection<string> compoundWords)
    {
        ProtectedWords = protectedWords;
        CompoundWords = compoundWords;
        var options = new AnalyzerOptions { ProtectedWords = protectedWords, CompoundDictionary = compoundWords };
        French = new FrenchAnalyzer(options);
        Dutch = new DutchAnalyzer(options);
        var fields = new Dictionary<string, Analyzer> { [ListingFields.Words] = SurfaceWordAnalyzer.Instance };
        foreach (var kind in ListingFields.TextKinds)
        {
            fields[ListingFields.Text(kind, Language.Fr)] = French;
            fields[ListingFields.Text(kind, Language.Nl)] = Dutch;
        }
        Index = new PerFieldAnalyzerWrapper(SurfaceWordAnalyzer.Instance, fields);
    }

    /// <summary>The French chain.</summary>
    public Analyzer French { get; }

    /// <summary>The Dutch chain.</summary>
    public Analyzer Dutch { get; }

    /// <summary>The analyzer the index writer uses: each field with its language's chain.</summary>
    public Analyzer Index { get; }

    /// <summary>Words never stemmed (acronyms, place names).</summary>
    public IReadOnlyCollection<string> ProtectedWords { get; }

    /// <summary>The words Dutch compounds are split into, beyond the embedded list.</summary>
    public IReadOnlyCollection<string> CompoundWords { get; }

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
        var dutchTexts = NamesAndLabels(content, Language.Nl)
            // The raw Markdown is enough: the word cutter drops its markup characters anyway.
            .Concat(content.Organisations.Select(o => o.Description.In(Language.Nl) ?? ""))
            .Where(s => s.Length > 0);
        var compoundWords = WordLists.TokenizedWords(dutchTexts).Where(w => w.Length >= DutchCompoundSplitter.MinPartLength && w.All(char.IsLetter));
        return new AnalyzerSet([.. WordLists.TokenizedWords(protectedWords).Order(StringComparer.Ordinal)],
            [.. compoundWords.Order(StringComparer.Ordinal)]);
    }

    /// <summary>Writes the word lists into an index folder.</summary>
    public void Save(string folder) =>
        File.WriteAllLines(Path.Combine(folder, FileName),
            ["[protected]", .. ProtectedWords, "[compound]", .. CompoundWords]);

    /// <summary>The analyzers saved in an index folder, or null when the folder has none.</summary>
    public static AnalyzerSet? Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        var protectedWords = new List<string>();
        var compoundWords = new List<string>();
        List<string>? into = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line == "[protected]") into = protectedWords;
            else if (line == "[compound]") into = compoundWords;
            else if (line.Length > 0) into?.Add(line);
        }
        return new AnalyzerSet(protectedWords, compoundWords);
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
