using Lucene.Net.Analysis;
using Repertoire.Core.Analysis;
using Repertoire.Core.Analysis.Fr;
using Repertoire.Core.Analysis.Nl;

namespace Repertoire.Core.Tests.Analysis;

public sealed class AnalyzerRobustnessTests
{
    // Letters the stemmers treat specially (ë ï markers, upper-case I U Y H), separators the tokenizer
    // looks at, digits, a surrogate pair and a combining mark.
    private const string Alphabet = "aeiouyéèëïüöçœHIUYqgs '’-.@/+&0123456789BE\u0301𝒜 \n";

    public static IEnumerable<object[]> Analyzers() => [[new FrenchAnalyzer()], [new DutchAnalyzer()]];

    [Theory]
    [MemberData(nameof(Analyzers))]
    public void AnyTextGivesNonEmptyTermsWithOffsetsInsideTheText(Analyzer analyzer)
    {
        var random = new Random(20261202);
        for (var n = 0; n < 5000; n++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var i = 0; i < chars.Length; i++)
                chars[i] = Alphabet[random.Next(Alphabet.Length)];
            var text = new string(chars);
            var previous = -1;
            foreach (var token in analyzer.Analyze(text))
            {
                Assert.True(token.Term.Length > 0, $"empty term in {System.Text.Json.JsonSerializer.Serialize(text)}");
                Assert.InRange(token.StartOffset, 0, token.EndOffset - 1);
                Assert.InRange(token.EndOffset, 1, text.Length);
                Assert.True(token.Position >= previous, $"positions go back in '{text}'");
                previous = token.Position;
            }
        }
    }

    [Fact]
    public void StemmersAcceptAnyString()
    {
        var random = new Random(7);
        for (var n = 0; n < 20000; n++)
        {
            var chars = new char[random.Next(0, 300)];
            for (var i = 0; i < chars.Length; i++)
                chars[i] = Alphabet[random.Next(Alphabet.Length)];
            var word = new string(chars);
            foreach (Lucene.Net.Tartarus.Snowball.SnowballProgram stemmer in new Lucene.Net.Tartarus.Snowball.SnowballProgram[]
                { new Lucene.Net.Tartarus.Snowball.Ext.FrenchStemmer(), new Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer() })
            {
                stemmer.SetCurrent(word);
                stemmer.Stem();
                Assert.NotNull(stemmer.Current);
            }
        }
    }
}
