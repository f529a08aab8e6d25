using Repertoire.Web.Infrastructure;

namespace Repertoire.Web.Staff;

/// <summary>Computes the alignment at start-up and after each content reload, so staff pages and the crosswalk
/// endpoint are normally served from the cache rather than waiting for the matcher.</summary>
public sealed class AlignmentWarmupService(AlignmentWorkspace workspace, ContentStore content, ILogger<AlignmentWarmupService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        content.Reloaded += OnReloaded;
        _ = Task.Run(Warm, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        content.Reloaded -= OnReloaded;
        return Task.CompletedTask;
    }

    private void OnReloaded(Core.Content.ContentSet _) => Task.Run(Warm);

    private void Warm()
    {
        try
        {
            _ = workspace.Current;
        }
        catch (Exception error)
        {
            // A broken export must not stop the site; the workbench shows the problem when visited.
            logger.LogError(error, "Aligning the exports failed");
        }
    }
}
