using Microsoft.AspNetCore.Mvc;
using Repertoire.Core.Alignment;
using Repertoire.Core.Alignment.Crosswalk;
using Repertoire.Core.Audit;
using Repertoire.Core.Records;
using Repertoire.Web.Infrastructure;
using Repertoire.Web.Staff;

namespace Repertoire.Web.Pages.Staff.Alignment;

/// <summary>One pair side by side: the fields of both records with the evidence of each, the conflicts, the linked
/// listing, the decision history, and the forms to confirm, reject, note or withdraw.</summary>
public sealed class Pair(AlignmentWorkspace workspace, ContentStore content, IAuditTrail audit) : StaffPageModel
{
    [BindProperty(SupportsGet = true, Name = "bs")]
    public string? BruxellesSocialId { get; set; }

    [BindProperty(SupportsGet = true, Name = "sk")]
    public string? SocialeKaartId { get; set; }

    /// <summary>The action just recorded (after the redirect of a POST).</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public AlignmentProposal Proposal { get; private set; } = default!;

    public IReadOnlyList<FieldRow> Fields { get; private set; } = [];

    public IReadOnlyList<(string Action, string? Note, string DecidedBy, DateTimeOffset DecidedAt)> History { get; private set; } = [];

    /// <summary>The linked listing's name and URL in the page's language, or null.</summary>
    public (string Id, string Name, string Url)? Listing { get; private set; }

    /// <summary>The best review proposal after this one, to go on with.</summary>
    public AlignmentProposal? Next { get; private set; }

    /// <summary>False for a pair the matcher does not propose, scored on demand.</summary>
    public bool Proposed { get; private set; }

    public string StatusName => CrosswalkPair.StatusName(Proposal.Status);

    /// <summary>How a field compares across the two records.</summary>
    public enum Agreement { Same, Partial, Differs, Missing }

    /// <summary>One row of the side-by-side table.</summary>
    public sealed record FieldRow(string Field, IReadOnlyList<string> BruxellesSocial, IReadOnlyList<string> SocialeKaart, double? Evidence, Agreement Agreement);

    public IActionResult OnGet() => Load() ? Page() : NotFound();

    public IActionResult OnPostConfirm() => Decide("confirmed", (b, s, user) => workspace.Confirm(b, s, user, Note));

    public IActionResult OnPostReject() => Decide("rejected", (b, s, user) => workspace.Reject(b, s, user, Note));

    public IActionResult OnPostNote()
    {
        if (string.IsNullOrWhiteSpace(Note))
        {
            if (!Load()) return NotFound();
            ModelState.AddModelError(nameof(Note), Text["staff.note.empty"]);
            return Page();
        }
        return Decide("note", (b, s, user) => workspace.Note(b, s, user, Note));
    }

    public IActionResult OnPostWithdraw() => Decide("withdrawn", (b, s, user) => workspace.Withdraw(b, s, user));

    private IActionResult Decide(string action, Action<string, string, string> apply)
    {
        if (BruxellesSocialId is not { } b || SocialeKaartId is not { } s || !workspace.Current.Knows(b, s)) return NotFound();
        var before = workspace.Decisions.Find(b, s);
        apply(b, s, StaffName!);
        // After the decision's own commit: a crash in between loses this line, never the decision (which keeps its
        // own log with who and when in the decision database).
        audit.Record(new AuditEntry
        {
            Actor = StaffName!, Action = AuditActions.AlignmentPrefix + action, Kind = AuditSubject.Alignment, Subject = $"{b} / {s}",
            Field = "verdict", Before = Verdict(before), After = Verdict(workspace.Decisions.Find(b, s)), Note = Note,
        });
        return LocalRedirect(StaffUrl("/staff/alignment/pair", ("bs", b), ("sk", s), ("done", action)));
    }

    private static string? Verdict(Core.Alignment.Decisions.AlignmentDecision? decision) =>
        decision?.Verdict?.ToString().ToLowerInvariant();

    private bool Load()
    {
        if (BruxellesSocialId is null || SocialeKaartId is null) return false;
        var snapshot = workspace.Current;
        if (workspace.Pair(BruxellesSocialId, SocialeKaartId) is not { } proposal) return false;
        Proposed = snapshot.Find(BruxellesSocialId, SocialeKaartId) is not null;
        Proposal = proposal;
        Title = Text.Format("staff.pair.title", ("BXL", proposal.BruxellesSocial.DisplayName), ("SK", proposal.SocialeKaart.DisplayName));
        Fields = Rows(proposal);
        History = workspace.Decisions.History(BruxellesSocialId, SocialeKaartId);
        if (proposal.Repertoire is { } id && content.Current.Find(id) is { } organisation)
            Listing = (id, organisation.DisplayName(Lang), LocalizedRoutes.ListingPath(id, Lang));
        else if (proposal.Repertoire is { } unknown)
            Listing = (unknown, unknown, LocalizedRoutes.ListingPath(unknown, Lang));
        Next = snapshot.WithStatus(AlignmentStatus.Review).FirstOrDefault(p => !ReferenceEquals(p, proposal));
        return true;
    }

    private static IReadOnlyList<FieldRow> Rows(AlignmentProposal proposal)
    {
        var a = proposal.BruxellesSocial;
        var b = proposal.SocialeKaart;
        var evidence = proposal.Evidence;
        var conflicts = proposal.Conflicts.Select(c => c.Field).ToHashSet(StringComparer.Ordinal);
        return
        [
            Row("name", a.Names, b.Names, evidence.Name),
            Row("kbo", a.Kbos, b.Kbos, evidence.Kbo),
            Row("address", a.Addresses.Select(Address).ToList(), b.Addresses.Select(Address).ToList(), evidence.Address),
            Row("geo", Coordinates(a), Coordinates(b), evidence.Geo),
            Row("phone", a.Phones, b.Phones, evidence.Phone),
            Row("email", a.Emails, b.Emails, evidence.Email),
            Row("website", a.Websites, b.Websites, evidence.Website),
            Row("legal", a.LegalForm is null ? [] : [a.LegalForm], b.LegalForm is null ? [] : [b.LegalForm], null),
            Row("activities", a.Activities ?? [], b.Activities ?? [], null),
        ];

        FieldRow Row(string field, IReadOnlyList<string> left, IReadOnlyList<string> right, double? score)
        {
            var agreement = left.Count == 0 || right.Count == 0 ? Agreement.Missing
                : conflicts.Contains(field) || score is 0 ? Agreement.Differs
                : score is null ? (left.SequenceEqual(right, StringComparer.OrdinalIgnoreCase) ? Agreement.Same : Agreement.Partial)
                : score >= 0.99 ? Agreement.Same
                : Agreement.Partial;
            return new FieldRow(field, left, right, score, agreement);
        }
    }

    private static string Address(DirectoryAddress address)
    {
        var streets = string.Join(" / ", address.Streets());
        var number = address.Number + (string.IsNullOrWhiteSpace(address.Box) ? "" : " bte " + address.Box);
        var parts = new[] { $"{streets} {number}".Trim(), $"{address.Postcode} {address.Municipality}".Trim() };
        return string.Join(", ", parts.Where(p => p.Length > 0));
    }

    private static IReadOnlyList<string> Coordinates(DirectoryRecord record) =>
        record.PrimaryAddress is { Lat: { } lat, Lon: { } lon }
            ? [string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{lat:0.00000}, {lon:0.00000}")]
            : [];
}
