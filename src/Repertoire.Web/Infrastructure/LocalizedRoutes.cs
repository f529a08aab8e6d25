using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Repertoire.Core.Records;

namespace Repertoire.Web.Infrastructure;

/// <summary>
/// One Razor page serves both languages; its URL differs per language (<c>/fr/organisations/{id}</c>,
/// <c>/nl/organisaties/{id}</c>). The table below is the only place that knows the localized paths.
/// </summary>
public static class LocalizedRoutes
{
    // Page name -> (French path, Dutch path), each relative to the language prefix.
    private static readonly Dictionary<string, (string Fr, string Nl)> Table = new(StringComparer.Ordinal)
    {
        ["/Index"] = ("", ""),
        ["/Organisations/Details"] = ("organisations/{id}", "organisaties/{id}"),
        ["/Organisations/Report"] = ("organisations/{id}/signaler", "organisaties/{id}/melden"),
        ["/Search/Index"] = ("recherche", "zoeken"),
        ["/Referral/Index"] = ("fiche", "doorverwijzing"),
        ["/Coverage/Index"] = ("couverture", "dekking"),
        ["/NeedsWatch/Index"] = ("veille", "behoeften"),
        ["/Privacy/Index"] = ("vie-privee", "privacy"),
    };

    /// <summary>Adds a page to the table (used by features that add pages of their own).</summary>
    public static void Register(string page, string fr, string nl) => Table[page] = (fr, nl);

    /// <summary>The path of a page without route parameters, e.g. <c>/nl/zoeken</c>.</summary>
    public static string PathOf(string page, Language language)
    {
        var (fr, nl) = Table[page];
        return $"/{language.Code()}/{(language == Language.Nl ? nl : fr)}";
    }

    /// <summary>The page of a listing in a language, e.g. <c>/nl/organisaties/cass-schaerbeek</c>: every link to a
    /// listing (pages, API documents, suggestions, the widget's results) is built here.</summary>
    public static string ListingPath(string id, Language language)
    {
        ArgumentNullException.ThrowIfNull(id);
        return PathOf("/Organisations/Details", language).Replace("{id}", Uri.EscapeDataString(id), StringComparison.Ordinal);
    }

    /// <summary>Replaces each page's routes by its two language routes.</summary>
    public static PageConventionCollection AddLocalizedRoutes(this PageConventionCollection conventions)
    {
        conventions.AddFolderRouteModelConvention("/", model =>
        {
            if (!Table.TryGetValue(model.ViewEnginePath, out var paths)) return;
            model.Selectors.Clear();
            foreach (var language in LanguageExtensions.All)
            {
                var path = language == Language.Nl ? paths.Nl : paths.Fr;
                // A constraint per selector lets link generation pick the selector of the wanted language.
                var prefix = $"{{lang:regex(^{language.Code()}$)}}";
                model.Selectors.Add(new SelectorModel
                {
                    AttributeRouteModel = new AttributeRouteModel { Template = path.Length == 0 ? prefix : $"{prefix}/{path}" },
                });
            }
        });
        return conventions;
    }
}
