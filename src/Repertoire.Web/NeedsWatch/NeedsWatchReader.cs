using Microsoft.Extensions.Options;
using Repertoire.Core.NeedsWatch;
using Repertoire.Core.Records;
using Repertoire.Web.Infrastructure;

namespace Repertoire.Web.NeedsWatch;

/// <summary>Reads the report a request asks for, for the public or for signed-in staff (the page and the API share it).</summary>
public sealed class NeedsWatchReader(IServiceProvider services, ContentStore content, IOptions<NeedsWatchOptions> options, TimeProvider time)
{
    /// <summary>The least count shown to the public (k).</summary>
    public int MinPublicCount => Math.Max(1, options.Value.MinPublicCount);

    /// <summary>How many months events are kept before folding.</summary>
    public int RetentionMonths => options.Value.RetentionMonths;

    /// <summary>Today in Brussels: the default period ends today.</summary>
    public DateOnly Today => BrusselsTime.Today(time.GetUtcNow());

    /// <summary>Whether the request comes from signed-in staff.</summary>
    public static bool IsStaff(HttpContext context) => context.User.Identity?.IsAuthenticated == true;

    /// <summary>Parses the query string against the served territory.</summary>
    public NeedsWatchRequest Parse(IQueryCollection query) => NeedsWatchRequest.Parse(query, content.Current.Territory, Today);

    /// <summary>The report of a valid request. Throws when the store cannot be read (the callers answer 503).</summary>
    public NeedsWatchReport Read(NeedsWatchRequest request, Language lang, bool staff)
    {
        ArgumentNullException.ThrowIfNull(request);
        var set = content.Current;
        var store = services.GetRequiredService<INeedsWatchStore>();
        // The public's query texts below k are not even read out of the store.
        var counts = store.Read(new NeedsWatchScope(request.From, request.To, NeedsWatchReport.PlacesOf(request.Basin, set.Territory),
            staff ? 1 : MinPublicCount));
        return NeedsWatchReport.Build(counts, set, lang, request.Basin, request.From, request.To, MinPublicCount, staff);
    }
}
