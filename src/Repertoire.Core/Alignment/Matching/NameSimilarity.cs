using Repertoire.Core.Alignment.Normalisation;

namespace Repertoire.Core.Alignment.Matching;

/// <summary>Name similarity as an IDF-weighted soft Dice coefficient over normalised name tokens: rare tokens
/// ("Cosmopolis") weigh more than organisation types ("#maison-medicale") or communes; near spellings
/// ("Kadans"/"Kadanz") count by their Jaro-Winkler similarity.</summary>
internal sealed class NameSimilarity
{
    private readonly Dictionary<string, double> _weights = new(StringComparer.Ordinal);
    private readonly double _unknownWeight;

    public NameSimilarity(IEnumerable<PreparedRecord> records)
    {
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        foreach (var record in records)
        {
            count++;
            foreach (var token in record.NameTokens.SelectMany(t => t).Distinct(StringComparer.Ordinal))
                documentFrequency[token] = documentFrequency.GetValueOrDefault(token) + 1;
        }
        foreach (var (token, df) in documentFrequency)
            _weights[token] = Math.Log(1 + (double)count / df);
        _unknownWeight = Math.Log(1 + count);
    }

    /// <summary>The inverse document frequency of a token among all names.</summary>
    public double Weight(string token) => _weights.GetValueOrDefault(token, _unknownWeight);

    /// <summary>The best similarity between any name of one record and any name of the other, in [0, 1];
    /// null when either has no name.</summary>
    public double? Compare(PreparedRecord a, PreparedRecord b)
    {
        if (a.NameTokens.Count == 0 || b.NameTokens.Count == 0) return null;
        var best = 0.0;
        foreach (var x in a.NameTokens)
            foreach (var y in b.NameTokens)
                best = Math.Max(best, Compare(x, y));
        return best;
    }

    /// <summary>True when the most similar names look like an organisation and one of its departments: every
    /// token of one name is found in the other, which adds words of its own ("CPAS de Koekelberg" and
    /// "CPAS de Koekelberg - Cellule énergie").</summary>
    public bool LooksLikeDepartment(PreparedRecord a, PreparedRecord b)
    {
        var best = -1.0;
        var department = false;
        foreach (var x in a.NameTokens)
        {
            foreach (var y in b.NameTokens)
            {
                var similarity = Compare(x, y, out var unmatchedX, out var unmatchedY);
                if (similarity <= best) continue;
                best = similarity;
                // All of one name is found (concepts included), and the other adds words of its own.
                department = (unmatchedX.All == 0 && unmatchedY.Words > 0) || (unmatchedY.All == 0 && unmatchedX.Words > 0);
            }
        }
        return department;
    }

    public double Compare(IReadOnlyList<string> x, IReadOnlyList<string> y) => Compare(x, y, out _, out _);

    // unmatchedX/Y: the tokens of each name left without a counterpart, all of them and words only (no concepts).
    private double Compare(IReadOnlyList<string> x, IReadOnlyList<string> y, out (int All, int Words) unmatchedX, out (int All, int Words) unmatchedY)
    {
        unmatchedX = unmatchedY = (0, 0);
        double total = 0, matched = 0;
        foreach (var token in x) total += Weight(token);
        foreach (var token in y) total += Weight(token);
        if (total == 0) return 0;
        Span<bool> used = y.Count <= 64 ? stackalloc bool[y.Count] : new bool[y.Count];
        foreach (var token in x)
        {
            var bestIndex = -1;
            var bestSimilarity = 0.0;
            for (var j = 0; j < y.Count; j++)
            {
                if (used[j]) continue;
                var similarity = TokenSimilarity(token, y[j]);
                if (similarity > bestSimilarity) { bestSimilarity = similarity; bestIndex = j; }
            }
            if (bestIndex < 0)
            {
                unmatchedX = (unmatchedX.All + 1, unmatchedX.Words + (token[0] != '#' && token.Length >= 3 ? 1 : 0));
                continue;
            }
            used[bestIndex] = true;
            matched += bestSimilarity * (Weight(token) + Weight(y[bestIndex]));
        }
        for (var j = 0; j < y.Count; j++)
            if (!used[j]) unmatchedY = (unmatchedY.All + 1, unmatchedY.Words + (y[j][0] != '#' && y[j].Length >= 3 ? 1 : 0));
        return Math.Min(1, matched / total);
    }

    private static double TokenSimilarity(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal)) return 1;
        // Concept tokens and short tokens must agree exactly: "#cpas" is not almost "#caw".
        if (a[0] == '#' || b[0] == '#' || a.Length < 4 || b.Length < 4) return 0;
        var similarity = StringSimilarity.JaroWinkler(a, b);
        return similarity >= 0.9 ? similarity : 0;
    }
}
