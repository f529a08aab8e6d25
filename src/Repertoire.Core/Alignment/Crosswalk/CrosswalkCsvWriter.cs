using System.Globalization;
using System.Text;

namespace Repertoire.Core.Alignment.Crosswalk;

/// <summary>Writes the crosswalk as CSV (RFC 4180): one row per pair, then one row per record found on one side
/// only (status <c>only_bruxelles_social</c> or <c>only_sociale_kaart</c>).</summary>
public static class CrosswalkCsvWriter
{
    private static readonly string[] EvidenceFields = ["kbo", "name", "address", "phone", "email", "website", "geo"];

    /// <summary>Writes the CSV, header first.</summary>
    public static void Write(CrosswalkDocument document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("bruxelles_social,sociale_kaart,repertoire,score,status,");
        writer.Write(string.Join(',', EvidenceFields));
        writer.Write(",conflicts\r\n");
        foreach (var pair in document.Pairs)
        {
            var cells = new List<string?>
            {
                pair.BruxellesSocial, pair.SocialeKaart, pair.Repertoire,
                pair.Score.ToString("0.###", CultureInfo.InvariantCulture), pair.Status,
            };
            foreach (var field in EvidenceFields)
                cells.Add(pair.Evidence.TryGetValue(field, out var v) ? v.ToString("0.##", CultureInfo.InvariantCulture) : null);
            cells.Add(string.Join("; ", pair.Conflicts.Select(c => $"{c.Field}: {c.BruxellesSocial} | {c.SocialeKaart}")));
            WriteRow(writer, cells);
        }
        foreach (var id in document.OnlyBruxellesSocial)
            WriteRow(writer, [id, null, null, null, "only_bruxelles_social", .. new string?[EvidenceFields.Length + 1]]);
        foreach (var id in document.OnlySocialeKaart)
            WriteRow(writer, [null, id, null, null, "only_sociale_kaart", .. new string?[EvidenceFields.Length + 1]]);
    }

    /// <summary>The CSV as a string.</summary>
    public static string Write(CrosswalkDocument document)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(document, writer);
        return writer.ToString();
    }

    private static void WriteRow(TextWriter writer, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) writer.Write(',');
            writer.Write(Quote(cells[i]));
        }
        writer.Write("\r\n");
    }

    private static string Quote(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value.IndexOfAny([',', '"', '\r', '\n']) < 0) return value;
        return new StringBuilder(value.Length + 2).Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
    }
}
