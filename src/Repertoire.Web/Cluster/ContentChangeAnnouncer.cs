using Repertoire.Core.Storage;
using Repertoire.Web.Infrastructure;
using Repertoire.Web.Storage;

namespace Repertoire.Web.Cluster;

/// <summary>What a feature that writes the content folder calls once its files are written: this node reloads at
/// once, and with a shared database the change is logged there so every other node reloads within
/// <see cref="ClusterOptions.ContentPollMilliseconds"/>.</summary>
public sealed class ContentChangeAnnouncer(IServiceProvider services, ContentStore content)
{
    /// <summary>Reloads here and tells the other nodes; returns the new content version (0 without a database).</summary>
    public long Announce(string changedBy, string description)
    {
        content.Reload();
        return StorageExtensions.UsesPostgres(services)
            ? services.GetRequiredService<ContentChangeLog>().Publish(changedBy, description)
            : 0;
    }
}
