using Repertoire.Core.Alignment.Listings;
using Repertoire.Core.Content;
using Repertoire.Core.Records;

namespace Repertoire.Web.Staff;

/// <summary>What the matcher needs of the listings being served, to link pairs to them.</summary>
public static class ListingReferences
{
    /// <summary>One reference per listing of the content set.</summary>
    public static IReadOnlyList<ListingReference> From(ContentSet content) =>
        content.Organisations.Select(From).ToList();

    /// <summary>The reference of one listing: external ids, KBO, names in both languages, site.</summary>
    public static ListingReference From(Organisation organisation)
    {
        var names = new List<string>();
        foreach (var name in new[] { organisation.Name.Fr, organisation.Name.Nl, })
            if (!string.IsNullOrWhiteSpace(name) && !names.Contains(name, StringComparer.OrdinalIgnoreCase)) names.Add(name);
        foreach (var name in organisation.AltNames.All)
            if (!names.Contains(name, StringComparer.OrdinalIgnoreCase)) names.Add(name);

        var site = organisation.Site;
        var street = site.Street.Get(Language.Fr);
        var otherStreet = site.Street.In(Language.Nl);
        return new ListingReference(
            organisation.Id,
            organisation.Kbo,
            organisation.External.BruxellesSocial,
            organisation.External.SocialeKaart,
            names,
            site.Postcode,
            street,
            site.Number)
        {
            OtherStreets = otherStreet is not null && otherStreet != street ? [otherStreet] : [],
        };
    }
}
