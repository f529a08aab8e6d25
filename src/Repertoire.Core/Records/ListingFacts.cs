using NodaTime;

namespace Repertoire.Core.Records;

/// <summary>How the place can be reached by someone with reduced mobility, hearing or sight. Null: not stated.</summary>
public sealed record Accessibility(bool? StepFree, bool? AccessibleToilet, bool? HearingLoop)
{
    /// <summary>A note per language (a ramp on request, a lift out of order...).</summary>
    public LocalizedText Note { get; init; } = LocalizedText.Empty;
}

/// <summary>A WGS84 point (latitude and longitude in degrees).</summary>
public sealed record GeoPoint(double Lat, double Lon);

/// <summary>A rectangle of latitudes and longitudes (WGS84 degrees).</summary>
public sealed record GeoBounds(double South, double West, double North, double East)
{
    /// <summary>Whether the point lies inside the rectangle, edges included.</summary>
    public bool Contains(GeoPoint point) =>
        point.Lat >= South && point.Lat <= North && point.Lon >= West && point.Lon <= East;
}

/// <summary>When the listing's facts were last checked, and by whom.</summary>
public sealed record Verification(LocalDate Date, string? By);

/// <summary>Where a listing's facts come from: a web page or a document, and when it was consulted.</summary>
public sealed record Source(string? Url, string? Document, LocalDate? Consulted)
{
    /// <summary>What to show for the source: the document's title, else the address.</summary>
    public string Label => Document ?? Url ?? "";
}
