using System.Text.RegularExpressions;
using Repertoire.Core.Content;
using Repertoire.Core.Records;
using Repertoire.Tests;

namespace Repertoire.Core.Tests.Content;

/// <summary>The bundled listings: valid, and their public text speaks about the service, never about the file.</summary>
public sealed partial class BundledContentTests
{
    private static readonly ContentSet Bundled = ContentLoader.Load(TestPaths.BundledContent);

    // What editors write about their sources ("la source ne précise pas...", "staat niet in de bron"): it belongs in
    // editor_note. Phrases, not single words, so that a service about "sources" of income is not caught.
    [GeneratedRegex(@"\b(la|les|cette|ces) sources?\b|\bsources consultées\b|\bselon (la source|le site|les sources)\b|"
        + @"\bde bron(nen)?\b|\bgeraadpleegde bronnen\b|\bvolgens de (bron|bronnen|website)\b|\bin de bron\b|"
        + @"\bl'information provient\b|\bde informatie komt\b|\bl'adresse provient\b|\bhet adres komt uit\b|"
        + @"\bn'est pas reprise?\b|\bstaat hier niet\b|\bà vérifier\b|\bte controleren\b", RegexOptions.IgnoreCase)]
    private static partial Regex EditorialRemark();

    [Fact]
    public void BundledContentHasNoErrors()
    {
        Assert.False(Bundled.HasErrors, string.Join("\n", Bundled.Problems.Where(p => p.Severity == ProblemSeverity.Error)));
    }

    [Fact]
    public void NoPublicFieldHasAnEditorialRemark()
    {
        var remarks = Bundled.Organisations
            .SelectMany(o => PublicTexts(o).Where(t => EditorialRemark().IsMatch(t)).Select(t => $"{o.Id}: {EditorialRemark().Match(t).Value} in \"{t}\""))
            .ToList();

        Assert.True(remarks.Count == 0, string.Join("\n", remarks));
    }

    [Fact]
    public void TheRemarkPatternCatchesWhatEditorsUsedToWrite()
    {
        Assert.Matches(EditorialRemark(), "La source ne précise ni le public, ni l'adresse.");
        Assert.Matches(EditorialRemark(), "Telefoon en openingsuren staan niet in de bron.");
        Assert.DoesNotMatch(EditorialRemark(), "Aide pour les personnes sans sources de revenus.");
    }

    private static IEnumerable<string> PublicTexts(Organisation o)
    {
        IEnumerable<string?> Both(LocalizedText? text) => [text?.Fr, text?.Nl];
        return new[]
            {
                Both(o.Name), Both(o.Description), Both(o.Audience), Both(o.Access), Both(o.Conditions), Both(o.Cost),
                Both(o.Hours?.Note), Both(o.Accessibility?.Note), o.AltNames.All, [o.Verified?.By],
                o.Extra.Values.SelectMany(Flatten), o.Site.Extra.Values.SelectMany(Flatten),
            }
            .SelectMany(texts => texts)
            .OfType<string>();
    }

    // Extra fields are shown on the page as read: lists and per-language maps included.
    private static IEnumerable<string> Flatten(object? value) => value switch
    {
        string text => [text],
        IDictionary<string, object?> map => map.Values.SelectMany(Flatten),
        IEnumerable<object?> list => list.SelectMany(Flatten),
        _ => [],
    };
}
