using Microsoft.AspNetCore.Mvc;
using Repertoire.Core.Corrections;
using Repertoire.Web.Corrections;
using Repertoire.Web.Infrastructure;
using Repertoire.Web.Localization;

namespace Repertoire.Web.Pages.Staff.Corrections;

/// <summary>The correction queue: reports still to act on in the account's basins, oldest first, each with the
/// listing's value now beside the proposed one.</summary>
public sealed class Index(ICorrectionStore corrections, ContentStore content, ListingEditor editor) : StaffPageModel
{
    /// <summary>Only this basin (one of the account's).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Basin { get; set; }

    /// <summary>The action just recorded (after the redirect of a POST).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>The basins offered in the filter: the account's, or all.</summary>
    public IReadOnlyList<(string Id, string Name)> Basins { get; private set; } = [];

    public sealed record Row(Correction Correction, string ListingName, string? BasinName, string FieldLabel, string? Current, string Age);

    public IActionResult OnGet()
    {
        Title = Text["corrections.title"];
        var set = content.Current;
        Basins = set.Territory.Basins.Where(b => MayWorkOn(b.Id)).Select(b => (b.Id, b.Name.Get(Lang) ?? b.Id)).ToList();
        if (Basin is not null && !MayWorkOn(Basin)) return OutsideBasins();
        var pending = corrections.Pending(Basin is null ? AllowedBasins : [Basin]);
        var today = editor.Today;
        Rows = pending.Select(c =>
        {
            var listing = set.Find(c.ListingId);
            var field = CorrectionField.Find(c.Field);
            var document = listing is null ? null : editor.Read(listing);
            return new Row(c, listing?.DisplayName(Lang) ?? c.ListingId, set.Territory.Basin(c.Basin)?.Name.Get(Lang),
                FieldLabel(c), document is null || field is null ? null : field.Current(document, c.Language),
                RelativeDates.Ago(DateOnly.FromDateTime(c.ReportedAt.UtcDateTime), today, Lang));
        }).ToList();
        return Page();
    }

    /// <summary>"Nom (fr)" for a per-language field, "Téléphones" otherwise.</summary>
    public string FieldLabel(Correction correction) =>
        CorrectionField.Find(correction.Field) is { Kind: CorrectionFieldKind.Text }
            ? $"{Text[$"corrections.field.{correction.Field}"]} ({correction.Language})"
            : Text[$"corrections.field.{correction.Field}"];
}
