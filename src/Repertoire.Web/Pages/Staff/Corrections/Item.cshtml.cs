using Microsoft.AspNetCore.Mvc;
using Repertoire.Core.Audit;
using Repertoire.Core.Content;
using Repertoire.Core.Corrections;
using Repertoire.Core.Records;
using Repertoire.Web.Corrections;
using Repertoire.Web.Infrastructure;

namespace Repertoire.Web.Pages.Staff.Corrections;

/// <summary>One report: the listing's value now beside the proposed one, what the visitor said, and the three
/// decisions. Accepting writes the field (optionally edited, or another field) into the listing's file, changing only
/// its characters, and by default marks the listing verified today.</summary>
public sealed class Item(ICorrectionStore corrections, IAuditTrail audit, ContentStore content, ListingEditor editor) : StaffPageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    /// <summary>The field to write (the reported one by default).</summary>
    [BindProperty]
    public string? TargetField { get; set; }

    /// <summary>The value to write (the proposed one by default).</summary>
    [BindProperty]
    public string? Value { get; set; }

    [BindProperty]
    public bool MarkVerified { get; set; } = true;

    /// <summary>A rejection's reason, or a note.</summary>
    [BindProperty]
    public string? Note { get; set; }

    public Correction Correction { get; private set; } = default!;

    public Organisation? Listing { get; private set; }

    public string? Current { get; private set; }

    public string? Error { get; private set; }

    public IActionResult OnGet()
    {
        if (Load() is { } refusal) return refusal;
        TargetField = Correction.Field;
        Value = Correction.Proposed;
        return Page();
    }

    public IActionResult OnPostAccept()
    {
        if (Load() is { } refusal) return refusal;
        if (!Correction.IsPending) return Fail(StatusCodes.Status409Conflict, "corrections.error.decided");
        var field = CorrectionField.Find(TargetField);
        var value = ReportText.Clean(Value);
        if (field is null) return Fail(StatusCodes.Status400BadRequest, "report.error.field");
        if (field.IsWritable && value.Length == 0) return Fail(StatusCodes.Status400BadRequest, "corrections.error.value");
        if ((field.IsWritable || MarkVerified) && Listing is null) return Fail(StatusCodes.Status409Conflict, "corrections.error.nolisting");
        var language = Correction.Language;
        string? path = field.Id, before = null, after = null, verifiedBefore = null, verifiedAfter = null;
        if (field.IsWritable || MarkVerified)
        {
            try
            {
                editor.Edit(Listing!, StaffName!, document =>
                {
                    if (field.IsWritable)
                    {
                        path = field.PathFor(document, language);
                        before = field.Current(document, language);
                        field.Apply(document, language, value);
                        after = field.Current(document, language);
                    }
                    if (MarkVerified)
                    {
                        verifiedBefore = VerifiedField.Current(document);
                        VerifiedField.Set(document, editor.Today, StaffName!);
                        verifiedAfter = VerifiedField.Current(document);
                    }
                });
            }
            catch (ListingEditException)
            {
                return Fail(StatusCodes.Status409Conflict, "corrections.error.file");
            }
        }
        var decided = corrections.Decide(new CorrectionDecision(Id, CorrectionStatus.Accepted, StaffName!, Clean(Note), path, before,
            field.IsWritable ? after : null));
        if (decided is null) return Fail(StatusCodes.Status409Conflict, "corrections.error.decided");
        if (MarkVerified)
            audit.Record(new AuditEntry
            {
                Actor = StaffName!, Action = AuditActions.Verify, Kind = AuditSubject.Listing, Subject = Listing!.Id, Basin = decided.Basin,
                Field = "verified", Before = verifiedBefore, After = verifiedAfter, CorrectionId = Id,
            });
        return Decided("accepted");
    }

    public IActionResult OnPostReject()
    {
        if (Load() is { } refusal) return refusal;
        if (Clean(Note) is not { } reason) return Fail(StatusCodes.Status400BadRequest, "corrections.error.reason");
        var decided = corrections.Decide(new CorrectionDecision(Id, CorrectionStatus.Rejected, StaffName!, reason, Before: Current, After: Correction.Proposed));
        return decided is null ? Fail(StatusCodes.Status409Conflict, "corrections.error.decided") : Decided("rejected");
    }

    public IActionResult OnPostContact()
    {
        if (Load() is { } refusal) return refusal;
        if (Correction.Status != CorrectionStatus.Open) return Fail(StatusCodes.Status409Conflict, "corrections.error.decided");
        var decided = corrections.Decide(new CorrectionDecision(Id, CorrectionStatus.ToContact, StaffName!, Clean(Note)));
        return decided is null ? Fail(StatusCodes.Status409Conflict, "corrections.error.decided") : Decided("contact");
    }

    /// <summary>"Nom (fr)" for a per-language field.</summary>
    public string FieldLabel(string field) =>
        CorrectionField.Find(field) is { Kind: CorrectionFieldKind.Text } ? $"{Text[$"corrections.field.{field}"]} ({Correction.Language})" : Text[$"corrections.field.{field}"];

    private IActionResult Decided(string action) => LocalRedirect(StaffUrl("/staff/corrections", ("done", action)));

    private IActionResult Fail(int status, string message)
    {
        Error = Text[message];
        Response.StatusCode = status;
        return Page();
    }

    // Notes are staff text, cleaned like visitors' and bounded.
    private static string? Clean(string? note) => ReportText.Clean(note) is { Length: > 0 } text ? text[..Math.Min(text.Length, 2000)] : null;

    // Not found, or outside the account's basins (403), or null when the page may go on.
    private IActionResult? Load()
    {
        if (corrections.Find(Id) is not { } correction) return NotFound();
        Correction = correction;
        Listing = content.Current.Find(correction.ListingId);
        if (!MayWorkOn(Listing?.Site.Basin ?? correction.Basin)) return OutsideBasins();
        Title = Text.Format("corrections.item.title", ("NAME", Listing?.DisplayName(Lang) ?? correction.ListingId));
        if (Listing is not null && CorrectionField.Find(correction.Field) is { } field && editor.Read(Listing) is { } document)
            Current = field.Current(document, correction.Language);
        return null;
    }
}
