using Microsoft.Extensions.DependencyInjection.Extensions;
using Repertoire.Core.NeedsWatch;
using Repertoire.Core.Storage;
using Repertoire.Web.Infrastructure;
using Repertoire.Web.Storage;

namespace Repertoire.Web.NeedsWatch;

/// <summary>The needs watch: the search recorder and its writer, the store, the pages' routes and the API.</summary>
public static class NeedsWatchExtensions
{
    /// <summary>Options (<c>Repertoire:NeedsWatch</c>), the recorder, the background writer, and the store unless
    /// another <see cref="INeedsWatchStore"/> is registered: the embedded one (<c>DATA/needs-watch.db</c>), or the
    /// cluster's PostgreSQL database when <c>Repertoire:Database:ConnectionString</c> is set.</summary>
    public static IServiceCollection AddNeedsWatch(this IServiceCollection services)
    {
        services.AddOptions<NeedsWatchOptions>().BindConfiguration("Repertoire:NeedsWatch");
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(StorageExtensions.Store<INeedsWatchStore>(
            (database, _) => new PostgresNeedsWatchStore(database),
            (data, _) => new SqliteNeedsWatchStore(SqliteNeedsWatchStore.PathIn(data))));
        services.AddSingleton<SearchRecorder>();
        services.AddSingleton<NeedsWatchReader>();
        services.AddHostedService<NeedsWatchWriterService>();
        return services;
    }

    /// <summary><c>GET /api/v1/needs-watch</c>.</summary>
    public static IEndpointRouteBuilder MapNeedsWatch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapNeedsWatchApi();
        return endpoints;
    }
}
