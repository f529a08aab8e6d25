namespace Repertoire.Core.Analysis.Common;

/// <summary>
/// A set of suffixes, each with a rule number, answering "which is the longest suffix this word ends with"
/// as Snowball's <c>among</c> does. Suffixes are bucketed by their last character, longest first, so a
/// lookup tries only the few suffixes that can match.
/// </summary>
internal sealed class SuffixTable
{
    private readonly (string Suffix, int Rule)[][] _buckets = new (string, int)[256][];

    /// <summary>Builds the table from groups of suffixes sharing one rule number.</summary>
    public SuffixTable(params (int Rule, string Suffixes)[] groups)
    {
        var lists = new List<(string, int)>?[256];
        foreach (var (rule, suffixes) in groups)
        {
            foreach (var suffix in suffixes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var last = suffix[^1];
                if (last >= 256)
                    throw new ArgumentException($"Suffix '{suffix}' ends outside Latin-1.", nameof(groups));
                (lists[last] ??= []).Add((suffix, rule));
            }
        }
        for (var i = 0; i < 256; i++)
        {
            var list = lists[i];
            _buckets[i] = list is null ? [] : [.. list.OrderByDescending(e => e.Item1.Length)];
        }
    }

    /// <summary>
    /// Finds the longest suffix of <paramref name="word"/> that starts at or after <paramref name="minStart"/>
    /// (Snowball's <c>setlimit</c>); returns its rule number, or -1, and its length.
    /// </summary>
    public int Match(ReadOnlySpan<char> word, int minStart, out int length)
    {
        length = 0;
        if (word.Length == 0)
            return -1;
        var last = word[^1];
        if (last >= 256)
            return -1;
        foreach (var (suffix, rule) in _buckets[last])
        {
            if (suffix.Length <= word.Length - minStart && word.EndsWith(suffix.AsSpan()))
            {
                length = suffix.Length;
                return rule;
            }
        }
        return -1;
    }
}
