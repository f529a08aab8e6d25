using System.Text.Json;
using Repertoire.Core.Alignment.Matching;
using Repertoire.Core.Alignment.Normalisation;

namespace Repertoire.Core.Tests.Alignment.Normalisation;

public sealed class Lambert72Tests
{
    [Fact]
    public void ConvertedPointsLieWithinTwentyFiveMetresOfTheSampleCoordinates()
    {
        // Bruxelles-Social gives both x/y (Lambert 72) and lat/lon: the sample is the oracle.
        using var json = JsonDocument.Parse(File.ReadAllBytes(SampleData.BruxellesSocial));
        var worst = 0.0;
        var compared = 0;
        foreach (var record in json.RootElement.EnumerateArray())
        {
            if (!record.TryGetProperty("address", out var address) || address.ValueKind != JsonValueKind.Object) continue;
            if (address.GetProperty("x").ValueKind != JsonValueKind.Number || address.GetProperty("lat").ValueKind != JsonValueKind.Number) continue;
            var (lat, lon) = Lambert72.ToWgs84(address.GetProperty("x").GetDouble(), address.GetProperty("y").GetDouble());
            worst = Math.Max(worst, GeoDistance.Metres(lat, lon, address.GetProperty("lat").GetDouble(), address.GetProperty("lon").GetDouble()));
            compared++;
        }
        Assert.True(compared > 100, $"only {compared} points compared");
        // Well inside the matcher's first distance band (120 m); the sample's own conversion is not exact either.
        Assert.True(worst < 25, $"worst error {worst:F1} m");
    }
}
