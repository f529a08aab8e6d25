namespace Repertoire.Web.Corrections;

/// <summary>A listing file that could not be edited (unreadable, no front matter, a field of another shape).</summary>
public sealed class ListingEditException(string message, Exception inner) : Exception(message, inner);
