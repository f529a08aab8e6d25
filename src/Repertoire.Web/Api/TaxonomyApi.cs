using Microsoft.AspNetCore.Http.HttpResults;
using Repertoire.Core.Records;
using Repertoire.Web.Infrastructure;

namespace Repertoire.Web.Api;

/// <summary><c>GET /api/v1/taxonomy</c>: the sectors and the tree of needs, in both languages.</summary>
internal static class TaxonomyApi
{
    public static RouteHandlerBuilder MapTaxonomyApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/v1/taxonomy", Get)
            .WithTags("Taxonomy").WithGroupName("v1").WithName("GetTaxonomy")
            .WithSummary("The sectors and the tree of need categories, with synonyms and notes in French and Dutch.")
            .ProducesProblems();

    private static Ok<TaxonomyDocument> Get(ContentStore store) => TypedResults.Ok(TaxonomyDocument.From(store.Current.Taxonomy));
}

/// <summary>The sectors (a flat list) and the needs (a tree: roots with their children).</summary>
public sealed record TaxonomyDocument(IReadOnlyList<TermDocument> Sectors, IReadOnlyList<TermDocument> Needs)
{
    public static TaxonomyDocument From(Taxonomy taxonomy) => new(
        taxonomy.Sectors.Select(s => TermDocument.From(s, null)).ToList(),
        taxonomy.RootNeeds.Select(n => TermDocument.From(n, taxonomy)).ToList());
}

/// <summary>A sector or need; <c>children</c> is empty for sectors and leaf needs.</summary>
public sealed record TermDocument(string Id, string? Parent, TextPair Label, ListPair Synonyms, TextPair Note, IReadOnlyList<TermDocument> Children)
{
    public static TermDocument From(TaxonomyTerm term, Taxonomy? tree) => new(
        term.Id,
        term.Parent,
        TextPair.Of(term.Label),
        new ListPair(term.Synonyms.Fr, term.Synonyms.Nl),
        TextPair.Of(term.Note),
        tree is null ? [] : tree.ChildrenOf(term.Id).Select(c => From(c, tree)).ToList());
}
