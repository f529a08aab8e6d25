using Microsoft.AspNetCore.Mvc;
using Repertoire.Core.Audit;
using Repertoire.Core.Content;
using Repertoire.Core.Corrections;
using Repertoire.Core.Records;
using Repertoire.Web.Corrections;
using Repertoire.Web.Infrastructure;

namespace Repertoire.Web.Pages.Staff;

/// <summary>A listing as staff see it: its verification, the editor's note, its corrections and its history, and
/// "Vérifier" / "Nakijken" to confirm it is current.</summary>
public sealed class ListingPage(ContentStore content, ICorrectionStore corrections, IAuditTrail audit, ListingEditor editor) : StaffPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public Organisation Listing { get; private set; } = default!;

    public string? Verified { get; private set; }

    public string? EditorNote { get; private set; }

    public IReadOnlyList<Correction> Corrections { get; private set; } = [];

    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

    public string? Error { get; private set; }

    public IActionResult OnGet() => Load() ?? Page();

    public IActionResult OnPostVerify()
    {
        if (Load() is { } refusal) return refusal;
        try
        {
            var note = Core.Corrections.ReportText.Clean(Note);
            editor.Verify(Listing, StaffName!, string.IsNullOrEmpty(note) ? null : note[..Math.Min(note.Length, 2000)]);
        }
        catch (ListingEditException)
        {
            Error = Text["corrections.error.file"];
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return LocalRedirect(StaffUrl("/staff/listing", ("id", Listing.Id), ("done", "verified")));
    }

    private IActionResult? Load()
    {
        if (content.Current.Find(Id) is not { } listing) return NotFound();
        if (!MayWorkOn(listing.Site.Basin)) return OutsideBasins();
        Listing = listing;
        Title = Text.Format("listing.staff.title", ("NAME", listing.DisplayName(Lang)));
        if (editor.Read(listing) is { } document)
        {
            Verified = VerifiedField.Current(document);
            EditorNote = listing.EditorNote;
        }
        Corrections = corrections.ForListing(listing.Id);
        History = audit.Find(new AuditQuery { Kind = AuditSubject.Listing, Subject = listing.Id });
        return null;
    }
}
