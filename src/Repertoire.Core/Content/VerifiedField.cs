using System.Globalization;

namespace Repertoire.Core.Content;

/// <summary>Reads and writes a listing's <c>verified: {date, by}</c> (docs/content-format.md). A legacy
/// <c>updated: DATE</c> line becomes the <c>verified</c> line (the loader warns when a file has both).</summary>
public static class VerifiedField
{
    /// <summary>"2026-11-02 (Brusano (Nord))", "2026-11-02", or null when the listing was never verified.</summary>
    public static string? Current(FrontMatterEditor document)
    {
        var date = document.Scalar("verified.date") ?? document.Scalar("verified") ?? document.Scalar("updated");
        if (date is null) return null;
        return document.Scalar("verified.by") is { } by ? $"{date} ({by})" : date;
    }

    /// <summary>Sets <c>verified.date</c> and <c>verified.by</c>.</summary>
    public static void Set(FrontMatterEditor document, DateOnly date, string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var text = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (!document.Has("verified") && document.Scalar("updated") is not null) document.RenameKey("updated", "verified");
        if (document.Scalar("verified") is not null)
        {
            // verified: 2025-01-01 (a date alone) becomes the full form.
            document.SetMapping("verified", [("date", text), ("by", by)]);
            return;
        }
        document.SetScalar("verified.date", text);
        document.SetScalar("verified.by", by);
    }
}
