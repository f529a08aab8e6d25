namespace Repertoire.Core.Alignment.Import;

/// <summary>The records read from an export and the ones that could not be read.</summary>
/// <param name="Records">The readable records, in export order.</param>
/// <param name="Problems">The unreadable records with their position and reason.</param>
public sealed record ImportResult(IReadOnlyList<DirectoryRecord> Records, IReadOnlyList<ImportProblem> Problems);
