using Repertoire.Core.Alignment.Decisions;
using Repertoire.Core.Alignment.Import;
using Repertoire.Core.Alignment.Listings;
using Repertoire.Core.Alignment.Matching;
using Repertoire.Core.Content;

namespace Repertoire.Core.Alignment;

/// <summary>
/// The one alignment flow of Bruxelles-Social and De Sociale Kaart (docs/alignment.md), shared by the <c>align</c>
/// command, the staff workbench and <c>repertoire import</c>: read the exports record by record, read the staff
/// decisions, match, link published pairs to the listings the content loader read, and give the crosswalk. Each
/// caller only says where its inputs come from, so the same inputs give the same pairs everywhere.
/// </summary>
public sealed class AlignmentFlow
{
    /// <summary>A flow with the given thresholds (the defaults when null).</summary>
    public AlignmentFlow(AlignmentOptions? options = null) => Matcher = new AlignmentMatcher(options);

    /// <summary>The matcher, for scoring one pair on demand (the workbench shows pairs the matcher did not propose).</summary>
    public AlignmentMatcher Matcher { get; }

    /// <summary>
    /// Reads an export file. Each record that cannot be read is added to <paramref name="problems"/> as
    /// "file: record 3 (line 40): reason" and the others are returned; a file that cannot be read at all (being
    /// replaced by hand, say) is one problem and no records, so a caller can still align what is there.
    /// </summary>
    public static IReadOnlyList<DirectoryRecord> ReadExport(DirectorySource source, string path, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(problems);
        try
        {
            var imported = ImporterOf(source).Import(path);
            foreach (var problem in imported.Problems) problems.Add($"{Path.GetFileName(path)}: {problem}");
            return imported.Records;
        }
        catch (IOException error)
        {
            problems.Add($"{Path.GetFileName(path)}: {error.Message}");
            return [];
        }
    }

    /// <summary>The reader of a directory's export.</summary>
    public static ExportImporter ImporterOf(DirectorySource source) =>
        source == DirectorySource.BruxellesSocial ? new BruxellesSocialImporter() : new SocialeKaartImporter();

    /// <summary>The staff decisions kept in a decision database; none when there is no such file (no decision made yet).</summary>
    public static IReadOnlyList<AlignmentDecision> ReadDecisions(string? path, TimeProvider? time = null)
    {
        if (path is null || !File.Exists(path)) return [];
        using var store = new DecisionStore(path, time);
        return store.All();
    }

    /// <summary>What the matcher needs of every listing the content loader read (no second parse of the files).</summary>
    public static IReadOnlyList<ListingReference> Listings(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content.Organisations.Select(ListingReference.From).ToList();
    }

    /// <summary>Aligns the records of the two directories: confirmed pairs first, rejected pairs never, published pairs
    /// linked to the listings of <paramref name="content"/> when it is given.</summary>
    public AlignmentResult Align(
        IReadOnlyList<DirectoryRecord> bruxellesSocial,
        IReadOnlyList<DirectoryRecord> socialeKaart,
        IEnumerable<AlignmentDecision>? decisions,
        ContentSet? content) =>
        Matcher.Align(bruxellesSocial, socialeKaart, decisions, content is null ? null : Listings(content));
}
