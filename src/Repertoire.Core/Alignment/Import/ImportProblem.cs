namespace Repertoire.Core.Alignment.Import;

/// <summary>A record that could not be read.</summary>
/// <param name="Index">Its zero-based position in the export's array.</param>
/// <param name="Line">The one-based line where the record starts (or where the syntax broke), when known.</param>
/// <param name="Reason">What is wrong.</param>
public sealed record ImportProblem(int Index, long? Line, string Reason)
{
    /// <summary>"record 12 (line 340): no id".</summary>
    public override string ToString() =>
        Line is { } line ? $"record {Index} (line {line}): {Reason}" : $"record {Index}: {Reason}";
}
