using Repertoire.Core.Analysis.Fr;
using Repertoire.Core.Analysis.Nl;
using Repertoire.Core.Records;

namespace Repertoire.Core.Analysis;

/// <summary>
/// Turns text into index terms: a tokenizer followed by filters, in an order that only the concrete analyzer
/// knows. The same analyzer serves the index side and the query side.
/// </summary>
/// <remarks>Concrete analyzers are immutable after construction and safe to share across threads.</remarks>
public abstract class Analyzer
{
    /// <summary>The analyzer of <paramref name="language"/>: a new <see cref="FrenchAnalyzer"/> or <see cref="DutchAnalyzer"/>.</summary>
    public static Analyzer Create(Language language, AnalyzerOptions? options = null)
    {
        options ??= new AnalyzerOptions();
        return language switch
        {
            Language.Fr => new FrenchAnalyzer(options),
            Language.Nl => new DutchAnalyzer(options),
            _ => throw new ArgumentOutOfRangeException(nameof(language), language, "No analyzer for this language."),
        };
    }

    /// <summary>Builds a fresh token stream over <paramref name="text"/>.</summary>
    public TokenStream TokenStream(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CreateChain(CreateTokenizer(text));
    }

    /// <summary>Analyzes <paramref name="text"/> into its tokens, in order.</summary>
    public IReadOnlyList<Token> Analyze(string text)
    {
        var stream = TokenStream(text);
        var tokens = new List<Token>();
        while (stream.TryNext(out var token))
            tokens.Add(token);
        return tokens;
    }

    /// <summary>The terms the index stores for <paramref name="text"/>, in order.</summary>
    public IEnumerable<string> Terms(string text)
    {
        var stream = TokenStream(text);
        while (stream.TryNext(out var token))
            yield return token.Term;
    }

    /// <summary>Creates the tokenizer that starts the chain.</summary>
    protected abstract Tokenizer CreateTokenizer(string text);

    /// <summary>Wraps the tokenizer in the analyzer's filters, in their fixed order.</summary>
    protected abstract TokenStream CreateChain(Tokenizer source);
}
