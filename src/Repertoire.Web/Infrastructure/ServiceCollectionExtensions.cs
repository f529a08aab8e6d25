namespace Repertoire.Web.Infrastructure;

/// <summary>The site's services, grouped so Program.cs reads as a table of contents.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Options and the content store.</summary>
    public static IServiceCollection AddRepertoireContent(this IServiceCollection services)
    {
        services.AddOptions<RepertoireOptions>().BindConfiguration("Repertoire");
        services.AddSingleton<ContentStore>();
        return services;
    }

    /// <summary>Razor Pages with one route per language, and their maps' tile server.</summary>
    public static IServiceCollection AddRepertoirePages(this IServiceCollection services)
    {
        services.AddRazorPages(options => options.Conventions.AddLocalizedRoutes());
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        // A wrong template would leave every map grey and the CSP pointing elsewhere: refuse to start instead.
        services.AddOptions<MapTiles>().BindConfiguration("Repertoire:Map")
            .Validate(t => t.IsValid(), "Repertoire:Map:TileUrl must be an https URL on one host with {z}, {x} and {y} (no {s}).")
            .ValidateOnStart();
        return services;
    }
}
