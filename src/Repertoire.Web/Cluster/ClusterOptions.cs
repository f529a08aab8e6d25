namespace Repertoire.Web.Cluster;

/// <summary>The <c>Repertoire:Cluster</c> configuration section: how a node behaves behind a proxy and beside others.</summary>
public sealed class ClusterOptions
{
    /// <summary>This node's name in logs and in the content change log; empty means the machine's name and the process id.</summary>
    public string? NodeName { get; set; }

    /// <summary>The addresses of the reverse proxies (HAProxy) allowed to say, through <c>X-Forwarded-For</c> and
    /// <c>X-Forwarded-Proto</c>, who the client is and that it came over HTTPS. Empty (the default): the headers are
    /// ignored, the site is served as it is reached. When set, the node is taken to be behind TLS: staff and
    /// antiforgery cookies are always <c>Secure</c> and HSTS is sent.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>How often a node checks the shared database's content version, in milliseconds.</summary>
    public int ContentPollMilliseconds { get; set; } = 1000;

    /// <summary>The HSTS max-age, in days.</summary>
    public int HstsMaxAgeDays { get; set; } = 365;

    /// <summary>Whether a proxy is configured.</summary>
    public bool BehindProxy => KnownProxies.Length > 0;
}
