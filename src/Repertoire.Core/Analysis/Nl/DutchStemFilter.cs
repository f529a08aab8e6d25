using Repertoire.Core.Analysis.Common;

namespace Repertoire.Core.Analysis.Nl;

/// <summary>
/// Replaces each term that is not a keyword by its Snowball Porter Dutch stem, unless an override gives the
/// stem to use (Lucene's StemmerOverrideFilter: <c>kind</c> → <c>kinder</c>, so it meets <c>kinderen</c>).
/// </summary>
public sealed class DutchStemFilter : TokenFilter
{
    private readonly IReadOnlyDictionary<string, string> _overrides;

    /// <summary>Creates the filter; <paramref name="overrides"/> maps lower-cased words to their stems.</summary>
    public DutchStemFilter(TokenStream input, IReadOnlyDictionary<string, string>? overrides = null) : base(input)
    {
        _overrides = overrides ?? DefaultOverrides;
    }

    /// <summary>The embedded overrides, <c>Analysis/Nl/stem_overrides.txt</c> (lines "word stem").</summary>
    public static IReadOnlyDictionary<string, string> DefaultOverrides { get; } = LoadOverrides();

    /// <inheritdoc />
    public override bool TryNext(out Token token)
    {
        if (!Input.TryNext(out token))
            return false;
        if (token.IsKeyword)
            return true;
        if (!_overrides.TryGetValue(token.Term, out var stem))
            stem = DutchStemmer.Instance.Stem(token.Term);
        if (!ReferenceEquals(stem, token.Term))
            token = token with { Term = stem };
        return true;
    }

    private static Dictionary<string, string> LoadOverrides()
    {
        var overrides = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in WordLists.Embedded("Nl/stem_overrides.txt"))
        {
            var fields = entry.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 2)
                throw new InvalidOperationException($"Bad stem override '{entry}': expected 'word stem'.");
            overrides[fields[0]] = fields[1];
        }
        return overrides;
    }
}
