using Repertoire.Core.Content;
using Repertoire.Core.Records;
using Repertoire.Web.Infrastructure;
using Repertoire.Web.Pages.Search;
using Repertoire.Web.Pages.Shared;

namespace Repertoire.Web.Pages.Coverage;

/// <summary>
/// The offer per need category and basin, as a heat-map table: the basins' mission is to know the offer of their
/// territory, and an empty or pale cell shows where it is thin. Each cell opens the matching search.
/// </summary>
public sealed class Index(ContentStore store) : LocalizedPageModel
{
    public Model Data { get; private set; } = default!;

    public void OnGet()
    {
        Title = Text["coverage.title"];
        MetaDescription = Text["coverage.description"];
        Data = Model.From(store.Current, Lang);
    }

    public sealed record Column(string Id, string Name, string Url, int Total);

    /// <summary>A cell: its count, its heat level 0 (none) to 4 (most), and the search it opens.</summary>
    public sealed record Cell(int Count, int Level, string Url);

    /// <summary>A need's row: a cell per basin, then the listings serving the whole Region (<see cref="RegionWide"/>,
    /// which may also count in the basin of their address), then every listing once (<see cref="Total"/>).</summary>
    public sealed record Row(string NeedId, string Label, bool IsRoot, int Total, string Url, IReadOnlyList<Cell> Cells, int RegionWide);

    public sealed record Model(IReadOnlyList<Column> Basins, IReadOnlyList<Row> Rows, int Listings, int Gaps)
    {
        public static Model From(ContentSet content, Language lang)
        {
            var counts = NeedCounts.Of(content);
            var basins = content.Territory.Basins;
            var rows = new List<Row>();
            foreach (var root in content.Taxonomy.RootNeeds)
            {
                rows.Add(RowOf(root, isRoot: true));
                rows.AddRange(content.Taxonomy.ChildrenOf(root.Id).Select(child => RowOf(child, isRoot: false)));
            }
            var columns = basins.Select(b => new Column(b.Id, b.Name.Get(lang) ?? b.Id, SearchLink.To(lang, basin: b.Id),
                content.Organisations.Count(o => o.Site.Basin == b.Id))).ToList();
            return new Model(columns, rows, content.Organisations.Count, rows.Where(r => !r.IsRoot).Sum(r => r.Cells.Count(c => c.Count == 0)));

            Row RowOf(TaxonomyTerm need, bool isRoot)
            {
                var cells = basins.Select(b =>
                {
                    var count = counts.InBasin(need.Id, b.Id);
                    return new Cell(count, Level(count), SearchLink.To(lang, basin: b.Id, need: need.Id));
                }).ToList();
                return new Row(need.Id, need.Label.Get(lang) ?? need.Id, isRoot, counts.Total(need.Id), SearchLink.To(lang, need: need.Id), cells,
                    counts.RegionWide(need.Id));
            }
        }

        // Fixed steps rather than quantiles, so a colour means the same number of services on every page.
        private static int Level(int count) => count switch { 0 => 0, 1 => 1, <= 3 => 2, <= 6 => 3, _ => 4 };
    }
}
