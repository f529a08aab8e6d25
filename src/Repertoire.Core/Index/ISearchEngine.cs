using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>What the site, the API and the command line ask of the index.</summary>
public interface ISearchEngine
{
    /// <summary>Runs a search. Never throws for user text: any string gives a result, possibly empty.</summary>
    SearchResult Search(SearchQuery query);

    /// <summary>As-you-type suggestions for a prefix: needs, organisation names and communes.</summary>
    IReadOnlyList<Suggestion> Suggest(string prefix, Language lang, int max = 8);
}

/// <summary>One as-you-type suggestion.</summary>
/// <param name="Kind"><c>need</c>, <c>organisation</c> or <c>commune</c>.</param>
/// <param name="Id">The id of the need, listing or commune.</param>
/// <param name="Label">The text shown, in the requested language.</param>
public sealed record Suggestion(string Kind, string Id, string Label);
