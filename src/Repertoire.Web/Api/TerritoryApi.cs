using Microsoft.AspNetCore.Http.HttpResults;
using Repertoire.Core.Records;
using Repertoire.Web.Infrastructure;

namespace Repertoire.Web.Api;

/// <summary><c>GET /api/v1/territory</c>: basins, communes and quartiers, in both languages.</summary>
internal static class TerritoryApi
{
    public static RouteHandlerBuilder MapTerritoryApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/v1/territory", Get)
            .WithTags("Territory").WithGroupName("v1").WithName("GetTerritory")
            .WithSummary("The basins (zorgzones), the 19 communes with their postcodes and basins, and the quartiers.")
            .ProducesProblems();

    private static Ok<TerritoryDocument> Get(ContentStore store) => TypedResults.Ok(TerritoryDocument.From(store.Current.Territory));
}

/// <summary>The territory as ids and names; communes name their basins, basins list their communes.</summary>
public sealed record TerritoryDocument(IReadOnlyList<BasinDocument> Basins, IReadOnlyList<CommuneDocument> Communes, IReadOnlyList<QuartierDocument> Quartiers)
{
    public static TerritoryDocument From(Territory territory) => new(
        territory.Basins.Select(b => new BasinDocument(b.Id, TextPair.Of(b.Name), territory.CommunesOf(b.Id).Select(c => c.Id).ToList())).ToList(),
        territory.Communes.Select(c => new CommuneDocument(c.Id, c.Nis, TextPair.Of(c.Name), c.Postcodes, c.Basins)).ToList(),
        territory.Quartiers.Select(q => new QuartierDocument(q.Id, TextPair.Of(q.Name), q.Basin, q.Commune)).ToList());
}

public sealed record BasinDocument(string Id, TextPair Name, IReadOnlyList<string> Communes);

public sealed record CommuneDocument(string Id, string? Nis, TextPair Name, IReadOnlyList<string> Postcodes, IReadOnlyList<string> Basins);

public sealed record QuartierDocument(string Id, TextPair Name, string Basin, string? Commune);
