using Microsoft.AspNetCore.Diagnostics;
using Repertoire.Web.Infrastructure;

namespace Repertoire.Web.Pages.Errors;

/// <summary>The page shown for a 404, a 429 (rate limit), a 503 (database unreachable) or an unexpected error, in the language of the URL that failed.</summary>
public sealed class Status : LocalizedPageModel
{
    public string Message { get; private set; } = "";

    public override Core.Records.Language Lang =>
        RequestLanguage.FromPath(HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? HttpContext.Request.Path)
        ?? RequestLanguage.Negotiate(Request);

    public void OnGet(int? code)
    {
        var text = Localization.UiText.For(Lang);
        (Title, Message) = code switch
        {
            StatusCodes.Status429TooManyRequests => (text["cluster.toomany.title"], text["cluster.toomany.text"]),
            StatusCodes.Status503ServiceUnavailable => (text["cluster.unavailable.title"], text["cluster.unavailable.text"]),
            _ => (text["error.notfound.title"], text["error.notfound.text"]),
        };
        if (code is { } status and not 404) Response.StatusCode = status;
    }
}
