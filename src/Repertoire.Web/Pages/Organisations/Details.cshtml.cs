using Microsoft.AspNetCore.Mvc;
using Repertoire.Core.Content;
using Repertoire.Core.Records;
using Repertoire.Web.Infrastructure;

namespace Repertoire.Web.Pages.Organisations;

/// <summary>One listing, in the visitor's language, with every field of the content format.</summary>
public sealed class Details(ContentStore store) : LocalizedPageModel
{
    public Model Data { get; private set; } = default!;

    public IActionResult OnGet(string id)
    {
        var content = store.Current;
        if (content.Find(id) is not { } organisation) return NotFound();
        Data = Model.From(organisation, content, Lang);
        Title = Data.Name;
        MetaDescription = Data.Summary;
        return Page();
    }

    public sealed record Term(string Id, string Label);

    public sealed record Model(
        Organisation Organisation,
        string Name,
        IReadOnlyList<string> AltNames,
        string? Address,
        string? Commune,
        string? Basin,
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
            var address = street is null ? null : $"{street}, {o.Site.Postcode} {communeName}".TrimEnd(' ', ',');
            var description = o.Description.Get(lang);
            var plain = MarkdownRenderer.ToPlainText(description);
            var area = o.AreaServed.Select(a => a == "region" ? null : territory.Commune(a)?.Name.Get(lang) ?? territory.Basin(a)?.Name.Get(lang))
                .ToList();
            return new Model(
                o,
                o.DisplayName(lang),
                o.AltNames.In(lang).Concat(o.AltNames.In(lang.Other())).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                address,
                communeName,
                territory.Basin(o.Site.Basin)?.Name.Get(lang),
                ExternalLinks.OpenStreetMap(o.Site, commune?.Name.Fr),
                o.Needs.Select(n => new Term(n, content.Taxonomy.Need(n)?.Label.Get(lang) ?? n)).ToList(),
                o.Sectors.Select(s => new Term(s, content.Taxonomy.Sector(s)?.Label.Get(lang) ?? s)).ToList(),
                area.Select(a => a ?? "").ToList(),
                MarkdownRenderer.ToHtml(description),
                o.Description.IsFallback(lang),
                plain.Length > 200 ? plain[..plain.LastIndexOf(' ', 200)] + "…" : plain.Length == 0 ? null : plain,
                ExternalLinks.BruxellesSocial(o.External, lang),
                ExternalLinks.SocialeKaart(o.External));
        }
    }
}
