namespace Repertoire.Core.Tests;

/// <summary>Locates the Snowball vocabularies (tests/data/snowball) the oracle tests read.</summary>
internal static class SnowballData
{
    public static string SnowballFile(string name)
    {
        return Path.Combine(Repertoire.Tests.TestPaths.TestData, "snowball", name);
    }

    /// <summary>Pairs line n of the vocabulary with line n of the expected output.</summary>
    public static IReadOnlyList<(string Word, string Stem)> Vocabulary(string voc, string output)
    {
        var words = File.ReadAllLines(SnowballFile(voc));
        var stems = File.ReadAllLines(SnowballFile(output));
        Assert.Equal(words.Length, stems.Length);
        var pairs = new (string, string)[words.Length];
        for (var i = 0; i < words.Length; i++)
            pairs[i] = (words[i], stems[i]);
        return pairs;
    }
}
