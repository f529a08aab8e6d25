using Repertoire.Core.Records;
using Repertoire.Core.Content;
using Repertoire.Web.Infrastructure;

namespace Repertoire.Web.Pages;

/// <summary>The home page: the basins with their communes and how many listings each has.</summary>
public sealed class Index(ContentStore store) : LocalizedPageModel
{
    public IReadOnlyList<BasinModel> Basins { get; private set; } = [];

    public int Total { get; private set; }

    public void OnGet()
    {
        var content = store.Current;
        Title = Text["home.title"];
        MetaDescription = Text["footer.about"];
        Total = content.Organisations.Count;
        Basins = BasinModel.All(content, this);
    }

    public sealed record CommuneModel(string Id, string Name, int Count);

    public sealed record BasinModel(string Id, string Name, int Count, string CountLabel, IReadOnlyList<CommuneModel> Communes)
    {
        public static IReadOnlyList<BasinModel> All(ContentSet content, LocalizedPageModel page)
        {
            var lang = page.Lang;
            var perBasin = content.Organisations.Where(o => o.Site.Basin is not null).CountBy(o => o.Site.Basin!).ToDictionary();
            // Brussels-City lies in several basins: its listings count in the basin of their own site.
            var perCommuneBasin = content.Organisations.Where(o => o.Site.Commune is not null)
                .CountBy(o => (o.Site.Commune!, o.Site.Basin ?? "")).ToDictionary();
            return content.Territory.Basins.Select(basin =>
            {
                var count = perBasin.GetValueOrDefault(basin.Id);
                var label = count switch
                {
                    0 => page.Text["home.basin.listings.none"],
                    1 => page.Text["home.basin.listings.one"],
                    _ => page.Text.Format("home.basin.listings", ("COUNT", count)),
                };
                var communes = content.Territory.CommunesOf(basin.Id)
                    .Select(c => new CommuneModel(c.Id, c.Name.Get(lang) ?? c.Id, perCommuneBasin.GetValueOrDefault((c.Id, basin.Id))))
                    .OrderBy(c => c.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(lang.Tag()), true))
                    .ToList();
                return new BasinModel(basin.Id, basin.Name.Get(lang) ?? basin.Id, count, label, communes);
            }).ToList();
        }
    }
}
