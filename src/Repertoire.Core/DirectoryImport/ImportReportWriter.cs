using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Repertoire.Core.DirectoryImport;

/// <summary>Writes an <see cref="ImportReport"/> as JSON (for tools) and as a Markdown summary (for people).</summary>
public static class ImportReportWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>The report as JSON.</summary>
    public static string ToJson(ImportReport report) => JsonSerializer.Serialize(report, Json);

    /// <summary>Writes <c>import-report.json</c> and <c>import-report.md</c> into <paramref name="folder"/>; returns their paths.</summary>
    public static (string Json, string Markdown) Write(ImportReport report, string folder)
    {
        Directory.CreateDirectory(folder);
        var json = Path.Combine(folder, "import-report.json");
        var markdown = Path.Combine(folder, "import-report.md");
        File.WriteAllText(json, ToJson(report) + "\n", new UTF8Encoding(false));
        File.WriteAllText(markdown, ToMarkdown(report), new UTF8Encoding(false));
        return (json, markdown);
    }

    /// <summary>The one-line outcome.</summary>
    public static string Summary(ImportReport report) => string.Create(CultureInfo.InvariantCulture,
        $"{report.Added.Count} added, {report.Changed.Count} changed, {report.Unchanged} unchanged, {report.NoLongerListed.Count} no longer listed, "
        + $"{report.Merged.Count} merged, {report.Conflicts.Count} conflicts, {report.HandWritten.Count} left to hand-written listings, "
        + $"{report.PendingReview.Count} pairs to review, {report.Refused.Count} records refused, {report.UnmappedCategories.Count} unmapped categories");

    /// <summary>The readable summary.</summary>
    public static string ToMarkdown(ImportReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Import of {report.Started:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine();
        text.AppendLine(Summary(report) + ".");
        text.AppendLine();
        foreach (var source in report.Sources)
            text.AppendLine(CultureInfo.InvariantCulture, $"- {source.Source} ({source.Origin}): {source.Records} records read, {source.Refused} refused{(source.Complete ? "" : "; not complete, so nothing was marked no longer listed")}");
        Section(text, "Added", report.Added, a => $"`{a.Id}` ({string.Join(", ", a.External.Select(e => $"{e.Key} {e.Value}"))})");
        Section(text, "Changed", report.Changed, c => $"`{c.Id}`: " + string.Join("; ", c.Fields.Select(f => $"{f.Field}: {Show(f.Before)} → {Show(f.After)}")));
        Section(text, "No longer listed", report.NoLongerListed, w => $"`{w.Id}`: {w.Source} {w.RecordId}");
        Section(text, "Merged after confirmation", report.Merged, m => $"`{m.Removed}` into `{m.Into}` ({m.BruxellesSocial} / {m.SocialeKaart})");
        Section(text, "Conflicts (local edits kept)", report.Conflicts, c => $"`{c.Id}` {c.Field}: {c.Note}" + (c.Upstream is null ? "" : $"; upstream now {Show(c.Upstream)}"));
        Section(text, "Left to hand-written listings", report.HandWritten, h => $"`{h.Id}` ← {h.Source} {h.RecordId} ({h.How})");
        Section(text, "Pairs to review in the workbench", report.PendingReview, p => $"{p.BruxellesSocial} / {p.SocialeKaart} (score {p.Score:0.00}): `{p.BruxellesSocialListing}` and `{p.SocialeKaartListing}`");
        Section(text, "Unmapped categories (add them to taxonomy/directory-categories.yml)", report.UnmappedCategories, u => $"{u.Source}: \"{u.Label}\" ({u.Records} records)");
        Section(text, "Refused records", report.Refused, r => $"{SourceKey(r.Source)} {r.Id ?? "(no id)"} at {r.Position}: {r.Reason}");
        Section(text, "Fields left out", report.Warnings, w => $"{w.Source} {w.RecordId}: {w.Message}");
        return text.ToString();
    }

    private static void Section<T>(StringBuilder text, string title, IReadOnlyCollection<T> items, Func<T, string> line)
    {
        if (items.Count == 0) return;
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {title} ({items.Count})").AppendLine();
        foreach (var item in items) text.AppendLine("- " + line(item));
    }

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Show(System.Text.Json.Nodes.JsonNode? node) => node is null ? "(none)" : node.ToJsonString(Compact);

    private static string SourceKey(Alignment.DirectorySource source) => Mapping.Contribution.Key(source);
}
