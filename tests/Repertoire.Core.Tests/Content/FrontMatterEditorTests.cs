using Repertoire.Core.Content;

namespace Repertoire.Core.Tests.Content;

public sealed class FrontMatterEditorTests
{
    private const string Listing = """
        ---
        # Checked by phone in 2025.
        name:
          fr: Épicerie sociale   # official name
          nl: Sociale kruidenier
        phones: ["02 123 45 67"]
        emails:
          - info@example.org
          - contact@example.org
        hours: {fr: Du lundi au vendredi, nl: Maandag tot vrijdag}
        site:
          street: {fr: Rue Haute, nl: Hoogstraat}
          commune: bruxelles
        ---

        # fr
        Du **texte** : avec « guillemets ».

        # nl
        Tekst.
        """;

    [Fact]
    public void ScalarInAFlowMappingChangesOnlyItsOwnCharacters()
    {
        var editor = FrontMatterEditor.Parse(Listing);

        editor.SetText("hours", "fr", "Du lundi au jeudi, 9h-12h");

        Assert.Equal(Listing.Replace("{fr: Du lundi au vendredi,", "{fr: \"Du lundi au jeudi, 9h-12h\","), editor.Text);
        Assert.Equal("Du lundi au jeudi, 9h-12h", editor.Scalar("hours.fr"));
    }

    [Fact]
    public void BlockScalarKeepsItsTrailingComment()
    {
        var editor = FrontMatterEditor.Parse(Listing);

        editor.SetText("name", "fr", "Épicerie solidaire");

        Assert.Equal(Listing.Replace("fr: Épicerie sociale   # official name", "fr: Épicerie solidaire   # official name"), editor.Text);
    }

    [Fact]
    public void FlowSequenceIsRewrittenAndBlockSequenceStaysBlock()
    {
        var editor = FrontMatterEditor.Parse(Listing);

        editor.SetItems("phones", ["02 765 43 21", "0800 35 243"]);
        editor.SetItems("emails", ["new@example.org"]);

        Assert.Equal(["02 765 43 21", "0800 35 243"], editor.Items("phones"));
        Assert.Equal(["new@example.org"], editor.Items("emails"));
        Assert.Equal(Listing.Replace("phones: [\"02 123 45 67\"]", "phones: [02 765 43 21, 0800 35 243]")
            .Replace("  - info@example.org\n  - contact@example.org\n", "  - new@example.org\n"), editor.Text);
    }

    [Fact]
    public void MissingKeysAreAddedAsOneLineAtTheEndOfTheirMapping()
    {
        var editor = FrontMatterEditor.Parse(Listing);

        editor.SetScalar("site.number", "12");
        editor.SetScalar("verified.date", "2026-12-06");
        editor.SetScalar("verified.by", "Brusano (Nord)");

        Assert.Equal(Listing.Replace("  commune: bruxelles\n", "  commune: bruxelles\n  number: 12\nverified: {date: 2026-12-06, by: Brusano (Nord)}\n"), editor.Text);
    }

    [Fact]
    public void TextGivenOnceForBothLanguagesKeepsTheOtherLanguage()
    {
        var editor = FrontMatterEditor.Parse("---\nname: Brusano\naccess: x\n---\n");

        editor.SetText("name", "nl", "Brusano vzw");

        Assert.Equal("---\nname: {fr: Brusano, nl: Brusano vzw}\naccess: x\n---\n", editor.Text);
    }

    [Theory]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("a: b # not a comment")]
    [InlineData("line one\nline two")]
    [InlineData("\"quoted\" and \\ backslash")]
    [InlineData("- dash, [brackets] {braces} & *star !bang %percent @at `tick` |pipe >gt")]
    [InlineData("yes")]
    [InlineData("null")]
    [InlineData("  leading and trailing spaces  ")]
    [InlineData("bell\u0007 and nul\u0000")]
    public void HostileValuesReadBackExactlyAndBreakNothingElse(string value)
    {
        var editor = FrontMatterEditor.Parse(Listing);

        editor.SetText("hours", "fr", value);
        editor.SetItems("phones", [value]);
        editor.SetScalar("site.number", value);

        Assert.Equal(value, editor.Scalar("hours.fr"));
        Assert.Equal([value], editor.Items("phones"));
        Assert.Equal(value, editor.Scalar("site.number"));
        Assert.Equal("Maandag tot vrijdag", editor.Scalar("hours.nl"));
        Assert.EndsWith("---\n\n# fr\nDu **texte** : avec « guillemets ».\n\n# nl\nTekst.", editor.Text);
    }

    [Fact]
    public void WindowsLineEndingsAreKept()
    {
        var crlf = Listing.Replace("\n", "\r\n");
        var editor = FrontMatterEditor.Parse(crlf);

        editor.SetScalar("verified.date", "2026-12-06");

        Assert.Equal(crlf.Replace("  commune: bruxelles\r\n", "  commune: bruxelles\r\nverified: {date: 2026-12-06}\r\n"), editor.Text);
    }

    [Theory]
    [InlineData("no front matter")]
    [InlineData("---\nname: [unclosed\n---\n")]
    [InlineData("---\n- a list\n---\n")]
    [InlineData("---\nname: x\n")]
    public void FileWithoutUsableFrontMatterIsRefused(string text) =>
        Assert.Throws<FormatException>(() => FrontMatterEditor.Parse(text));

    [Fact]
    public void EveryBundledListingTakesEditsAndStillLoadsWithOnlyThoseFieldsChanged()
    {
        var content = Repertoire.Tests.TestPaths.CopyToTemp(Repertoire.Tests.TestPaths.BundledContent);
        try
        {
            var before = ContentLoader.Load(content);
            Assert.DoesNotContain(before.Problems, p => p.Severity == ProblemSeverity.Error);
            foreach (var organisation in before.Organisations)
            {
                var path = Path.Combine(content, organisation.SourcePath);
                var original = File.ReadAllText(path);
                var editor = FrontMatterEditor.Parse(original);
                editor.SetItems("phones", ["02 000 00 00"]);
                editor.SetText("name", "fr", "Nom corrigé, « test »");
                editor.SetScalar("site.number", "7A");
                File.WriteAllText(path, editor.Text);
                // The Markdown after the front matter is untouched.
                Assert.EndsWith(original[original.IndexOf("\n---", 4, StringComparison.Ordinal)..], editor.Text);
            }

            var after = ContentLoader.Load(content);

            Assert.DoesNotContain(after.Problems, p => p.Severity == ProblemSeverity.Error);
            Assert.Equal(before.Organisations.Count, after.Organisations.Count);
            foreach (var (old, changed) in before.Organisations.Zip(after.Organisations))
            {
                Assert.Equal(["02 000 00 00"], changed.Phones);
                Assert.Equal("Nom corrigé, « test »", changed.Name.Fr);
                Assert.Equal("7A", changed.Site.Number);
                Assert.Equal(old.Name.Nl, changed.Name.Nl);
                Assert.Equal(old.Emails, changed.Emails);
                Assert.Equal(old.Needs, changed.Needs);
                Assert.Equal(old.Site.Commune, changed.Site.Commune);
                Assert.Equal(old.Site.Street, changed.Site.Street);
                Assert.Equal(old.Description, changed.Description);
                Assert.Equal(old.Hours?.Note, changed.Hours?.Note);
                Assert.Equal(old.Hours?.Week.Count, changed.Hours?.Week.Count);
            }
        }
        finally
        {
            Directory.Delete(content, recursive: true);
        }
    }
}
