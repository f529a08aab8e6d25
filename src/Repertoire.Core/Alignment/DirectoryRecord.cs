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

/// <summary>A postal address with optional coordinates (WGS84).</summary>
/// <param name="StreetFr">The French street name (Bruxelles-Social), or the only street name given.</param>
/// <param name="StreetNl">The Dutch street name, if given separately.</param>
/// <param name="Number">The house number as written, possibly with a range or a box.</param>
/// <param name="Box">The box when given separately.</param>
/// <param name="Postcode">The postcode.</param>
/// <param name="Municipality">The municipality name.</param>
/// <param name="Lat">Latitude.</param>
/// <param name="Lon">Longitude.</param>
public sealed record DirectoryAddress(
    string? StreetFr,
    string? StreetNl,
    string? Number,
    string? Box,
    string? Postcode,
    string? Municipality,
    double? Lat,
    double? Lon)
{
    /// <summary>The street names given, French then Dutch.</summary>
    public IEnumerable<string> Streets()
    {
        if (!string.IsNullOrWhiteSpace(StreetFr)) yield return StreetFr;
        if (!string.IsNullOrWhiteSpace(StreetNl) && StreetNl != StreetFr) yield return StreetNl;
    }

    /// <summary>One-line display form, "Rue Malibran 18 bte 4, 1050".</summary>
    public override string ToString()
    {
        var street = StreetFr ?? StreetNl ?? "";
        var number = Number ?? "";
        if (!string.IsNullOrWhiteSpace(Box)) number += " bte " + Box;
        return $"{street} {number}".Trim() + (string.IsNullOrWhiteSpace(Postcode) ? "" : ", " + Postcode);
    }
}
