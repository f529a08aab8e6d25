using System.Globalization;
using CsvHelper;

namespace Repertoire.Web.NeedsWatch;

/// <summary>
/// One table of a report as CSV (RFC 4180, by CsvHelper), with English column names fixed by the API contract.
/// A count hidden from the public (fewer than k) is an empty cell, as it is null in the JSON.
/// </summary>
public static class NeedsWatchCsv
{
    /// <summary>Writes <paramref name="table"/> (one of <see cref="NeedsWatchRequest.Tables"/>) of the report.</summary>
    public static void Write(TextWriter writer, NeedsWatchReport report, string table)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var csv = CsvWriter.Create(writer, null, leaveOpen: true);
        switch (table)
        {
            case "needs":
            case "unmet":
                Header(csv, "need", "label", "searches", "nothing_found", "only_elsewhere", "offer");
                foreach (var r in table == "needs" ? report.TopNeeds : report.Unmet)
                    Row(csv, r.Need, r.Label, r.Searches, r.NothingFound, r.OnlyElsewhere, r.Offer);
                break;
            case "coverage":
                Header(csv, "need", "label", "level", "demand", "offer");
                foreach (var r in report.Coverage) Row(csv, r.Need, r.Label, r.IsRoot ? "category" : "need", r.Demand, r.Offer);
                break;
            case "weeks":
                Header(csv, "week", "searches", "nothing_found", "only_elsewhere");
                foreach (var r in report.Weeks)
                    Row(csv, r.Monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Searches, r.NothingFound, r.OnlyElsewhere);
                break;
            case "texts":
                Header(csv, "text", "searches");
                foreach (var r in report.Texts) Row(csv, r.Text, r.Searches);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(table), table, "Unknown table.");
        }
        csv.Flush();
    }

    /// <summary>The download's file name: <c>needs-watch-{scope}-{table}-{from}-{to}.csv</c>.</summary>
    public static string FileName(NeedsWatchReport report, string table) =>
        FormattableString.Invariant($"needs-watch-{report.Basin ?? "region"}-{table}-{report.From:yyyy-MM-dd}-{report.To:yyyy-MM-dd}.csv");

    private static void Header(CsvWriter csv, params string[] names)
    {
        foreach (var name in names) csv.WriteField(name);
        csv.EndRecord();
    }

    private static void Row(CsvWriter csv, params object?[] values)
    {
        foreach (var value in values) csv.WriteField(value is int n ? n.ToString(CultureInfo.InvariantCulture) : value?.ToString() ?? "");
        csv.EndRecord();
    }
}
