using Repertoire.Core.Records;
using YamlDotNet.RepresentationModel;

namespace Repertoire.Core.Content;

/// <summary>Reads <c>taxonomy/sectors.yml</c> and <c>taxonomy/needs.yml</c>.</summary>
internal static class TaxonomyReader
{
    public const string SectorsFile = "taxonomy/sectors.yml";
    public const string NeedsFile = "taxonomy/needs.yml";

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal) { "id", "parent", "fr", "nl", "synonyms", "note" };

    public static Taxonomy Read(string contentRoot, List<ContentProblem> problems)
    {
        var sectors = ReadTerms(contentRoot, SectorsFile, allowParent: false, problems).Select(t => t.Term).ToList();
        var needs = ReadTerms(contentRoot, NeedsFile, allowParent: true, problems);
        return new Taxonomy(sectors, CheckTree(needs, problems));
    }

    private static List<(TaxonomyTerm Term, int Line)> ReadTerms(string contentRoot, string relative, bool allowParent, List<ContentProblem> problems)
    {
        var file = Path.Combine(contentRoot, relative);
        var result = new List<(TaxonomyTerm, int)>();
        if (!File.Exists(file))
        {
            problems.Add(new ContentProblem(relative, null, "-", "file not found"));
            return result;
        }
        var root = YamlDocumentReader.Parse(File.ReadAllText(file), relative, 0, problems);
        if (root is null || YamlFields.IsNull(root)) return result;
        var fields = new YamlFields(relative, 0, problems);
        if (root is not YamlSequenceNode sequence)
        {
            fields.Error(root, "-", "expected a list of terms");
            return result;
        }
        // Reuse the list reader by wrapping the top-level sequence in a one-key mapping.
        var wrapper = new YamlMappingNode { { "terms", sequence } };
        foreach (var (term, line) in TerritoryReader.Items(wrapper, "terms", fields, (item, f) =>
        {
            var id = f.String(item, "id", "id")!;
            var parent = f.String(item, "parent", "parent");
            if (parent is not null && !allowParent)
            {
                f.Warning(YamlFields.Child(item, "parent"), "parent", "sectors have no tree; parent ignored");
                parent = null;
            }
            var label = new LocalizedText(f.String(item, "fr", "fr"), f.String(item, "nl", "nl"));
            if (label.IsEmpty) f.Error(item, "fr", $"term '{id}' has no label in either language");
            var term = new TaxonomyTerm(id, parent, label, f.List(item, "synonyms", "synonyms"), f.Text(item, "note", "note"))
            {
                Extra = f.Extra(item, Known),
            };
            return (term, f.LineOf(item));
        }))
            result.Add((term, line));
        return result;
    }

    /// <summary>Drops needs whose parent is unknown or that sit in a cycle, with a problem for each.</summary>
    private static List<TaxonomyTerm> CheckTree(List<(TaxonomyTerm Term, int Line)> needs, List<ContentProblem> problems)
    {
        var byId = needs.ToDictionary(n => n.Term.Id, StringComparer.Ordinal);
        var valid = new List<TaxonomyTerm>();
        foreach (var (term, line) in needs)
        {
            if (term.Parent is null)
            {
                valid.Add(term);
                continue;
            }
            var seen = new HashSet<string>(StringComparer.Ordinal) { term.Id };
            string? problem = null;
            for (var parent = term.Parent; parent is not null; parent = byId[parent].Term.Parent)
            {
                if (!byId.ContainsKey(parent)) { problem = $"unknown parent need '{parent}'"; break; }
                if (!seen.Add(parent)) { problem = $"need '{term.Id}' is its own ancestor"; break; }
            }
            if (problem is null) valid.Add(term);
            else problems.Add(new ContentProblem(NeedsFile, line, "parent", problem));
        }
        return valid;
    }
}
