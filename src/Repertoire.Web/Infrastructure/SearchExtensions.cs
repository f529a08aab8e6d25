using Repertoire.Core.Index;

namespace Repertoire.Web.Infrastructure;

/// <summary>The search index service and the search API's problem documents.</summary>
public static class SearchExtensions
{
    /// <summary>Registers <see cref="SearchIndexHost"/> as a hosted service and as the site's <see cref="ISearchEngine"/>.</summary>
    public static IServiceCollection AddRepertoireSearch(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddSingleton<SearchIndexHost>();
        services.AddHostedService(sp => sp.GetRequiredService<SearchIndexHost>());
        services.AddSingleton<ISearchEngine>(sp => sp.GetRequiredService<SearchIndexHost>());
        return services;
    }
}
