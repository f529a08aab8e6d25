using Repertoire.Core.Records;
using Repertoire.Web.Localization;

namespace Repertoire.Web.Pages.Organisations;

/// <summary>
/// The fields of a listing outside the content format (<c>legal_status</c>, <c>beds</c>, <c>source</c>...), shown as
/// read so that nothing in the file is hidden: per-language maps in the page's language, lists item by item.
/// </summary>
public static class ListingExtras
{
    /// <summary>One extra field: its label and its values as text; <see cref="IsLink"/> when every value is a web link.</summary>
    public sealed record Field(string Key, string Label, IReadOnlyList<string> Values, bool IsLink);

    /// <summary>The extra fields of a listing, in file order, without empty ones.</summary>
    public static IReadOnlyList<Field> Of(Organisation organisation, UiText text, Language lang) =>
        organisation.Extra
            // A value given twice (the same source URL, say) is shown once.
            .Select(kv => (kv.Key, Values: Flatten(kv.Value, lang).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList()))
            .Where(f => f.Values.Count > 0)
            .Select(f => new Field(f.Key, LabelOf(f.Key, text), f.Values, f.Values.All(Details.IsWebLink)))
            .ToList();

    private static string LabelOf(string key, UiText text)
    {
        var label = text[$"listing.extra.{key}"];
        return label.StartsWith("listing.extra.", StringComparison.Ordinal) ? key.Replace('_', ' ') : label;
    }

    private static IEnumerable<string> Flatten(object? value, Language lang) => value switch
    {
        null => [],
        string s => [s.Trim()],
        IDictionary<string, object?> map when map.ContainsKey("fr") || map.ContainsKey("nl") =>
            Flatten(map.TryGetValue(lang.Code(), out var own) && own is not null ? own : map.TryGetValue(lang.Other().Code(), out var other) ? other : null, lang),
        IDictionary<string, object?> map => map.Select(kv => $"{kv.Key}: {string.Join(", ", Flatten(kv.Value, lang))}"),
        IEnumerable<object?> list => list.SelectMany(v => Flatten(v, lang)),
        _ => [Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? ""],
    };
}
