using System.Collections.Frozen;
using System.Text.Json;
using Repertoire.Core.Records;

namespace Repertoire.Web.Localization;

/// <summary>
/// The interface's strings: one flat table per language (<c>strings.fr.json</c>, <c>strings.nl.json</c>),
/// with <c>[NAME]</c> placeholders. A key missing in one table is a test failure, not a blank on the page.
/// </summary>
public sealed class UiText
{
    private static readonly FrozenDictionary<string, string> French = LoadTable("fr");
    private static readonly FrozenDictionary<string, string> Dutch = LoadTable("nl");

    private readonly FrozenDictionary<string, string> _table;

    private UiText(Language language, FrozenDictionary<string, string> table)
    {
        Language = language;
        _table = table;
    }

    /// <summary>The strings of a language.</summary>
    public static UiText For(Language language) => language == Language.Nl ? NlText : FrText;

    private static readonly UiText FrText = new(Language.Fr, French);
    private static readonly UiText NlText = new(Language.Nl, Dutch);

    /// <summary>The language of this table.</summary>
    public Language Language { get; }

    /// <summary>The string for a key; the key itself when missing, so a gap is visible rather than silent.</summary>
    public string this[string key] => _table.TryGetValue(key, out var value) ? value : key;

    /// <summary>The string with its <c>[NAME]</c> placeholders replaced.</summary>
    public string Format(string key, params (string Name, object? Value)[] values)
    {
        var text = this[key];
        foreach (var (name, value) in values)
            text = text.Replace($"[{name}]", Convert.ToString(value, System.Globalization.CultureInfo.GetCultureInfo(Language.Tag())), StringComparison.Ordinal);
        return text;
    }

    /// <summary>All keys of a language's table (for the completeness test).</summary>
    public static IReadOnlyCollection<string> KeysOf(Language language) => (language == Language.Nl ? Dutch : French).Keys;

    private static FrozenDictionary<string, string> LoadTable(string code)
    {
        using var stream = typeof(UiText).Assembly.GetManifestResourceStream($"Repertoire.Web.Localization.strings.{code}.json")
            ?? throw new InvalidOperationException($"strings.{code}.json is not embedded");
        var table = JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
