using System.Text.Json;
using Repertoire.Core.Alignment.Crosswalk;
using Repertoire.Core.Alignment.Import;
using Repertoire.Core.Alignment.Matching;
using Xunit.Abstractions;

namespace Repertoire.Core.Tests.Alignment.Matching;

/// <summary>The matcher on the sample exports, scored as the alignment contract scores a crosswalk.</summary>
public sealed class AlignmentQualityTests(ITestOutputHelper output)
{
    private static readonly string[] Published = ["auto", "confirmed"];
    private static readonly string[] Proposed = ["auto", "confirmed", "review"];

    [Fact]
    public void SampleCrosswalkMeetsPrecisionAndRecallFloors()
    {
        var bs = new BruxellesSocialImporter().Import(SampleData.BruxellesSocial);
        var sk = new SocialeKaartImporter().Import(SampleData.SocialeKaart);
        Assert.Empty(bs.Problems);
        Assert.Empty(sk.Problems);

        var result = new AlignmentMatcher().Align(bs.Records, sk.Records);
        // Score the serialised crosswalk, as the script does, so that the JSON shape is checked too.
        var json = CrosswalkJsonWriter.Write(result.ToCrosswalk());
        var rows = ReadCrosswalk(json);
        var gold = ReadAnswerKey(SampleData.AnswerKey);

        var auto = rows.Where(r => Published.Contains(r.Status)).Select(r => (r.Bs, r.Sk)).ToHashSet();
        var proposed = rows.Where(r => Proposed.Contains(r.Status)).Select(r => (r.Bs, r.Sk)).ToHashSet();
        var (autoPrecision, autoRecall) = PrecisionRecall(auto, gold);
        var (_, proposedRecall) = PrecisionRecall(proposed, gold);
        output.WriteLine($"auto: precision={autoPrecision:F3} recall={autoRecall:F3}; auto+review: recall={proposedRecall:F3}");

        Assert.True(autoPrecision >= 0.99, $"auto precision {autoPrecision:F3}");
        Assert.True(autoRecall >= 0.90, $"auto recall {autoRecall:F3}");
        Assert.True(proposedRecall >= 0.98, $"auto+review recall {proposedRecall:F3}");
        // The contract: each record appears in at most one auto/confirmed pair.
        Assert.Equal(auto.Count, auto.Select(p => p.Item1).Distinct().Count());
        Assert.Equal(auto.Count, auto.Select(p => p.Item2).Distinct().Count());
    }

    private static (double Precision, double Recall) PrecisionRecall(HashSet<(string, string)> predicted, HashSet<(string, string)> gold)
    {
        var truePositives = predicted.Count(gold.Contains);
        return (predicted.Count == 0 ? 0 : (double)truePositives / predicted.Count, gold.Count == 0 ? 0 : (double)truePositives / gold.Count);
    }

    private static List<(string Bs, string Sk, string Status)> ReadCrosswalk(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("pairs").EnumerateArray()
            .Select(p => (Ident(p.GetProperty("bruxelles_social")), Ident(p.GetProperty("sociale_kaart")),
                (p.GetProperty("status").GetString() ?? "").Trim().ToLowerInvariant()))
            .ToList();
    }

    private static HashSet<(string, string)> ReadAnswerKey(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement;
        var pairs = root.ValueKind == JsonValueKind.Object ? root.GetProperty("pairs") : root;
        return pairs.EnumerateArray()
            .Select(p => p.ValueKind == JsonValueKind.Object
                ? (Ident(p.GetProperty("bruxelles_social")), Ident(p.GetProperty("sociale_kaart")))
                : (Ident(p[0]), Ident(p[1])))
            .ToHashSet();
    }

    // As the script's ident(): {"id": ...} objects, integral floats and surrounding spaces are tolerated.
    private static string Ident(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => Ident(value.GetProperty("id")),
        JsonValueKind.Number when value.TryGetInt64(out var n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        JsonValueKind.Number => value.GetDouble() is var d && d == Math.Floor(d) ? ((long)d).ToString(System.Globalization.CultureInfo.InvariantCulture) : value.GetRawText(),
        JsonValueKind.String => value.GetString()!.Trim(),
        _ => value.GetRawText().Trim(),
    };
}
