using System.CommandLine;
using System.Text.Json;
using Repertoire.Core.Content;
using Repertoire.Core.Index;
using Repertoire.Core.Records;
using Spectre.Console;

namespace Repertoire.Cli;

/// <summary>
/// <c>repertoire search --lang fr|nl [--json] [--content DIR] QUERY...</c>: the same search as the API, as a table
/// or as the API's JSON document. Uses the prepared index of the data folder, building it when missing.
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
        var plain = !ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        var table = new Table().AddColumns("#", "Listing", "Commune", "Score", "Snippet");
        var rank = (query.Page - 1) * query.PerPage;
        foreach (var hit in result.Hits)
        {
            table.AddRow(Markup.Escape((++rank).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Markup.Escape($"{hit.Name}\n{hit.Id}"), Markup.Escape(hit.Commune ?? ""),
                Markup.Escape(hit.Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)),
                Highlight(hit.Snippet));
        }
        console.Write(table);
        console.WriteLine($"{result.Total} results" + (result.Suggestion is { } s ? $"; did you mean: {s}" : ""));
        return 0;
    }

    // The snippet is HTML whose only markup is <mark>: shown as bold text on the terminal.
    private static string Highlight(string snippet) =>
        Markup.Escape(System.Net.WebUtility.HtmlDecode(snippet.Replace("<mark>", "\u0001").Replace("</mark>", "\u0002")))
            .Replace("\u0001", "[bold yellow]").Replace("\u0002", "[/]");
}
