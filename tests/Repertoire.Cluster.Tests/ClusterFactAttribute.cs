namespace Repertoire.Cluster.Tests;

/// <summary>A fact that needs the local cluster's programs: skipped, saying which are missing, only where PostgreSQL
/// 15, HAProxy, openssl or curl are absent (CI installs them with deploy/install-prereqs.sh, so there it runs).</summary>
internal sealed class ClusterFactAttribute : FactAttribute
{
    public ClusterFactAttribute() => Skip = LocalCluster.Unavailable;
}
