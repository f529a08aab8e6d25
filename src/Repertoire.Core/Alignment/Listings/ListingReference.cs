namespace Repertoire.Core.Alignment.Listings;

/// <summary>What the matcher needs to know of a Repertoire listing to link a pair to it.</summary>
/// <param name="Id">The listing id (its file name in <c>content/organisations/</c>).</param>
/// <param name="Kbo">Its BCE/KBO number in any spelling, if known.</param>
/// <param name="BruxellesSocialId">Its Bruxelles-Social id (<c>external.bruxelles_social</c>), if known.</param>
/// <param name="SocialeKaartId">Its Sociale Kaart id (<c>external.sociale_kaart</c>), if known.</param>
/// <param name="Names">Its names and alternative names in both languages.</param>
/// <param name="Postcode">The site's postcode.</param>
/// <param name="Street">The site's street, in either language.</param>
/// <param name="Number">The site's house number.</param>
public sealed record ListingReference(
    string Id,
    string? Kbo,
    string? BruxellesSocialId,
    string? SocialeKaartId,
    IReadOnlyList<string> Names,
    string? Postcode,
    string? Street,
    string? Number)
{
    /// <summary>Further street spellings of the site (e.g. the other language).</summary>
    public IReadOnlyList<string> OtherStreets { get; init; } = [];

    /// <summary>The reference of a listing the content loader read (no second parse of its front matter).</summary>
    public static ListingReference From(Records.Organisation listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var streets = new[] { listing.Site.Street.Fr, listing.Site.Street.Nl }.OfType<string>().Distinct().ToList();
        // A name the two languages share is one name: counting it twice would skew the name statistics.
        var names = new[] { listing.Name.Fr, listing.Name.Nl }.Concat(listing.AltNames.All)
            .Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new ListingReference(listing.Id, listing.Kbo, listing.External.BruxellesSocial, listing.External.SocialeKaart,
            names, listing.Site.Postcode, streets.FirstOrDefault(), listing.Site.Number)
        {
            OtherStreets = streets.Skip(1).ToList(),
        };
    }
}
