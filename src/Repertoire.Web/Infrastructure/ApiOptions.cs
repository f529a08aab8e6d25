namespace Repertoire.Web.Infrastructure;

/// <summary>The <c>Repertoire:Api</c> configuration section: rate limit and caching of the JSON API.</summary>
public sealed class ApiOptions
{
    /// <summary>Requests one client (IP address) may make per window.</summary>
    public int PermitLimit { get; set; } = 600;

    /// <summary>The rate limiter's window, in seconds.</summary>
    public int WindowSeconds { get; set; } = 60;

    /// <summary>How long clients and proxies may reuse an API response, in seconds.</summary>
    public int CacheSeconds { get; set; } = 60;
}
