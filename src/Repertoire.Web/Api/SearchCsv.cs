using NodaTime;
using Repertoire.Core.Content;
using Repertoire.Core.Index;
using Repertoire.Core.Records;
using Repertoire.Web.Localization;
using Repertoire.Web.Pages.Organisations;

namespace Repertoire.Web.Api;

/// <summary>
/// Every result of a search as CSV (<c>GET /api/v1/search?format=csv</c>) in the visitor's language: one row per
/// listing with what a referral needs, in the words of the listing page (<see cref="ListingFacts"/>), so that a list
/// passed on says what the site says. Written by <see cref="Staff.CsvExport"/> (formula-safe cells, UTF-8 with BOM).
/// </summary>
internal static class SearchCsv
{
    /// <summary>The most rows one file holds: the whole directory fits many times over.</summary>
    public const int MaxRows = 2000;

    /// <summary>The column titles in a language.</summary>
    public static IReadOnlyList<string> Header(Language lang)
    {
        var text = UiText.For(lang);
        return
        [
            text["export.name"], text["listing.address"], text["export.postcode"], text["export.commune"], text["listing.phones"],
            text["listing.emails"], text["listing.websites"], text["listing.hours"], text["facts.open_now"], text["facts.accessibility"],
            text["listing.languages"], text["export.interpreter"], text["facts.conditions"], text["facts.cost"], text["facts.referral_label"],
            text["export.verified"], text["export.url"],
        ];
    }

    /// <summary>Every listing the query finds, in ranking order, at most <see cref="MaxRows"/>.</summary>
    public static IEnumerable<Organisation> Listings(ISearchEngine engine, SearchQuery query, ContentSet content)
    {
        var count = 0;
        for (var page = 1; count < MaxRows; page++)
        {
            var result = engine.Search(query with { Page = page, PerPage = SearchQuery.MaxPerPage });
            foreach (var hit in result.Hits)
            {
                if (content.Find(hit.Id) is not { } listing) continue;
                yield return listing;
                if (++count >= MaxRows) yield break;
            }
            if (result.Hits.Count < SearchQuery.MaxPerPage || (long)page * SearchQuery.MaxPerPage >= result.Total) yield break;
        }
    }

    /// <summary>One row per listing; <paramref name="absoluteUrl"/> makes a site path absolute (a file leaves the site).</summary>
    public static IEnumerable<IReadOnlyList<string?>> Rows(IEnumerable<Organisation> listings, ContentSet content, Language lang, Instant now,
        Func<string, string> absoluteUrl)
    {
        var text = UiText.For(lang);
        foreach (var o in listings)
        {
            var facts = ListingFacts.Of(o, now, lang);
            yield return
            [
                o.DisplayName(lang),
                o.Site.StreetLine(lang),
                o.Site.Postcode,
                content.Territory.Commune(o.Site.Commune)?.Name.Get(lang),
                string.Join(" / ", o.Phones),
                string.Join(" / ", o.Emails),
                string.Join(" / ", o.Websites),
                Hours(facts, text),
                facts.OpenNow switch { true => text["export.yes"], false => text["export.no"], null => null },
                string.Join(". ", facts.Accessibility.Append(facts.AccessibilityNote).OfType<string>()),
                string.Join(", ", facts.Languages),
                facts.Interpreter,
                facts.Conditions,
                facts.Cost,
                facts.Referral,
                facts.FreshnessText,
                absoluteUrl(Infrastructure.LocalizedRoutes.ListingPath(o.Id, lang)),
            ];
        }
    }

    // The week as the listing page words it, then its notes; free-text hours are their note alone.
    private static string Hours(ListingFacts facts, UiText text)
    {
        var week = facts.Week.Select(d => $"{d.Name} {d.Hours}");
        var all = week.Concat(facts.HoursNotes).ToList();
        return all.Count == 0 ? text["facts.hours.confirm"] : string.Join("; ", all);
    }

    /// <summary>"recherche-2026-12-07.csv" / "zoeken-2026-12-07.csv".</summary>
    public static string FileName(Language lang, Instant now) =>
        $"{UiText.For(lang)["export.filename"]}-{BrusselsTime.Today(now).ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}.csv";
}
