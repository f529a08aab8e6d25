using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Npgsql;
using Repertoire.Core.Storage;
using Repertoire.Web.Storage;

namespace Repertoire.Web.Cluster;

/// <summary>Before anything reads the data-protection key ring, makes sure the shared database holds a key every
/// node will use: under an advisory lock, the first node to start creates it, the others find it. Without this,
/// nodes starting together would each create a first key of their own and refuse each other's cookies until their
/// key rings refresh (a day later).</summary>
internal sealed class SharedKeyRingStartup(IServiceProvider services, TimeProvider time, ILogger<SharedKeyRingStartup> logger) : IHostedService
{
    private const long LockKey = 0x4B65_7952_696E_6721; // "KeyRing!"

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!StorageExtensions.UsesPostgres(services)) return Task.CompletedTask;
        var database = services.GetRequiredService<PostgresDatabase>();
        var keys = services.GetRequiredService<IKeyManager>();
        using var connection = database.DataSource.OpenConnection();
        using (var locking = new NpgsqlCommand($"SELECT pg_advisory_lock({LockKey})", connection)) locking.ExecuteNonQuery();
        try
        {
            var now = time.GetUtcNow();
            // A key the framework will take as default for a while yet (it rolls keys two days before expiry).
            if (!keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now.AddDays(7)))
            {
                var key = keys.CreateNewKey(now, now.AddDays(90));
                logger.LogInformation("Created the cluster's data-protection key {KeyId}", key.KeyId);
            }
        }
        finally
        {
            using var unlocking = new NpgsqlCommand($"SELECT pg_advisory_unlock({LockKey})", connection);
            unlocking.ExecuteNonQuery();
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
