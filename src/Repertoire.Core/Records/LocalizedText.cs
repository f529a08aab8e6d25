namespace Repertoire.Core.Records;

/// <summary>A text given in French, in Dutch, or in both.</summary>
public sealed record LocalizedText(string? Fr, string? Nl)
{
    /// <summary>No text in either language.</summary>
    public static LocalizedText Empty { get; } = new(null, null);

    /// <summary>Whether neither language has text.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Fr) && string.IsNullOrWhiteSpace(Nl);

    /// <summary>The text in exactly <paramref name="language"/>, or null.</summary>
    public string? In(Language language)
    {
        var text = language == Language.Nl ? Nl : Fr;
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    /// <summary>The text in <paramref name="language"/>, falling back to the other language.</summary>
    public string? Get(Language language) => In(language) ?? In(language.Other());

    /// <summary>Whether the text shown for <paramref name="language"/> comes from the other language.</summary>
    public bool IsFallback(Language language) => In(language) is null && In(language.Other()) is not null;

    /// <summary>The same text in both languages (names that do not translate).</summary>
    public static LocalizedText Both(string text) => new(text, text);
}

/// <summary>A list of words or phrases per language (alternative names, synonyms).</summary>
public sealed record LocalizedList(IReadOnlyList<string> Fr, IReadOnlyList<string> Nl)
{
    /// <summary>Empty lists in both languages.</summary>
    public static LocalizedList Empty { get; } = new([], []);

    /// <summary>The list for exactly <paramref name="language"/>.</summary>
    public IReadOnlyList<string> In(Language language) => language == Language.Nl ? Nl : Fr;

    /// <summary>Both lists, French first, without duplicates.</summary>
    public IEnumerable<string> All => Fr.Concat(Nl).Distinct(StringComparer.OrdinalIgnoreCase);
}
