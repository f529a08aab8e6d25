using System.Globalization;
using System.Net.Sockets;
using Npgsql;

namespace Repertoire.Web.Cluster;

/// <summary>Tells an unreachable database (restarting, network gone) from a bug: the first is answered 503 with
/// Retry-After, so clients and HAProxy retry, the second stays a 500.</summary>
public static class DatabaseOutage
{
    /// <summary>Seconds a client should wait before trying again.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>Whether the exception, or one it wraps, is a failure to reach PostgreSQL.</summary>
    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException { IsTransient: true } or SocketException) return true;
            // 57P01-03: the server is shutting down or starting up; class 08: the connection failed.
            if (e is PostgresException p && (p.SqlState.StartsWith("57P", StringComparison.Ordinal) || p.SqlState.StartsWith("08", StringComparison.Ordinal))) return true;
        }
        return false;
    }

    /// <summary>Sets 503 and Retry-After.</summary>
    public static void Answer(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
    }
}
