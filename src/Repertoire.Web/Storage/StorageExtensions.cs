using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Repertoire.Core.Alignment;
using Repertoire.Core.Alignment.Decisions;
using Repertoire.Core.Alignment.Staff;
using Repertoire.Core.Storage;
using Repertoire.Web.Infrastructure;

namespace Repertoire.Web.Storage;

/// <summary>Where the site's writable state lives, chosen by configuration: SQLite files under the data folder by
/// default, the PostgreSQL database of <see cref="DatabaseOptions.ConnectionString"/> when one is given.</summary>
public static class StorageExtensions
{
    /// <summary>Registers every writable store, and a start-up step that opens (and migrates) PostgreSQL before the
    /// node serves anything, so a wrong connection string stops the node at once rather than at the first sign-in.</summary>
    public static IServiceCollection AddRepertoireStorage(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration("Repertoire:Database");
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            if (!options.UsesPostgres) throw new InvalidOperationException("Repertoire:Database:ConnectionString is not set.");
            var logger = sp.GetRequiredService<ILogger<PostgresDatabase>>();
            return PostgresDatabase.Open(options.ConnectionString!, message => logger.LogInformation("{Message}", message));
        });
        services.AddSingleton(Store<IStaffAccountStore>(
            (database, time) => new PostgresStaffAccountStore(database, time),
            (data, time) => new StaffAccountStore(AlignmentDataFiles.StaffDatabase(data), time)));
        services.AddSingleton(Store<IDecisionStore>(
            (database, time) => new PostgresDecisionStore(database, time),
            (data, time) => new DecisionStore(AlignmentDataFiles.DecisionDatabase(data), time)));
        services.AddSingleton(Store<ISignInFailureLog>(
            (database, _) => new PostgresSignInFailureLog(database),
            (_, _) => new MemorySignInFailureLog()));
        services.AddSingleton(sp => new ContentChangeLog(sp.GetRequiredService<PostgresDatabase>()));
        services.AddHostedService<DatabaseStartup>();
        return services;
    }

    /// <summary>Whether this process keeps its state in PostgreSQL.</summary>
    public static bool UsesPostgres(IServiceProvider services) =>
        services.GetRequiredService<IOptions<DatabaseOptions>>().Value.UsesPostgres;

    /// <summary>
    /// The factory of a store kept in the PostgreSQL database when one is configured, else in the embedded store
    /// under the data folder: the one place where a store's engine is chosen.
    /// </summary>
    public static Func<IServiceProvider, T> Store<T>(Func<PostgresDatabase, TimeProvider, T> postgres, Func<string, TimeProvider, T> embedded) =>
        services => UsesPostgres(services)
            ? postgres(services.GetRequiredService<PostgresDatabase>(), services.GetRequiredService<TimeProvider>())
            : embedded(services.GetRequiredService<ContentStore>().DataPath, services.GetRequiredService<TimeProvider>());

    // Hosted services start before the server accepts requests.
    private sealed class DatabaseStartup(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (UsesPostgres(services)) services.GetRequiredService<PostgresDatabase>();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
