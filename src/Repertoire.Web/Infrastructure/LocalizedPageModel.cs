using Microsoft.AspNetCore.Mvc.RazorPages;
using Repertoire.Core.Records;
using Repertoire.Web.Localization;

namespace Repertoire.Web.Infrastructure;

/// <summary>The base of every page: the request's language and its strings.</summary>
public abstract class LocalizedPageModel : PageModel
{
    /// <summary>The interface language, from the URL prefix.</summary>
    public virtual Language Lang => RequestLanguage.Of(HttpContext);

    /// <summary>The interface strings in <see cref="Lang"/>.</summary>
    public UiText Text => UiText.For(Lang);

    /// <summary>The page title, without the site name.</summary>
    public string Title { get; protected set; } = "";

    /// <summary>The page's description for search engines and link previews.</summary>
    public string? MetaDescription { get; protected set; }
}
