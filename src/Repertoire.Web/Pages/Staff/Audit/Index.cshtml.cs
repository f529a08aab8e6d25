using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Repertoire.Core.Audit;
using Repertoire.Web.Infrastructure;
using Repertoire.Web.Staff;

namespace Repertoire.Web.Pages.Staff.Audit;

/// <summary>The audit trail, newest first: every report, decision, verification, alignment decision and (for
/// administrators) account change, with who, when, before and after; filtered by listing or actor; CSV with
/// <c>?format=csv</c>. Staff assigned to basins see their basins' entries only.</summary>
public sealed class Index(IAuditTrail audit, ContentStore content) : StaffPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Listing { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public IActionResult OnGet()
    {
        Title = Text["audit.title"];
        Listing = string.IsNullOrWhiteSpace(Listing) ? null : Listing.Trim();
        Actor = string.IsNullOrWhiteSpace(Actor) ? null : Actor.Trim();
        if (Listing is not null && content.Current.Find(Listing) is { } listing && !MayWorkOn(listing.Site.Basin)) return OutsideBasins();
        var csv = string.Equals(Format, "csv", StringComparison.OrdinalIgnoreCase);
        if (!csv && !string.IsNullOrEmpty(Format)) return BadRequest();
        Entries = audit.Find(new AuditQuery
        {
            Kind = Listing is null ? null : AuditSubject.Listing,
            Subject = Listing,
            Actor = Actor,
            Basins = AllowedBasins,
            IncludeAccounts = Account!.IsAdmin,
            Limit = csv ? 100_000 : 500,
        });
        if (!csv) return Page();
        return CsvExport.File(Listing is null ? "audit.csv" : $"audit-{Listing}.csv",
            ["id", "at", "actor", "action", "kind", "subject", "basin", "field", "before", "after", "note", "correction"],
            Entries.Select(e => (IReadOnlyList<string?>)
            [
                e.Id.ToString(CultureInfo.InvariantCulture), e.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), e.Actor, e.Action,
                e.Kind.ToString().ToLowerInvariant(), e.Subject, e.Basin, e.Field, e.Before, e.After, e.Note,
                e.CorrectionId?.ToString(CultureInfo.InvariantCulture),
            ]));
    }
}
