using Repertoire.Core.Content;
using Repertoire.Core.Records;
using Repertoire.Web.Localization;

namespace Repertoire.Web.Pages.Search;

/// <summary>The label of a filter value (basin, commune, sector, need or language id) in the page's language.</summary>
public sealed class FilterLabels(ContentSet content, UiText text, Language lang)
{
    /// <summary>The label for an id of a parameter kind; the engine's label or the id itself when unknown.</summary>
    public string? Of(string parameter, string? id, string? fallback = null)
    {
        if (id is null) return null;
        var label = parameter switch
        {
            SearchLink.Basin => content.Territory.Basin(id)?.Name.Get(lang),
            SearchLink.Commune => content.Territory.Commune(id)?.Name.Get(lang),
            SearchLink.Sector => content.Taxonomy.Sector(id)?.Label.Get(lang),
            SearchLink.Need => content.Taxonomy.Need(id)?.Label.Get(lang),
            SearchLink.Language => LanguageName(id),
            SearchLink.OpenNow => text["search.facet.open_now"],
            SearchLink.Accessible => text["search.facet.accessible"],
            _ => null,
        };
        return label ?? fallback ?? id;
    }

    private string? LanguageName(string code)
    {
        var key = $"lang.{code}";
        var name = text[key];
        return name == key ? null : name;
    }
}
