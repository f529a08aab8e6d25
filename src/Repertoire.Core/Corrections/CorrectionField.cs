using Repertoire.Core.Content;

namespace Repertoire.Core.Corrections;

/// <summary>A field a visitor can report and staff can correct from the queue, with where it lives in the front
/// matter (docs/content-format.md).</summary>
/// <param name="Id">The field's id in forms, the database and the interface strings (<c>corrections.field.ID</c>).</param>
/// <param name="Kind">How it is written.</param>
/// <param name="Path">The dotted front-matter path; null for <see cref="CorrectionFieldKind.Other"/>.</param>
public sealed record CorrectionField(string Id, CorrectionFieldKind Kind, string? Path)
{
    /// <summary>The fields, in the order the report form offers them.</summary>
    public static IReadOnlyList<CorrectionField> All { get; } =
    [
        new("name", CorrectionFieldKind.Text, "name"),
        new("phones", CorrectionFieldKind.Items, "phones"),
        new("emails", CorrectionFieldKind.Items, "emails"),
        new("websites", CorrectionFieldKind.Items, "websites"),
        new("street", CorrectionFieldKind.Text, "site.street"),
        new("number", CorrectionFieldKind.Scalar, "site.number"),
        new("postcode", CorrectionFieldKind.Scalar, "site.postcode"),
        new("hours", CorrectionFieldKind.Text, "hours"),
        new("access", CorrectionFieldKind.Text, "access"),
        new("audience", CorrectionFieldKind.Text, "audience"),
        new("languages", CorrectionFieldKind.Items, "languages"),
        new("other", CorrectionFieldKind.Other, null),
    ];

    /// <summary>The field of an id, or null.</summary>
    public static CorrectionField? Find(string? id) => All.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.Ordinal));

    /// <summary>Whether accepting writes the listing file.</summary>
    public bool IsWritable => Path is not null;

    /// <summary>The path written for a language: <c>name.fr</c>; for structured hours (a mapping of weekdays), the
    /// text is their note, <c>hours.note.fr</c>.</summary>
    public string? PathFor(FrontMatterEditor document, string language) => Kind switch
    {
        CorrectionFieldKind.Text when document.Keys(Path!).Any(k => k is not ("fr" or "nl")) => $"{Path}.note.{language}",
        CorrectionFieldKind.Text => $"{Path}.{language}",
        _ => Path,
    };

    /// <summary>The field's value in the file now, as one line of text; null when absent.</summary>
    public string? Current(FrontMatterEditor document, string language)
    {
        if (Path is null) return null;
        if (Kind == CorrectionFieldKind.Items)
            return document.Items(Path) is { Count: > 0 } items ? string.Join(", ", items) : null;
        if (Kind == CorrectionFieldKind.Text && document.Scalar(Path) is { } both) return both;
        return document.Scalar(PathFor(document, language)!);
    }

    /// <summary>Writes <paramref name="value"/> into the document (only this field's characters change).</summary>
    public void Apply(FrontMatterEditor document, string language, string value)
    {
        if (Path is null) throw new InvalidOperationException($"'{Id}' is not a field of the file");
        switch (Kind)
        {
            case CorrectionFieldKind.Items:
                document.SetItems(Path, SplitItems(value));
                break;
            case CorrectionFieldKind.Text when document.Keys(Path).Any(k => k is not ("fr" or "nl")):
                document.SetScalar(PathFor(document, language)!, value);
                break;
            case CorrectionFieldKind.Text:
                document.SetText(Path, language, value);
                break;
            default:
                document.SetScalar(Path, value);
                break;
        }
    }

    /// <summary>"02 123 45 67; 0800 35 243" → two items.</summary>
    public static IReadOnlyList<string> SplitItems(string value) =>
        value.Split(['\n', ',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
