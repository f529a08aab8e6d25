using Microsoft.AspNetCore.Http.HttpResults;
using Repertoire.Core.Content;
using Repertoire.Core.Index;
using Repertoire.Core.Records;
using Repertoire.Web.Infrastructure;

namespace Repertoire.Web.Api;

/// <summary><c>GET /api/v1/suggest?q=&amp;lang=</c>: as-you-type suggestions (needs, organisations, communes).</summary>
internal static class SuggestApi
{
    public const int MaxPrefixLength = 100;
    public const int MaxSuggestions = 20;

    public static RouteHandlerBuilder MapSuggestApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/v1/suggest", Get)
            .WithTags("Suggest").WithGroupName("v1").WithName("Suggest")
            .WithSummary("Needs, organisation names and communes whose words start with the typed prefix.")
            .ProducesProblems(StatusCodes.Status400BadRequest);

    private static Results<Ok<SuggestDocument>, ProblemHttpResult> Get(string? q, string? lang, int? max, IServiceProvider services)
    {
        if (!ApiLanguage.TryRead(lang, out var language, out var problem)) return (ProblemHttpResult)problem;
        if (q is { Length: > MaxPrefixLength })
            return ApiProblems.BadParameter("q", $"q is at most {MaxPrefixLength} characters.");
        if (max is < 1 or > MaxSuggestions)
            return ApiProblems.BadParameter("max", $"max is between 1 and {MaxSuggestions}.");
        // The search engine's suggestions once its index is ready; until then (and without an engine) the in-memory
        // index, so that typing never waits for an index build.
        var engine = services.GetService<ISearchEngine>();
        var suggestions = engine is not null && engine is not SearchIndexHost { IsReady: false }
            ? engine.Suggest(q ?? "", language, max ?? 8)
            : services.GetRequiredService<SuggestionSource>().Current.Suggest(q, language, max ?? 8);
        return TypedResults.Ok(new SuggestDocument(q ?? "", language.Code(),
            suggestions.Select(s => new SuggestionItem(s.Kind, s.Id, s.Label,
                s.Kind == "organisation" ? LocalizedRoutes.ListingPath(s.Id, language) : null)).ToList()));
    }
}

/// <summary>The suggestions for one prefix.</summary>
public sealed record SuggestDocument(string Query, string Lang, IReadOnlyList<SuggestionItem> Suggestions);

/// <summary>One suggestion; <c>url</c> is the listing's page for organisations, else null.</summary>
public sealed record SuggestionItem(string Kind, string Id, string Label, string? Url);

/// <summary>The suggestion index of the directory being served, rebuilt when the content is reloaded.</summary>
internal sealed class SuggestionSource(ContentStore store)
{
    private volatile Built? _built;

    public SuggestionIndex Current
    {
        get
        {
            var content = store.Current;
            if (_built is { } built && ReferenceEquals(built.Content, content)) return built.Index;
            // Two requests racing after a reload may both build; either result is right, and building is cheap.
            var index = SuggestionIndex.Build(content);
            _built = new Built(content, index);
            return index;
        }
    }

    private sealed record Built(ContentSet Content, SuggestionIndex Index);
}
