using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace Repertoire.Web.Staff;

/// <summary>The CSV downloads (staff pages, search results): RFC 4180 with a header, UTF-8 with a byte-order mark so spreadsheet
/// programs read accents right, and cells a spreadsheet would run as a formula (<c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, tab, carriage return) prefixed with an apostrophe (OWASP's advice on CSV injection): a visitor's report
/// must not become a formula on a staff member's computer. Written by hand, as CrosswalkCsvWriter is: the CsvHelper
/// 34.0.0 package this registry restores has no CsvConfiguration or InjectionOptions types to configure that escaping.</summary>
public static class CsvExport
{
    /// <summary>A file download of the rows, with the given header.</summary>
    public static FileContentResult File(string fileName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows) =>
        new(Bytes(header, rows), ContentType) { FileDownloadName = fileName };

    /// <summary>The media type of the files.</summary>
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>The file's bytes (for endpoints that are not MVC actions).</summary>
    public static byte[] Bytes(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder();
        WriteRow(text, header);
        foreach (var row in rows) WriteRow(text, row);
        return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
    }

    /// <summary>One cell, escaped.</summary>
    internal static string Cell(string? value)
    {
        var cell = value ?? "";
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r') cell = "'" + cell;
        return cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    private static void WriteRow(StringBuilder text, IReadOnlyList<string?> cells)
    {
        text.AppendJoin(',', cells.Select(Cell));
        text.Append("\r\n");
    }
}
