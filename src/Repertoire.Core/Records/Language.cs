namespace Repertoire.Core.Records;

/// <summary>The two languages of the directory.</summary>
public enum Language
{
    Fr,
    Nl,
}

/// <summary>Codes and conversions for <see cref="Language"/>.</summary>
public static class LanguageExtensions
{
    /// <summary>The ISO 639-1 code: <c>fr</c> or <c>nl</c>.</summary>
    public static string Code(this Language language) => language == Language.Nl ? "nl" : "fr";

    /// <summary>The BCP 47 tag used in <c>&lt;html lang&gt;</c>: <c>fr-BE</c> or <c>nl-BE</c>.</summary>
    public static string Tag(this Language language) => language == Language.Nl ? "nl-BE" : "fr-BE";

    /// <summary>The other language of the pair.</summary>
    public static Language Other(this Language language) => language == Language.Nl ? Language.Fr : Language.Nl;

    /// <summary>Parses <c>fr</c>/<c>nl</c> (any case, with or without region such as <c>nl-BE</c>).</summary>
    public static bool TryParse(string? code, out Language language)
    {
        language = Language.Fr;
        if (string.IsNullOrWhiteSpace(code)) return false;
        var span = code.AsSpan().Trim();
        if (span.Length > 2 && (span[2] == '-' || span[2] == '_')) span = span[..2];
        if (span.Equals("fr", StringComparison.OrdinalIgnoreCase)) return true;
        if (span.Equals("nl", StringComparison.OrdinalIgnoreCase))
        {
            language = Language.Nl;
            return true;
        }
        return false;
    }

    /// <summary>Both languages, French first.</summary>
    public static IReadOnlyList<Language> All { get; } = [Language.Fr, Language.Nl];
}
