using Repertoire.Core.Index;

namespace Repertoire.Core.Tests.Index;

/// <summary>Every FTS5 query-syntax trap (quotes, NEAR, column filters, operators, stars), typed as a search: no error, ever.</summary>
public sealed class QueryEscapingTests(SearchTestContent content) : IClassFixture<SearchTestContent>
{
    public static TheoryData<string> Traps =>
    [
        "e-mail", "l'élève", "aujourd'hui", "café:", "foo:bar", "AND", "cafe AND", "cafe OR", "NOT cafe", "\"unterminated",
        "*", "", " ", "cafe.eleve", "12,5", "#tag", "@user", "x/y", "(a OR b) c", "c (a OR b)", "\"caf*\"", "\"caf\"*",
        "caf*", "caf *", "€", "\"€\"", "\"\"", "NEAR(colis repas)", "NEAR(colis repas, 2)", "colis NEAR repas", "^colis",
        "colis + repas", "t : colis", "{t} : colis", "- t : colis", "f_name_fr : colis", "rank MATCH 'bm25(1)'", "\u0000",
        "😀 colis 🇧🇪", "ộ", "\"colis\" \"", "((((", "))))", "colis\"repas", "'''", "’’", "colis AND OR NOT repas",
        "!@#$%^&*()_+-=[]{};':\",./<>?\\|`~", new string('(', 500), string.Concat(Enumerable.Repeat("\"a\" ", 125)),
    ];

    [Theory]
    [MemberData(nameof(Traps))]
    public void TrapIsSearchedAsText(string text)
    {
        var result = content.Searcher.Search(new SearchQuery { Text = text });

        Assert.NotNull(result);
        Assert.True(result.Total >= 0);
    }

    [Fact]
    public void HyphenatedAndElidedWordsStillMatch()
    {
        Assert.Contains(content.Searcher.Search(new SearchQuery { Text = "l'alimentaire" }).Hits, h => h.Id == "restaurant-jette");
        Assert.Contains(content.Searcher.Search(new SearchQuery { Text = "seconde-main" }).Hits, h => h.Id == "vestiaire-centre");
    }

    [Fact]
    public void OperatorsAreOrdinaryWords()
    {
        var result = content.Searcher.Search(new SearchQuery { Text = "colis OR vêtements" });

        // OR is no operator: a listing must match both words (OR itself is no word of any listing).
        Assert.DoesNotContain(result.Hits, h => h.Id == "vestiaire-centre" && result.Hits.Count > 1 && h == result.Hits[0]);
    }

    [Fact]
    public void ThousandsOfRandomStringsNeverThrow()
    {
        var random = new Random(5);
        const string alphabet = "abcdeéèfgAZ019 \"'’*:-()^{}+.,;!?#@/\\&<>|NEARORANDNOT😀€\t\n";
        for (var i = 0; i < 5000; i++)
        {
            var chars = new char[random.Next(0, 60)];
            for (var k = 0; k < chars.Length; k++) chars[k] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars).Replace("\uD83D", "", StringComparison.Ordinal).Replace("\uDE00", "", StringComparison.Ordinal);
            content.Searcher.Search(new SearchQuery { Text = text, PerPage = 5 });
        }
    }
}
