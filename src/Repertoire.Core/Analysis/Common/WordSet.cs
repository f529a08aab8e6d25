using System.Collections.Frozen;

namespace Repertoire.Core.Analysis.Common;

/// <summary>An immutable set of words with allocation-free lookups by span; safe to share across threads.</summary>
public sealed class WordSet
{
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates the set from words taken as they are (case-sensitive, ordinal).</summary>
    public WordSet(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _words = words.ToFrozenSet(StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in _words)
            MaxLength = Math.Max(MaxLength, word.Length);
    }

    /// <summary>The empty set.</summary>
    public static WordSet Empty { get; } = new([]);

    /// <summary>Number of words.</summary>
    public int Count => _words.Count;

    /// <summary>Length of the longest word.</summary>
    public int MaxLength { get; }

    /// <summary>Whether the set holds <paramref name="word"/>.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>Whether the set holds <paramref name="word"/>.</summary>
    public bool Contains(string word) => _words.Contains(word);

    /// <summary>The words, in no particular order.</summary>
    public IEnumerable<string> Words => _words;
}
