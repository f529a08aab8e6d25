using Repertoire.Core.Records;

namespace Repertoire.Core.Content;

/// <summary>A whole directory as read from one content folder: what is served, and what was wrong.</summary>
public sealed class ContentSet
{
    private readonly Dictionary<string, Organisation> _byId;

    /// <summary>Creates a content set; organisation ids must be unique.</summary>
    public ContentSet(
        string root,
        Territory territory,
        Taxonomy taxonomy,
        IReadOnlyList<Organisation> organisations,
        IReadOnlyList<ContentProblem> problems,
        IReadOnlyList<RetainedListing>? retained = null)
    {
        Retained = retained ?? [];
        Root = root;
        Territory = territory;
        Taxonomy = taxonomy;
        Organisations = organisations;
        Problems = problems;
        _byId = organisations.ToDictionary(o => o.Id, StringComparer.Ordinal);
        LastModified = organisations.Select(o => o.Verified?.Date).Max();
    }

    /// <summary>The content folder's full path.</summary>
    public string Root { get; }

    /// <summary>Basins, communes and quartiers.</summary>
    public Territory Territory { get; }

    /// <summary>Sectors and needs.</summary>
    public Taxonomy Taxonomy { get; }

    /// <summary>The listings that are served, sorted by id.</summary>
    public IReadOnlyList<Organisation> Organisations { get; }

    /// <summary>Every problem found, errors and warnings, in file order.</summary>
    public IReadOnlyList<ContentProblem> Problems { get; }

    /// <summary>The most recent verification date of any listing.</summary>
    public NodaTime.LocalDate? LastModified { get; }

    /// <summary>Listings whose file is now invalid, served in their last good version until the file is fixed.</summary>
    public IReadOnlyList<RetainedListing> Retained { get; }

    /// <summary>The retained entry of a listing whose file is invalid, or null when the file is good.</summary>
    public RetainedListing? RetainedOf(string id) => Retained.FirstOrDefault(r => r.Id == id);

    /// <summary>Whether any file has an error.</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error);

    /// <summary>The listing with this id, or null.</summary>
    public Organisation? Find(string? id) => id is not null && _byId.TryGetValue(id, out var o) ? o : null;
}
