using System.Diagnostics;

namespace Repertoire.Web.Infrastructure;

/// <summary>
/// One log line per request: method, path, status and duration ("GET /fr/recherche 200 12 ms"). The framework's own
/// request logging writes two lines per request (Hosting) or a multi-line block (HttpLogging), so the framework's
/// categories stay at Warning (appsettings.json) and this line replaces them.
/// </summary>
public static class RequestLog
{
    /// <summary>The log category, to raise or silence the request lines alone.</summary>
    public const string Category = "Repertoire.Web.Requests";

    public static IApplicationBuilder UseRequestLog(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            var failed = false;
            try
            {
                await next(context);
            }
            catch
            {
                failed = true;
                throw;
            }
            finally
            {
                if (logger.IsEnabled(LogLevel.Information))
                {
                    // The path only: query strings carry what people searched for, which logs must not keep
                    // (docs/needs-watch.md says what is kept, and where).
                    var status = failed && !context.Response.HasStarted ? StatusCodes.Status500InternalServerError : context.Response.StatusCode;
                    logger.LogInformation("{Method} {Path} {Status} {Milliseconds} ms",
                        context.Request.Method, context.Request.PathBase + context.Request.Path, status,
                        (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        });
    }
}
