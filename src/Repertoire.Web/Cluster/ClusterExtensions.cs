using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;
using Repertoire.Core.Storage;
using Repertoire.Web.Storage;

namespace Repertoire.Web.Cluster;

/// <summary>What makes a web node stateless and safe behind a TLS-terminating proxy: shared data-protection keys,
/// content reloads that follow the shared database, forwarded headers from known proxies only, secure cookies and
/// HSTS. On a single machine without a database or proxy configured, it changes nothing but the application name.</summary>
public static class ClusterExtensions
{
    public static IServiceCollection AddRepertoireCluster(this IServiceCollection services)
    {
        services.AddOptions<ClusterOptions>().BindConfiguration("Repertoire:Cluster")
            .Validate(o => o.KnownProxies.All(p => IPAddress.TryParse(p, out _)), "Repertoire:Cluster:KnownProxies must list IP addresses.")
            .Validate(o => o.ContentPollMilliseconds >= 100, "Repertoire:Cluster:ContentPollMilliseconds must be at least 100.")
            .ValidateOnStart();

        // Every node must derive the same keys; the default discriminator is the content root path, which can
        // differ from one machine to the next.
        services.AddDataProtection().SetApplicationName("Repertoire");
        services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((options, sp) =>
        {
            if (StorageExtensions.UsesPostgres(sp)) options.XmlRepository = new PostgresXmlRepository(sp.GetRequiredService<PostgresDatabase>());
        });
        // First of the hosted services: the framework's own data-protection service loads (and would create) the key
        // ring when it starts, and three nodes starting together must not create three rival first keys.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, SharedKeyRingStartup>());

        services.AddSingleton<ContentChangeAnnouncer>();
        services.AddHostedService<ContentChangeFollower>();

        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ClusterOptions>>((options, cluster) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the configured proxies: the framework's default trusts loopback, which on a shared host is anyone.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in cluster.Value.KnownProxies) options.KnownProxies.Add(IPAddress.Parse(proxy));
            options.ForwardLimit = 1;
        });
        services.AddOptions<HstsOptions>().Configure<IOptions<ClusterOptions>>((options, cluster) =>
            options.MaxAge = TimeSpan.FromDays(Math.Max(1, cluster.Value.HstsMaxAgeDays)));
        // Behind a TLS proxy the cookies must never travel in clear, even if a node is reached directly over HTTP.
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .PostConfigure<IOptions<ClusterOptions>>((options, cluster) =>
            {
                if (cluster.Value.BehindProxy) options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            });
        services.AddOptions<AntiforgeryOptions>().PostConfigure<IOptions<ClusterOptions>>((options, cluster) =>
        {
            if (cluster.Value.BehindProxy) options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        });
        return services;
    }

    /// <summary>First in the pipeline: the client's address and scheme from the known proxies' headers, then HSTS
    /// (sent on HTTPS requests only); then a database outage answered as 503 rather than as an error.</summary>
    public static WebApplication UseRepertoireCluster(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ClusterOptions>>().Value.BehindProxy)
        {
            app.UseForwardedHeaders();
            app.UseHsts();
        }
        return app;
    }

    /// <summary>A request that needed the database while it was unreachable gets 503 and Retry-After, and the
    /// visitor's status page; searches never reach the database, so they keep answering.</summary>
    public static WebApplication UseDatabaseOutagePages(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception e) when (DatabaseOutage.Is(e) && !context.Response.HasStarted)
            {
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Repertoire.Cluster")
                    .LogWarning("Database unreachable during {Method} {Path}: {Error}", context.Request.Method, context.Request.Path, e.Message);
                context.Response.Clear();
                DatabaseOutage.Answer(context.Response);
            }
        });
        return app;
    }
}
