using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Repertoire.Core.Corrections;
using Repertoire.Web.Corrections;
using Repertoire.Web.Infrastructure;
using Repertoire.Web.Localization;
using Repertoire.Web.Staff;

namespace Repertoire.Web.Pages.Staff.Freshness;

/// <summary>The freshness board of a basin's team: the listings by time since verification (never verified first,
/// then oldest first) with their open corrections; filters by basin, need and sector; CSV with <c>?format=csv</c>.</summary>
public sealed class Index(ContentStore content, ICorrectionStore corrections, ListingEditor editor) : StaffPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Basin { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Need { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sector { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> Basins { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> Needs { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> Sectors { get; private set; } = [];

    public sealed record Row(string Id, string Name, string? Basin, string? BasinName, DateOnly? Verified, string Age, int OpenCorrections);

    public IActionResult OnGet()
    {
        Title = Text["freshness.title"];
        var set = content.Current;
        Basin = Empty(Basin);
        Need = Empty(Need);
        Sector = Empty(Sector);
        if (Basin is not null && !MayWorkOn(Basin)) return OutsideBasins();
        var csv = string.Equals(Format, "csv", StringComparison.OrdinalIgnoreCase);
        if (!csv && !string.IsNullOrEmpty(Format)) return BadRequest();
        Basins = set.Territory.Basins.Where(b => MayWorkOn(b.Id)).Select(b => (b.Id, b.Name.Get(Lang) ?? b.Id)).ToList();
        Needs = set.Taxonomy.Needs.Select(n => (n.Id, n.Label.Get(Lang) ?? n.Id)).OrderBy(n => n.Item2, StringComparer.CurrentCulture).ToList();
        Sectors = set.Taxonomy.Sectors.Select(s => (s.Id, s.Label.Get(Lang) ?? s.Id)).OrderBy(s => s.Item2, StringComparer.CurrentCulture).ToList();
        var open = corrections.PendingCounts();
        var today = editor.Today;
        Rows = set.Organisations
            .Where(o => MayWorkOn(o.Site.Basin) && (Basin is null || o.Site.Basin == Basin)
                && (Need is null || o.Needs.Contains(Need)) && (Sector is null || o.Sectors.Contains(Sector)))
            .Select(o =>
            {
                var verified = o.Verified?.Date.ToDateOnly();
                return new Row(o.Id, o.DisplayName(Lang), o.Site.Basin, set.Territory.Basin(o.Site.Basin)?.Name.Get(Lang), verified,
                    verified is { } date ? RelativeDates.Ago(date, today, Lang) : Text["freshness.never"], open.GetValueOrDefault(o.Id));
            })
            .OrderBy(r => r.Verified.HasValue).ThenBy(r => r.Verified).ThenBy(r => r.Name, StringComparer.CurrentCulture)
            .ToList();
        if (!csv) return Page();
        return CsvExport.File("freshness.csv", ["id", "name", "basin", "verified", "open_corrections"],
            Rows.Select(r => (IReadOnlyList<string?>)
            [
                r.Id, r.Name, r.Basin, r.Verified?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.OpenCorrections.ToString(CultureInfo.InvariantCulture),
            ]));
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
