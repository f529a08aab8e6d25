namespace Repertoire.Core.Alignment;

/// <summary>One record of either directory, reduced to the fields alignment uses; values are kept as the
/// directory spells them (normalisation happens in the matcher).</summary>
/// <param name="Source">The directory the record comes from.</param>
/// <param name="Id">The directory's id as a string (Bruxelles-Social <c>id</c>, Sociale Kaart <c>id.id</c>).</param>
/// <param name="Names">Official names first, then alternative names, in any language.</param>
/// <param name="Kbos">BCE/KBO numbers as written.</param>
/// <param name="Addresses">Addresses, the visiting (primary) address first.</param>
/// <param name="Phones">Phone numbers as written.</param>
/// <param name="Emails">E-mail addresses as written.</param>
/// <param name="Websites">Web sites as written.</param>
/// <param name="LegalForm">The legal-form label, if any.</param>
/// <param name="Activities">Activity labels or free text.</param>
public sealed record DirectoryRecord(
    DirectorySource Source,
    string Id,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Kbos,
    IReadOnlyList<DirectoryAddress> Addresses,
    IReadOnlyList<string> Phones,
    IReadOnlyList<string> Emails,
    IReadOnlyList<string> Websites,
    string? LegalForm = null,
    IReadOnlyList<string>? Activities = null)
{
    /// <summary>The first name, or the id when the record has no name.</summary>
    public string DisplayName => Names.Count > 0 ? Names[0] : Id;

    /// <summary>The visiting address, or null.</summary>
    public DirectoryAddress? PrimaryAddress => Addresses.Count > 0 ? Addresses[0] : null;
}
