using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Repertoire.Web.Infrastructure;

/// <summary>Starting and running the site as a person at a terminal meets it.</summary>
public static class SiteLifetime
{
    /// <summary>
    /// Runs the site until it is stopped. Once it is ready it says, in one line, where it listens; started on a port
    /// already in use it ends with one line saying so (exit code 1) instead of a stack trace.
    /// </summary>
    public static int RunSite(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Repertoire.Web");
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            if (addresses is { Count: > 0 })
                logger.LogInformation("Repertoire is ready on {Addresses} (Ctrl+C stops it)", string.Join(", ", addresses));
        });
        try
        {
            app.Run();
            return 0;
        }
        catch (IOException e) when (e.InnerException is AddressInUseException
            || e.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse })
        {
            Console.Error.WriteLine($"Repertoire cannot start: {e.Message} Stop what uses that port, or choose another with --urls http://localhost:PORT.");
            return 1;
        }
    }

    /// <summary>
    /// Keeps the host's own "Hosting failed to start" error (with its stack trace) off the console: the exception
    /// still leaves <see cref="RunSite"/>, which explains a port in use in one line and lets anything else surface
    /// whole, so nothing is lost. The host's Critical messages (a background service stopping the site) still show.
    /// </summary>
    public static ILoggingBuilder AddReadableHostErrors(this ILoggingBuilder logging) =>
        logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
}
