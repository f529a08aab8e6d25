using System.Globalization;
using Microsoft.Extensions.Primitives;
using Repertoire.Core.Records;

namespace Repertoire.Web.NeedsWatch;

/// <summary>
/// Reads a needs-watch request from a query string (<c>basin</c>, <c>from</c>, <c>to</c>, and for the API
/// <c>format</c> and <c>table</c>): either the scope or the errors per parameter. Shared by the page and the API.
/// Without dates, the period is the last twelve weeks, this week included (Brussels time).
/// </summary>
public sealed class NeedsWatchRequest
{
    /// <summary>The longest period accepted, in days (three years).</summary>
    public const int MaxDays = 3 * 366;

    /// <summary>The tables a CSV export can hold.</summary>
    public static readonly IReadOnlyList<string> Tables = ["needs", "unmet", "coverage", "weeks", "texts"];

    private NeedsWatchRequest(string? basin, DateOnly from, DateOnly to, bool csv, string table, Dictionary<string, string[]> errors)
    {
        Basin = basin;
        From = from;
        To = to;
        Csv = csv;
        Table = table;
        Errors = errors;
    }

    /// <summary>The basin id, or null for the whole Region.</summary>
    public string? Basin { get; }

    public DateOnly From { get; }

    public DateOnly To { get; }

    /// <summary>Whether CSV was asked for (<c>format=csv</c>).</summary>
    public bool Csv { get; }

    /// <summary>The table of a CSV export.</summary>
    public string Table { get; }

    /// <summary>The messages per parameter name; empty when valid.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public bool IsValid => Errors.Count == 0;

    /// <summary>A one-line account of the errors, naming each parameter.</summary>
    public string Describe() => string.Join(" ", Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));

    /// <summary>Reads and checks a query string against a territory, with <paramref name="today"/> for the default period.</summary>
    public static NeedsWatchRequest Parse(IQueryCollection parameters, Territory territory, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(territory);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? basin = null;
        var basinValue = Single(parameters, "basin", errors);
        if (!string.IsNullOrWhiteSpace(basinValue) && basinValue != "region")
        {
            if (territory.Basin(basinValue) is null)
                errors["basin"] = [$"unknown basin id: {Cut(basinValue)}; known: region, {string.Join(", ", territory.Basins.Select(b => b.Id))}."];
            else basin = basinValue;
        }
        var to = Date(parameters, "to", today, errors);
        var from = Date(parameters, "from", NeedsWatchReport.MondayOf(to).AddDays(-7 * 11), errors);
        if (!errors.ContainsKey("from") && !errors.ContainsKey("to"))
        {
            if (from > to) errors["from"] = ["from is on or before to."];
            else if (to.DayNumber - from.DayNumber + 1 > MaxDays) errors["from"] = [$"the period is at most {MaxDays} days."];
        }
        var format = Single(parameters, "format", errors);
        var csv = false;
        if (!string.IsNullOrEmpty(format))
        {
            if (format is "csv") csv = true;
            else if (format is not "json") errors["format"] = ["format is json or csv."];
        }
        var table = Single(parameters, "table", errors);
        if (string.IsNullOrEmpty(table)) table = Tables[0];
        else if (!Tables.Contains(table)) errors["table"] = [$"table is one of {string.Join(", ", Tables)}."];
        return new NeedsWatchRequest(basin, from, to, csv, table, errors);
    }

    private static string? Single(IQueryCollection parameters, string name, Dictionary<string, string[]> errors)
    {
        var values = parameters[name];
        if (StringValues.IsNullOrEmpty(values)) return null;
        if (values.Count > 1) errors[name] = [$"{name} is given once."];
        return values[0]?.Trim();
    }

    private static DateOnly Date(IQueryCollection parameters, string name, DateOnly fallback, Dictionary<string, string[]> errors)
    {
        var value = Single(parameters, name, errors);
        if (string.IsNullOrEmpty(value)) return fallback;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors[name] = [$"{name} is a date written yyyy-mm-dd, not {Cut(value)}."];
        return fallback;
    }

    private static string Cut(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
