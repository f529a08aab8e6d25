using System.CommandLine;
using System.Text.Json;
using Repertoire.Core.Content;
using Repertoire.Core.Index;
using Repertoire.Core.Records;

namespace Repertoire.Cli;

/// <summary>
/// <c>repertoire search --lang fr|nl [--json] [--content DIR] QUERY...</c>: the same search as the API, as a list that
/// fits 80 columns or as the API's JSON document. Uses the prepared index of the data folder, building it when missing.
/// </summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var lang = new Option<string>("--lang") { Description = "The interface language: fr or nl.", DefaultValueFactory = _ => "fr" };
        lang.AcceptOnlyFromAmong("fr", "nl");
        var json = new Option<bool>("--json") { Description = "Write the API's JSON document." };
        var perPage = new Option<int>("--per-page") { Description = "Results to show (1..100).", DefaultValueFactory = _ => 20 };
        var content = CommonOptions.Content();
        var data = CommonOptions.Data();
        var words = new Argument<string[]>("query") { Description = "The words to search for.", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("search", "Search the directory as the API does.") { lang, json, perPage, content, data, words };
        command.SetAction(result =>
        {
            var contentPath = ContentLocator.ResolveContentPath(result.GetValue(content));
            var query = new SearchQuery
            {
                Text = string.Join(' ', result.GetValue(words) ?? []),
                Lang = result.GetValue(lang) == "nl" ? Language.Nl : Language.Fr,
                PerPage = Math.Clamp(result.GetValue(perPage), 1, SearchQuery.MaxPerPage),
            };
            return Run(contentPath, ContentLocator.ResolveDataPath(result.GetValue(data), contentPath), query, result.GetValue(json), Console.Out);
        });
        return command;
    }

    internal static int Run(string contentPath, string dataPath, SearchQuery query, bool json, TextWriter output)
    {
        if (query.Text is { Length: > SearchQuery.MaxTextLength })
        {
            Console.Error.WriteLine($"The query is at most {SearchQuery.MaxTextLength} characters.");
            return 2;
        }
        var set = ContentLoader.Load(contentPath);
        using var searcher = SearchIndex.OpenOrBuild(set, dataPath);
        var result = searcher.Search(query);
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(SearchResponse.From(result), SearchResponse.JsonOptions));
            return 0;
        }
        WriteList(result, set, query, output);
        return 0;
    }

    /// <summary>The width the list fits in: a terminal's classic 80 columns.</summary>
    internal const int Width = 80;

    // Plain lines rather than a table: a five-column table wrapped every cell into a narrow column at 80 columns.
    // Each result is its rank and name, then its commune and needs in the asked language, then its id (the file
    // content/organisations/ID.md), each line cut to the width.
    private static void WriteList(SearchResult result, ContentSet set, SearchQuery query, TextWriter output)
    {
        var lang = query.Lang;
        // The tool speaks English like the other commands; the listings are in the asked language.
        output.WriteLine(Fit(string.IsNullOrWhiteSpace(query.Text)
            ? $"No words given: all {result.Total} listings, by name."
            : $"{result.Total} results for \"{query.Text}\"" + (result.Suggestion is { } s ? $"; did you mean: {s}" : "")));
        var rank = (long)(query.Page - 1) * query.PerPage;
        foreach (var hit in result.Hits)
        {
            output.WriteLine();
            output.WriteLine(Fit($"{++rank,3}. {hit.Name}"));
            var commune = set.Territory.Commune(hit.Commune)?.Name.Get(lang) ?? hit.Commune;
            var needs = string.Join(", ", hit.Needs.Select(n => set.Taxonomy.Need(n)?.Label.Get(lang) ?? n));
            var facts = string.Join(" · ", new[] { commune, needs }.Where(f => !string.IsNullOrEmpty(f)));
            if (facts.Length > 0) output.WriteLine(Fit("     " + facts));
            output.WriteLine(Fit("     " + hit.Id));
        }
        if (result.Total > rank)
        {
            output.WriteLine();
            output.WriteLine($"… and {result.Total - rank} more (--per-page shows up to 100).");
        }
    }

    // Cut by text elements, not chars, so that an accented letter made of two chars is never split.
    private static string Fit(string line)
    {
        var info = new System.Globalization.StringInfo(line);
        return info.LengthInTextElements <= Width ? line : info.SubstringByTextElements(0, Width - 1) + "…";
    }
}
