using Repertoire.Core.Analysis;
using Repertoire.Core.Analysis.Common;

namespace Repertoire.Core.Tests.Analysis.Common;

public sealed class StandardTokenizerTests
{
    private static List<Token> Tokens(string text, bool keepApostrophes = false)
    {
        var tokenizer = new StandardTokenizer(text, keepApostrophes);
        var tokens = new List<Token>();
        while (tokenizer.TryNext(out var token))
            tokens.Add(token);
        return tokens;
    }

    [Fact]
    public void OffsetsPointIntoTheOriginalText()
    {
        const string text = "Centre  médico-social (Forest)";
        foreach (var token in Tokens(text))
            Assert.Equal(token.Term, text[token.StartOffset..token.EndOffset]);
        Assert.Equal([0, 1, 2, 3], Tokens(text).Select(t => t.Position));
    }

    [Fact]
    public void PhoneNumberOffsetsCoverTheWholeSpelling()
    {
        const string text = "Tél. +32 2 435 51 38 !";
        var phone = Tokens(text)[1];
        Assert.Equal("024355138", phone.Term);
        Assert.Equal("+32 2 435 51 38", text[phone.StartOffset..phone.EndOffset]);
        Assert.True(phone.IsKeyword);
    }

    [Fact]
    public void AddressPartsShareThePositionOfTheAddressAndHaveTheirOwnOffsets()
    {
        const string text = "écrire cass@cpas-schaerbeek.be puis";
        var tokens = Tokens(text);
        Assert.Equal(["écrire", "cass@cpas-schaerbeek.be", "cass", "cpas", "schaerbeek", "puis"], tokens.Select(t => t.Term));
        Assert.Equal([0, 1, 1, 1, 1, 2], tokens.Select(t => t.Position));
        Assert.All(tokens, t => Assert.Equal(t.Term, text[t.StartOffset..t.EndOffset]));
    }

    [Theory]
    [InlineData("02/435.51.38")]
    [InlineData("02 435 51 38")]
    [InlineData("+32 2 435 51 38")]
    [InlineData("0032 2 435 51 38")]
    [InlineData("+32 (0)2 435 51 38")]
    [InlineData("02-435-51-38")]
    [InlineData("024355138")]
    public void EveryBelgianSpellingOfAPhoneNumberGivesTheSameToken(string spelling) =>
        Assert.Equal("024355138", Assert.Single(Tokens(spelling)).Term);

    [Theory]
    [InlineData("0212.347.945")]
    [InlineData("0212347945")]
    [InlineData("BE 0212.347.945")]
    [InlineData("BE0212347945")]
    [InlineData("be 0212 347 945")]
    [InlineData("BE 212.347.945")]
    public void EverySpellingOfACompanyNumberGivesTheTenDigits(string spelling) =>
        Assert.Equal("0212347945", Assert.Single(Tokens(spelling)).Term);

    [Fact]
    public void NewerCompanyNumbersStartingWithOneAreRecognisedInTheirDottedSpelling() =>
        Assert.Equal("1012345678", Assert.Single(Tokens("1012.345.678")).Term);

    [Theory]
    [InlineData("1030 Schaerbeek", "1030", "Schaerbeek")]
    [InlineData("de 9 à 17", "de", "9", "à", "17")]
    [InlineData("12,5 %", "12", "5")]
    [InlineData("ouvert 02 435 51 38 1030", "ouvert", "024355138", "1030")]
    public void OtherNumbersStayOrdinaryTokens(string text, params string[] expected) =>
        Assert.Equal(expected, Tokens(text).Select(t => t.Term));

    [Theory]
    [InlineData("voir www.cass-cssa.be.", "voir", "www.cass-cssa.be", "cass", "cssa")]
    [InlineData("http://ocmw.brussels/nl", "ocmw.brussels", "ocmw", "nl")]
    [InlineData("fin.Suite", "fin", "Suite")]
    [InlineData("p.ex. ceci", "p", "ex", "ceci")]
    public void WebDomainsAreRecognisedButSentencesAreNot(string text, params string[] expected) =>
        Assert.Equal(expected, Tokens(text).Select(t => t.Term));

    [Fact]
    public void ApostrophesStayInsideWordsOnlyWhenAsked()
    {
        Assert.Equal(["l'hôpital", "aujourd’hui"], Tokens("l'hôpital aujourd’hui", keepApostrophes: true).Select(t => t.Term));
        Assert.Equal(["auto", "s"], Tokens("auto's").Select(t => t.Term));
    }

    [Fact]
    public void LettersOfAnyScriptAndCombiningMarksMakeWords() =>
        Assert.Equal(["Ελληνικά", "中文", "cafe\u0301", "𝒜b"], Tokens("Ελληνικά, 中文; cafe\u0301 𝒜b").Select(t => t.Term));

    [Fact]
    public void EmptyAndPunctuationOnlyTextHasNoToken()
    {
        Assert.Empty(Tokens(""));
        Assert.Empty(Tokens(" -- ... ' + @ "));
    }
}
