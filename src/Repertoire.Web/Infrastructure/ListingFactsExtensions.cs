using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Repertoire.Web.Infrastructure;

/// <summary>The clock that "open now", "today" and freshness are computed at.</summary>
public static class ListingFactsExtensions
{
    /// <summary>Registers NodaTime's system clock unless a test has put a fake one in first.</summary>
    public static IServiceCollection AddListingFacts(this IServiceCollection services)
    {
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        return services;
    }
}
