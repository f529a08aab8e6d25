using Repertoire.Core.Records;

namespace Repertoire.Core.Content;

/// <summary>
/// Reads a content folder (see <c>spec/content-format.md</c>) into a <see cref="ContentSet"/>.
/// Never throws for bad content: every problem is reported with its file and line. A broken file is left out while
/// the others are served, unless the previous load had a good version of it: that version is kept online
/// (<see cref="ContentSet.Retained"/>) until the file is fixed.
/// </summary>
public static class ContentLoader
{
    /// <summary>Loads the folder at <paramref name="contentRoot"/>; <paramref name="previous"/> gives the last good versions.</summary>
    public static ContentSet Load(string contentRoot, ContentSet? previous = null)
    {
        ArgumentNullException.ThrowIfNull(contentRoot);
        var root = Path.GetFullPath(contentRoot);
        var problems = new List<ContentProblem>();
        if (!Directory.Exists(root))
        {
            problems.Add(new ContentProblem(root, null, "-", "content folder not found"));
            return new ContentSet(root, Territory.Empty, Taxonomy.Empty, [], problems);
        }

        // Territory and taxonomy first: listings are checked against their ids.
        var territory = TerritoryReader.Read(root, problems);
        var taxonomy = TaxonomyReader.Read(root, problems);
        var reader = new OrganisationReader(territory, taxonomy);

        var organisations = new List<Organisation>();
        var retained = new List<RetainedListing>();
        var firstFileOfId = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var folder = Path.Combine(root, OrganisationReader.Folder);
        var files = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [];
        if (files.Count == 0)
            problems.Add(new ContentProblem(OrganisationReader.Folder, null, "-", "no listing found", ProblemSeverity.Warning));
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var id = Path.GetFileNameWithoutExtension(file);
            if (firstFileOfId.TryGetValue(id, out var first))
            {
                problems.Add(new ContentProblem(relative, null, "id", $"duplicate id '{id}': already used by {first}"));
                continue;
            }
            firstFileOfId[id] = relative;
            var before = problems.Count;
            if (reader.Read(file, relative, problems) is { } organisation) organisations.Add(organisation);
            else if (previous?.Find(id) is { } lastGood)
            {
                // A file that breaks while the site runs would otherwise vanish with a 404 in the middle of a referral.
                organisations.Add(lastGood);
                retained.Add(new RetainedListing(id, relative,
                    problems.Skip(before).Where(p => p.Severity == ProblemSeverity.Error).ToList()));
            }
        }
        organisations.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new ContentSet(root, territory, taxonomy, organisations, problems, retained);
    }
}
