using Microsoft.AspNetCore.Mvc;
using Repertoire.Core.Alignment;
using Repertoire.Core.Alignment.Crosswalk;
using Repertoire.Web.Staff;

namespace Repertoire.Web.Pages.Staff.Alignment;

/// <summary>The proposals by status (review first), with counts, a text filter and the export upload.</summary>
public sealed class Index(AlignmentWorkspace workspace) : StaffPageModel
{
    /// <summary>The statuses in the order staff work through them.</summary>
    public static IReadOnlyList<AlignmentStatus> Statuses { get; } =
        [AlignmentStatus.Review, AlignmentStatus.Auto, AlignmentStatus.Confirmed, AlignmentStatus.Rejected];

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public AlignmentSnapshot Snapshot { get; private set; } = default!;

    public AlignmentStatus Selected { get; private set; } = AlignmentStatus.Review;

    public IReadOnlyDictionary<AlignmentStatus, int> Counts { get; private set; } = new Dictionary<AlignmentStatus, int>();

    public IReadOnlyList<AlignmentProposal> Rows { get; private set; } = [];

    /// <summary>What an upload did, one line per file.</summary>
    public List<(bool Ok, string Message)> UploadMessages { get; } = [];

    public string BruxellesSocialPath => workspace.BruxellesSocialPath;

    public string SocialeKaartPath => workspace.SocialeKaartPath;

    public static string StatusName(AlignmentStatus status) => CrosswalkPair.StatusName(status);

    public void OnGet() => Load();

    public IActionResult OnPostUpload(IFormFile? bruxellesSocial, IFormFile? socialeKaart)
    {
        if (bruxellesSocial is null && socialeKaart is null)
            UploadMessages.Add((false, Text["staff.upload.none"]));
        Replace(DirectorySource.BruxellesSocial, bruxellesSocial, "staff.bxl");
        Replace(DirectorySource.SocialeKaart, socialeKaart, "staff.sk");
        Load();
        return Page();
    }

    private void Replace(DirectorySource source, IFormFile? file, string label)
    {
        if (file is null || file.Length == 0) return;
        using var stream = file.OpenReadStream();
        var imported = workspace.ReplaceExport(source, stream);
        UploadMessages.Add(imported.Records.Count == 0
            ? (false, Text.Format("staff.upload.refused", ("SOURCE", Text[label]), ("PROBLEM", imported.Problems.FirstOrDefault()?.ToString() ?? "")))
            : (true, Text.Format("staff.upload.done", ("SOURCE", Text[label]), ("COUNT", imported.Records.Count), ("PROBLEMS", imported.Problems.Count))));
    }

    private void Load()
    {
        Title = Text["staff.list.title"];
        Snapshot = workspace.Current;
        Selected = Statuses.FirstOrDefault(s => string.Equals(StatusName(s), Status, StringComparison.OrdinalIgnoreCase), AlignmentStatus.Review);
        Counts = Statuses.ToDictionary(s => s, s => Snapshot.WithStatus(s).Count);
        var rows = Snapshot.WithStatus(Selected).AsEnumerable();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var needle = Query.Trim();
            rows = rows.Where(p => Matches(p.BruxellesSocial, needle) || Matches(p.SocialeKaart, needle) || (p.Repertoire?.Contains(needle, StringComparison.OrdinalIgnoreCase) ?? false));
        }
        Rows = rows.ToList();
    }

    private static bool Matches(DirectoryRecord record, string needle) =>
        record.Id.Equals(needle, StringComparison.OrdinalIgnoreCase)
        || record.Names.Any(n => n.Contains(needle, StringComparison.OrdinalIgnoreCase))
        || record.Addresses.Any(a => a.Postcode == needle);
}
