using Repertoire.Web.Infrastructure;
using Repertoire.Web.NeedsWatch;

namespace Repertoire.Web.Pages.Privacy;

/// <summary>
/// What the site keeps of a search and for how long, in the visitor's language. The retention and the threshold
/// come from the running configuration, so the page says what this site actually does.
/// </summary>
public sealed class Index(NeedsWatchReader reader) : LocalizedPageModel
{
    public int K => reader.MinPublicCount;

    public int RetentionMonths => reader.RetentionMonths;

    public void OnGet()
    {
        Title = Text["privacy.title"];
        MetaDescription = Text["privacy.description"];
    }
}
