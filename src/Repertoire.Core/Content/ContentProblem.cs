namespace Repertoire.Core.Content;

/// <summary>How bad a content problem is.</summary>
public enum ProblemSeverity
{
    /// <summary>Something to look at; the file is still served (an unknown field, say).</summary>
    Warning,

    /// <summary>The file, or the entry, is not served until it is fixed.</summary>
    Error,
}

/// <summary>One problem found while reading the content folder.</summary>
/// <param name="Path">The file, relative to the content folder, with forward slashes.</param>
/// <param name="Line">The 1-based line where known.</param>
/// <param name="Field">The field concerned (dotted path such as <c>site.commune</c>), or <c>-</c> for the whole file.</param>
/// <param name="Message">What is wrong, in plain words.</param>
/// <param name="Severity">Whether the entry is still served.</param>
public sealed record ContentProblem(string Path, int? Line, string Field, string Message, ProblemSeverity Severity = ProblemSeverity.Error)
{
    /// <summary>The <c>path:line: field: message</c> form that <c>repertoire validate</c> prints.</summary>
    public override string ToString()
    {
        var where = Line is { } line ? $"{Path}:{line}" : Path;
        var warning = Severity == ProblemSeverity.Warning ? "warning: " : "";
        return $"{where}: {Field}: {warning}{Message}";
    }
}
