using System.Globalization;
using Repertoire.Core.Content;
using Repertoire.Core.Records;
using Repertoire.Web.Infrastructure;
using Repertoire.Web.Pages.Search;
using Repertoire.Web.Pages.Shared;

namespace Repertoire.Web.Pages;

/// <summary>
/// The home page: a search box, the need categories with the most services, a tile map of the communes coloured by
/// basin that opens the search on a basin, and the basins with their communes and counts.
/// </summary>
public sealed class Index(ContentStore store) : LocalizedPageModel
{
    /// <summary>How many need categories the home page offers.</summary>
    public const int TopNeedCount = 8;

    public IReadOnlyList<BasinModel> Basins { get; private set; } = [];

    public IReadOnlyList<NeedLink> TopNeeds { get; private set; } = [];

    public IReadOnlyList<Tile> Tiles { get; private set; } = [];

    public int Total { get; private set; }

    public void OnGet()
    {
        var content = store.Current;
        Title = Text["home.title"];
        MetaDescription = Text["footer.about"];
        Total = content.Organisations.Count;
        Basins = BasinModel.All(content, this);
        TopNeeds = NeedLink.Top(content, Lang);
        Tiles = Tile.All(content, Lang);
    }

    public sealed record NeedLink(string Id, string Label, int Count, string Url)
    {
        // Without search logs, the needs with the most services stand for the ones professionals reach for most.
        public static IReadOnlyList<NeedLink> Top(ContentSet content, Language lang)
        {
            var counts = NeedCounts.Of(content);
            return content.Taxonomy.Needs
                .Select(n => new NeedLink(n.Id, n.Label.Get(lang) ?? n.Id, counts.Total(n.Id), SearchLink.To(lang, need: n.Id)))
                .Where(n => n.Count > 0 && content.Taxonomy.Need(n.Id)!.Parent is not null)
                .OrderByDescending(n => n.Count).ThenBy(n => n.Label, StringComparer.Create(CultureInfo.GetCultureInfo(lang.Tag()), true))
                .Take(TopNeedCount)
                .ToList();
        }
    }

    /// <summary>A commune on the tile map: its basins (several for Brussels-City) and the search it opens.</summary>
    public sealed record Tile(string Id, string Name, IReadOnlyList<string> Basins, string BasinNames, int Row, int Column, string Url)
    {
        public static IReadOnlyList<Tile> All(ContentSet content, Language lang) =>
            CommuneTiles.Layout(content.Territory.Communes).Select(p =>
            {
                var name = p.Commune.Name.Get(lang) ?? p.Commune.Id;
                var basins = p.Commune.Basins;
                var names = string.Join(", ", basins.Select(b => content.Territory.Basin(b)?.Name.Get(lang) ?? b));
                // A tile names a commune, so it opens that commune (its basin is one click away in the filters).
                var url = SearchLink.To(lang, commune: p.Commune.Id);
                return new Tile(p.Commune.Id, name, basins, names, p.Row, p.Column, url);
            }).ToList();

    }

    public sealed record CommuneModel(string Id, string Name, int Count);

    public sealed record BasinModel(string Id, string Name, int Count, string CountLabel, string Url, IReadOnlyList<CommuneModel> Communes)
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
                    .OrderBy(c => c.Name, StringComparer.Create(CultureInfo.GetCultureInfo(lang.Tag()), true))
                    .ToList();
                return new BasinModel(basin.Id, basin.Name.Get(lang) ?? basin.Id, count, label, SearchLink.To(lang, basin: basin.Id), communes);
            }).ToList();
        }
    }
}
