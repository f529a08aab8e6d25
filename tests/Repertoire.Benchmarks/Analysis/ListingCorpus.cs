using System.Text.Json;
using Lucene.Net.Analysis.Standard;
using Repertoire.Core.Analysis.Common;

namespace Repertoire.Benchmarks.Analysis;

/// <summary>
/// Listing text in each language, taken from the synthetic directory exports in docs/examples/alignment:
/// French = every string under a key ending in "Fr" of bruxelles-social.json; Dutch = every string under a key
/// ending in "Nl" there, plus every "description" and contact value of sociale-kaart.json. Contact values
/// (phones, e-mails, web sites, company numbers) go to both.
/// </summary>
internal static class ListingCorpus
{
    private static readonly Lazy<IReadOnlyList<string>> FrenchTexts = new(() => Load(french: true));
    private static readonly Lazy<IReadOnlyList<string>> DutchTexts = new(() => Load(french: false));

    public static IReadOnlyList<string> Texts(string lang) => lang == "nl" ? DutchTexts.Value : FrenchTexts.Value;

    /// <summary>Words as the tokenizer counts them, before stop words are dropped and compounds split.</summary>
    public static int WordCount(string lang)
    {
        var count = 0;
        foreach (var text in Texts(lang))
        {
            using var tokenizer = new StandardTokenizer(LuceneVersions.Current, new StringReader(text));
            tokenizer.Reset();
            while (tokenizer.IncrementToken())
                count++;
            tokenizer.End();
        }
        return count;
    }

    private static List<string> Load(bool french)
    {
        var root = Repertoire.Tests.TestPaths.AlignmentSamples;
        var texts = new List<string>();
        using (var bxl = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "bruxelles-social.json"))))
            Collect(bxl.RootElement, null, texts, key => key.EndsWith(french ? "Fr" : "Nl", StringComparison.Ordinal) || IsContact(key));
        using (var sk = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "sociale-kaart.json"))))
            Collect(sk.RootElement, null, texts, key => french ? key == "value" : key is "description" or "value");
        return texts;
    }

    private static bool IsContact(string key) =>
        key.Contains("phone", StringComparison.OrdinalIgnoreCase) || key.Contains("mail", StringComparison.OrdinalIgnoreCase)
        || key.Contains("website", StringComparison.OrdinalIgnoreCase) || key == "pmRp";

    private static void Collect(JsonElement element, string? key, List<string> texts, Func<string, bool> wanted)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    Collect(property.Value, property.Name, texts, wanted);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    Collect(item, key, texts, wanted);
                break;
            case JsonValueKind.String when key is not null && wanted(key):
                texts.Add(element.GetString()!);
                break;
        }
    }
}
