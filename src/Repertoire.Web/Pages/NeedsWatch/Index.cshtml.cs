using System.Globalization;
using Repertoire.Core.Records;
using Repertoire.Web.Infrastructure;
using Repertoire.Web.NeedsWatch;

namespace Repertoire.Web.Pages.NeedsWatch;

/// <summary>
/// The needs watch of a basin or of the Region (<c>/fr/veille</c>, <c>/nl/behoeften</c>, <c>?basin=&amp;from=&amp;to=</c>):
/// summary, most searched needs, searches without local offer, demand against offer, weeks, and for staff the
/// query texts below k. Whole without JavaScript: a GET form, tables, SVG drawn here; each table links its CSV.
/// </summary>
public sealed class Index(ContentStore store, NeedsWatchReader reader, SearchRecorder recorder, ILogger<Index> logger) : LocalizedPageModel
{
    public NeedsWatchReport? Report { get; private set; }

    public NeedsWatchRequest? Asked { get; private set; }

    public IReadOnlyList<(string Id, string Name)> Basins { get; private set; } = [];

    /// <summary>Why the URL was refused (400), or why the store could not be read (503); null when fine.</summary>
    public string? Problem { get; private set; }

    public string TopChart { get; private set; } = "";

    public string WeeksChart { get; private set; } = "";

    public int K => reader.MinPublicCount;

    public int RetentionMonths => reader.RetentionMonths;

    public long Dropped => recorder.Dropped;

    public void OnGet()
    {
        Title = Text["watch.title"];
        MetaDescription = Text["watch.description"];
        var content = store.Current;
        Basins = content.Territory.Basins.Select(b => (b.Id, b.Name.Get(Lang) ?? b.Id)).ToList();
        var request = reader.Parse(Request.Query);
        Asked = request;
        if (!request.IsValid)
        {
            Problem = string.Join(" ", request.Errors.Keys.Select(p => Text.Format("watch.problem", ("PARAMETER", p))));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        try
        {
            Report = reader.Read(request, Lang, NeedsWatchReader.IsStaff(HttpContext));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogError(e, "Needs watch store unreadable.");
            Problem = Text["watch.unavailable"];
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }
        if (Report.ForStaff) Response.Headers.CacheControl = "private, no-store";
        Title = $"{Text["watch.title"]} · {Report.Scope}";
        var hidden = Text.Format("watch.hidden", ("K", K));
        TopChart = SvgChart.Horizontal(
            Report.TopNeeds.Select(n => new SvgChart.Bar(n.Label, n.Searches, Sum(n.NothingFound, n.OnlyElsewhere))).ToList(),
            Text["watch.top.chart"], hidden);
        WeeksChart = SvgChart.Columns(
            Report.Weeks.Select(w => new SvgChart.Bar(w.Monday.ToString("dd/MM", CultureInfo.InvariantCulture), w.Searches,
                Sum(w.NothingFound, w.OnlyElsewhere))).ToList(),
            Text["watch.weeks.chart"], hidden);
    }

    /// <summary>A count as shown: the number, or "&lt; k" when hidden from the public.</summary>
    public string Show(int? count) => count?.ToString("N0", CultureInfo.GetCultureInfo(Lang.Tag())) ?? Text.Format("watch.hidden", ("K", K));

    /// <summary>The CSV of one table, for the same basin and period.</summary>
    public string CsvUrl(string table) =>
        $"/api/v1/needs-watch?basin={Report!.Basin ?? "region"}&from={Day(Report.From)}&to={Day(Report.To)}&lang={Lang.Code()}&format=csv&table={table}";

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A day as the page's language writes it.</summary>
    public string Long(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo(Lang.Tag()));

    // Unmet searches drawn in the chart: hidden (null) parts draw nothing rather than guess.
    private static int? Sum(int? a, int? b) => (a ?? 0) + (b ?? 0);
}
