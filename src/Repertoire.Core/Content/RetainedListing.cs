namespace Repertoire.Core.Content;

/// <summary>A listing whose file has become invalid: its last good version is still served.</summary>
/// <param name="Id">The listing's id.</param>
/// <param name="Path">The invalid file, relative to the content folder.</param>
/// <param name="Problems">The errors that keep the new version out.</param>
public sealed record RetainedListing(string Id, string Path, IReadOnlyList<ContentProblem> Problems);
