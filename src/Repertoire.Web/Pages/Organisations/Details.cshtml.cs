using Microsoft.AspNetCore.Mvc;
using Repertoire.Core.Content;
using Repertoire.Core.Records;
using Repertoire.Web.Infrastructure;
using Repertoire.Web.Localization;

namespace Repertoire.Web.Pages.Organisations;

/// <summary>One listing, in the visitor's language, with every field of the content format.</summary>
public sealed class Details(ContentStore store, NodaTime.IClock clock) : LocalizedPageModel
{
    public Model Data { get; private set; } = default!;

    /// <summary>Hours, open now, access, conditions and freshness in words, at the request's instant.</summary>
    public ListingFacts Facts { get; private set; } = default!;

    /// <summary>Whether a staff member is signed in: they see the editor's note and file problems.</summary>
    public bool IsStaff { get; private set; }

    /// <summary>The errors of the listing's file when its last good version is shown instead.</summary>
    public RetainedListing? Retained { get; private set; }

    /// <summary>The schema.org description of the listing, as JSON safe inside a script element.</summary>
    public string JsonLd { get; private set; } = "";

    /// <summary>The listing's fields outside the content format.</summary>
    public IReadOnlyList<ListingExtras.Field> Extras { get; private set; } = [];

    /// <summary>The listing's pin when it has coordinates; null, and no map, otherwise.</summary>
    public Shared.MapView? Map { get; private set; }

    /// <summary>The absolute URL of this page.</summary>
    public string CanonicalUrl { get; private set; } = "";

    public IActionResult OnGet(string id)
    {
        var content = store.Current;
        if (content.Find(id) is not { } organisation) return NotFound();
        Data = Model.From(organisation, content, Lang);
        Title = Data.Name;
        MetaDescription = Data.Summary;
        CanonicalUrl = $"{Request.Scheme}://{Request.Host}{LocalizedRoutes.ListingPath(organisation.Id, Lang)}";
        Facts = ListingFacts.Of(organisation, clock.GetCurrentInstant(), Lang);
        IsStaff = User.Identity?.IsAuthenticated == true;
        Retained = IsStaff ? content.RetainedOf(organisation.Id) : null;
        Extras = ListingExtras.Of(organisation, Text, Lang);
        Map = Shared.MapView.OfListing(organisation, Data.Name, Text);
        JsonLd = ListingJsonLd.Of(organisation, Data, content, Lang, CanonicalUrl);
        return Page();
    }

    /// <summary>Only http(s) links become anchors: a <c>javascript:</c> URL in content must never be clickable.</summary>
    public static bool IsWebLink(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public sealed record Term(string Id, string Label);

    public sealed record Model(
        Organisation Organisation,
        string Name,
        IReadOnlyList<string> AltNames,
        string? Address,
        string? Commune,
        string? Basin,
        string? Quartier,
        string? MapUrl,
        IReadOnlyList<Term> Needs,
        IReadOnlyList<Term> Sectors,
        IReadOnlyList<string> AreaServed,
        string DescriptionHtml,
        bool DescriptionIsFallback,
        string? Summary,
        string? BruxellesSocialUrl,
        string? SocialeKaartUrl)
    {
        public static Model From(Organisation o, ContentSet content, Language lang)
        {
            var territory = content.Territory;
            var commune = territory.Commune(o.Site.Commune);
            var communeName = commune?.Name.Get(lang);
            var street = o.Site.StreetLine(lang);
            // Without a known street, the postcode and commune still tell the visitor where the service is.
            var locality = $"{o.Site.Postcode} {communeName}".Trim();
            var address = string.Join(", ", new[] { street, locality }.Where(part => !string.IsNullOrEmpty(part)));
            var description = o.Description.Get(lang);
            var plain = MarkdownRenderer.ToPlainText(description);
            var area = o.AreaServed.Select(a => a == "region" ? null : territory.Commune(a)?.Name.Get(lang) ?? territory.Basin(a)?.Name.Get(lang))
                .ToList();
            return new Model(
                o,
                o.DisplayName(lang),
                o.AltNames.In(lang).Concat(o.AltNames.In(lang.Other())).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                address.Length == 0 ? null : address,
                communeName,
                territory.Basin(o.Site.Basin)?.Name.Get(lang),
                territory.Quartier(o.Site.Quartier)?.Name.Get(lang),
                ExternalLinks.OpenStreetMap(o.Site, o.Coordinates, commune?.Name.Fr),
                o.Needs.Select(n => new Term(n, content.Taxonomy.Need(n)?.Label.Get(lang) ?? n)).ToList(),
                o.Sectors.Select(s => new Term(s, content.Taxonomy.Sector(s)?.Label.Get(lang) ?? s)).ToList(),
                area.Select(a => a ?? "").ToList(),
                MarkdownRenderer.ToHtml(description),
                o.Description.IsFallback(lang),
                Shorten(plain, 200),
                ExternalLinks.BruxellesSocial(o.External, lang),
                ExternalLinks.SocialeKaart(o.External));
        }

        private static string? Shorten(string plain, int length)
        {
            if (plain.Length == 0) return null;
            if (plain.Length <= length) return plain;
            var cut = plain.LastIndexOf(' ', length);
            return plain[..(cut > 0 ? cut : length)] + "…";
        }
    }
}
