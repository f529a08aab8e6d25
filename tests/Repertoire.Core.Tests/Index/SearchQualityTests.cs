using Repertoire.Core.Index;
using Repertoire.Core.Records;
using Repertoire.Tests;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;

namespace Repertoire.Core.Tests.Index;

/// <summary>
/// The judged queries of Fixtures/judgments.yml over the bundled content: mean nDCG@10 and recall@10 must stay
/// above a floor. Recall@10 is the share of the relevant listings found in the first ten, out of at most ten
/// (a query with 21 relevant listings is perfect with any ten of them).
/// </summary>
public sealed class SearchQualityTests(BundledIndexFixture index, ITestOutputHelper output) : IClassFixture<BundledIndexFixture>
{
    // At least what the engine before Lucene scored on these queries (docs/benchmarks.md, "Quality").
    private const double NdcgFloor = 0.95;
    private const double RecallFloor = 0.98;

    [Fact]
    public void JudgedQueriesRankRelevantListingsFirst()
    {
        var judgments = Judgment.Load(Path.Combine(TestPaths.RepositoryRoot, "tests", "Repertoire.Core.Tests", "Fixtures", "judgments.yml"));
        Assert.True(judgments.Count >= 70, $"only {judgments.Count} judged queries");
        double ndcgSum = 0, recallSum = 0;
        var lines = new List<string>();
        foreach (var judgment in judgments)
        {
            var result = index.Searcher.Search(judgment.Query with { PerPage = 10 });
            var ids = result.Hits.Select(h => h.Id).ToList();
            var ndcg = Ndcg(ids, judgment.Relevant);
            var recall = ids.Count(judgment.Relevant.ContainsKey) / (double)Math.Min(10, judgment.Relevant.Count);
            ndcgSum += ndcg;
            recallSum += recall;
            lines.Add($"{ndcg:0.000} {recall:0.000}  [{judgment.Query.Lang.Code()}] {judgment.Query.Text}"
                + (judgment.Filters.Length > 0 ? $" {{{judgment.Filters}}}" : "")
                + (ndcg < 0.8 || recall < 0.8 ? $"\n      got: {string.Join(", ", ids.Select(i => judgment.Relevant.TryGetValue(i, out var g) ? $"{i}({g})" : i))}"
                    + $"\n      missing: {string.Join(", ", judgment.Relevant.Keys.Where(k => !ids.Contains(k)))}" : ""));
        }
        var meanNdcg = ndcgSum / judgments.Count;
        var meanRecall = recallSum / judgments.Count;
        foreach (var line in lines.OrderBy(l => l, StringComparer.Ordinal)) output.WriteLine(line);
        output.WriteLine($"mean nDCG@10 = {meanNdcg:0.000}, mean recall@10 = {meanRecall:0.000} over {judgments.Count} queries");
        Assert.True(meanNdcg >= NdcgFloor, $"mean nDCG@10 {meanNdcg:0.000} < {NdcgFloor}");
        Assert.True(meanRecall >= RecallFloor, $"mean recall@10 {meanRecall:0.000} < {RecallFloor}");
    }

    private static double Ndcg(List<string> ids, IReadOnlyDictionary<string, int> relevant)
    {
        double dcg = 0, ideal = 0;
        for (var i = 0; i < ids.Count && i < 10; i++)
            dcg += relevant.TryGetValue(ids[i], out var grade) ? Gain(grade, i) : 0;
        var grades = relevant.Values.OrderDescending().Take(10).ToList();
        for (var i = 0; i < grades.Count; i++) ideal += Gain(grades[i], i);
        return ideal == 0 ? 1 : dcg / ideal;
    }

    private static double Gain(int grade, int rank) => (Math.Pow(2, grade) - 1) / Math.Log2(rank + 2);

    private sealed record Judgment(SearchQuery Query, string Filters, IReadOnlyDictionary<string, int> Relevant)
    {
        public static List<Judgment> Load(string path)
        {
            var yaml = new YamlStream();
            using (var reader = File.OpenText(path)) yaml.Load(reader);
            var list = new List<Judgment>();
            foreach (var node in ((YamlSequenceNode)yaml.Documents[0].RootNode).Children.Cast<YamlMappingNode>())
            {
                string Scalar(string key) => node.Children.TryGetValue(key, out var v) ? ((YamlScalarNode)v).Value ?? "" : "";
                var filters = node.Children.TryGetValue("filters", out var f) && f is YamlMappingNode map
                    ? map.Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!,
                        c => ((YamlSequenceNode)c.Value).Children.Select(x => ((YamlScalarNode)x).Value!).ToArray())
                    : [];
                LanguageExtensions.TryParse(Scalar("lang"), out var lang);
                var query = new SearchQuery
                {
                    Text = Scalar("q"),
                    Lang = lang,
                    Basins = filters.GetValueOrDefault("basin", []),
                    Communes = filters.GetValueOrDefault("commune", []),
                    Sectors = filters.GetValueOrDefault("sector", []),
                    Needs = filters.GetValueOrDefault("need", []),
                    Languages = filters.GetValueOrDefault("language", []),
                };
                var relevant = ((YamlMappingNode)node.Children["relevant"]).Children
                    .ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => int.Parse(((YamlScalarNode)c.Value).Value!, System.Globalization.CultureInfo.InvariantCulture));
                list.Add(new Judgment(query, string.Join(" ", filters.Select(kv => $"{kv.Key}={string.Join(",", kv.Value)}")), relevant));
            }
            return list;
        }
    }
}
