using Repertoire.Core.Audit;
using Repertoire.Core.Content;
using Repertoire.Core.Records;
using Repertoire.Web.Cluster;
using Repertoire.Web.Infrastructure;

namespace Repertoire.Web.Corrections;

/// <summary>
/// The one writer of listing files from the site: edits run one at a time, each file is replaced atomically
/// (<see cref="ListingFileWriter"/>), and the content is reloaded at once so the listing page shows the change on the
/// next request and the search index is rebuilt in the background (seconds); in a cluster the change is announced
/// through the shared database, so every other node reloads too (<see cref="ContentChangeAnnouncer"/>). The file is
/// written before the decision is recorded: after a crash in between, the correction is still open and shows the new
/// value as current.
/// </summary>
public sealed class ListingEditor(ContentStore content, ContentChangeAnnouncer announcer, IAuditTrail audit, TimeProvider time, ILogger<ListingEditor> logger)
{
    private readonly Lock _writeLock = new();

    /// <summary>Today in Brussels.</summary>
    public DateOnly Today => BrusselsTime.Today(time.GetUtcNow());

    /// <summary>The front matter of a listing's file as it is now, or null when the listing is unknown or its file
    /// cannot be read.</summary>
    public FrontMatterEditor? Read(Organisation listing)
    {
        try
        {
            return FrontMatterEditor.Parse(File.ReadAllText(PathOf(listing)));
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
        {
            logger.LogWarning(e, "Cannot read the front matter of {Listing}", listing.Id);
            return null;
        }
    }

    /// <summary>Edits the listing's file, reloads the content and announces the change to the other nodes. Throws
    /// <see cref="ListingEditException"/> when the file cannot be edited (it is then left as it was).</summary>
    /// <param name="listing">The listing whose file is edited.</param>
    /// <param name="staff">Who edits, for the content change log.</param>
    /// <param name="edit">The change to the front matter.</param>
    public void Edit(Organisation listing, string staff, Action<FrontMatterEditor> edit)
    {
        lock (_writeLock)
        {
            try
            {
                ListingFileWriter.Edit(PathOf(listing), edit);
            }
            catch (Exception e) when (e is IOException or FormatException or InvalidOperationException or UnauthorizedAccessException)
            {
                logger.LogWarning(e, "Editing {Listing} failed; the file is unchanged", listing.Id);
                throw new ListingEditException(e.Message, e);
            }
            announcer.Announce(staff, $"edited {listing.SourcePath}");
        }
    }

    /// <summary>Marks the listing verified today by <paramref name="staff"/> and records it in the audit trail.</summary>
    public AuditEntry Verify(Organisation listing, string staff, string? note)
    {
        string? before = null, after = null;
        Edit(listing, staff, document =>
        {
            before = VerifiedField.Current(document);
            VerifiedField.Set(document, Today, staff);
            after = VerifiedField.Current(document);
        });
        return audit.Record(new AuditEntry
        {
            Actor = staff, Action = AuditActions.Verify, Kind = AuditSubject.Listing, Subject = listing.Id,
            Basin = listing.Site.Basin, Field = "verified", Before = before, After = after, Note = note,
        });
    }

    private string PathOf(Organisation listing) => Path.Combine(content.ContentPath, listing.SourcePath);
}
