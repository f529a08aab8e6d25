using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Repertoire.Core.Content;
using Repertoire.Core.Records;
using Repertoire.Web.Infrastructure;

namespace Repertoire.Web.Pages.Referral;

/// <summary>
/// The referral sheet: the listings a professional picked, in the language of the person they help, ready to print.
/// The shortlist is the URL (<c>?ids=a,b,c</c>), so a sheet can be shared or reopened as it is.
/// </summary>
public sealed class Index(ContentStore store, NodaTime.IClock clock) : LocalizedPageModel
{
    /// <summary>The most listings on one sheet: a sheet is a short, printed list, and the URL stays short.</summary>
    public const int MaxItems = 30;

    public Model Data { get; private set; } = default!;

    public IActionResult OnGet()
    {
        var requested = Request.Query["ids"]
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal).Take(MaxItems).ToList();
        var canonical = requested.Count == 0 ? "" : "?ids=" + string.Join(",", requested.Select(Uri.EscapeDataString));
        // The form on the results page sends ids=a&ids=b: give it the short, shareable form of the URL.
        if (Request.Query["ids"].Count > 1)
            return Redirect(LocalizedRoutes.PathOf("/Referral/Index", Lang) + canonical);
        Title = Text["referral.title"];
        MetaDescription = Text["referral.description"];
        Data = Model.From(requested, store.Current, Lang, Request, HttpContext.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System,
            clock.GetCurrentInstant());
        return Page();
    }

    public sealed record Item(
        string Id, string Name, string? Address, string? MapUrl, IReadOnlyList<string> Phones, IReadOnlyList<string> Emails,
        IReadOnlyList<string> Websites, string? Hours, string? Access, string? Languages, string? Summary, string ListingUrl,
        string RemoveUrl)
    {
        /// <summary>Step-free entrance, toilet, hearing loop and the note, in words; null when nothing is stated.</summary>
        public string? Accessibility { get; init; }

        /// <summary>How fresh the facts are, in the words of the listing page.</summary>
        public string Freshness { get; init; } = "";

        /// <summary>The freshness state's code (current, ageing, to_verify), for its style.</summary>
        public string FreshnessCode { get; init; } = "";
    }

    public sealed record Model(IReadOnlyList<Item> Items, int Unknown, string ShareUrl, string Date, string IdList)
    {
        public static Model From(IReadOnlyList<string> ids, ContentSet content, Language lang, HttpRequest request, TimeProvider clock,
            NodaTime.Instant now)
        {
            var text = Localization.UiText.For(lang);
            var path = LocalizedRoutes.PathOf("/Referral/Index", lang);
            var found = ids.Select(content.Find).OfType<Organisation>().ToList();
            string UrlWithout(string id)
            {
                var rest = found.Where(o => o.Id != id).Select(o => Uri.EscapeDataString(o.Id)).ToList();
                return rest.Count == 0 ? path : path + "?ids=" + string.Join(",", rest);
            }
            var items = found.Select(o =>
            {
                var listing = Organisations.Details.Model.From(o, content, lang);
                // The sheet says what the listing page says: the week's hours and its notes, access, languages.
                var facts = Organisations.ListingFacts.Of(o, now, lang);
                var week = facts.Week.Select(d => $"{d.Name} {d.Hours}").Concat(facts.HoursNotes).ToList();
                var languages = string.Join(", ", facts.Languages);
                if (facts.Interpreter is { } interpreter) languages = languages.Length == 0 ? interpreter : $"{languages}. {interpreter}";
                var access = facts.Accessibility.Append(facts.AccessibilityNote).OfType<string>().ToList();
                return new Item(
                    o.Id, listing.Name, listing.Address, listing.MapUrl, o.Phones, o.Emails,
                    o.Websites.Where(Organisations.Details.IsWebLink).ToList(),
                    week.Count == 0 ? null : string.Join(" · ", week), o.Access.Get(lang), languages.Length == 0 ? null : languages,
                    listing.Summary, LocalizedRoutes.ListingPath(o.Id, lang), UrlWithout(o.Id))
                {
                    Accessibility = access.Count == 0 ? null : string.Join(". ", access),
                    Freshness = facts.FreshnessText,
                    FreshnessCode = facts.Freshness.Code,
                };
            }).ToList();
            var idList = string.Join(",", found.Select(o => Uri.EscapeDataString(o.Id)));
            var share = $"{request.Scheme}://{request.Host}{path}" + (idList.Length == 0 ? "" : "?ids=" + idList);
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            return new Model(items, ids.Count - found.Count, share, today.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo(lang.Tag())),
                string.Join(",", found.Select(o => o.Id)));
        }
    }
}
