using System.Diagnostics;
using Microsoft.Extensions.Options;
using Repertoire.Core.Storage;
using Repertoire.Web.Infrastructure;
using Repertoire.Web.Storage;

namespace Repertoire.Web.Cluster;

/// <summary>Each node polls the shared content version and reads the content folder again when it has moved. While
/// the database is unreachable the node keeps serving the content it has, and catches up when it is back.</summary>
internal sealed class ContentChangeFollower(IServiceProvider services, ContentStore content, IOptions<ClusterOptions> options,
    ILogger<ContentChangeFollower> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!StorageExtensions.UsesPostgres(services)) return;
        var log = services.GetRequiredService<ContentChangeLog>();
        var interval = TimeSpan.FromMilliseconds(options.Value.ContentPollMilliseconds);
        long? seen = null;
        var failing = false;
        // The content was read while the node started; a change logged since then (less a margin for the clocks of
        // the node and the database) may not be in it.
        var startedAt = new DateTimeOffset(Process.GetCurrentProcess().StartTime.ToUniversalTime()) - TimeSpan.FromSeconds(5);
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                var (latest, changedAt) = await log.LatestAsync(stoppingToken);
                if (failing) logger.LogInformation("Content version readable again ({Version})", latest);
                failing = false;
                var stale = seen is { } previous ? latest != previous : changedAt >= startedAt;
                if (stale)
                {
                    logger.LogInformation("Content version {Previous} -> {Latest}: reloading {Path}", seen, latest, content.ContentPath);
                    content.Reload();
                }
                seen = latest;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // One line per outage, not one per second.
                if (!failing) logger.LogWarning("Cannot read the content version ({Error}); serving the content loaded, retrying", e.Message);
                failing = true;
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
