using Repertoire.Core.Alignment;
using Repertoire.Core.Records;

namespace Repertoire.Core.DirectoryImport;

/// <summary>One record of either directory with every field the import maps into a listing, read and checked
/// once; <see cref="Alignment"/> is the same record reduced for the matcher.</summary>
public sealed record SourceRecord
{
    /// <summary>The directory it comes from.</summary>
    public required DirectorySource Source { get; init; }

    /// <summary>The directory's id, as a string (Bruxelles-Social <c>id</c>, Sociale Kaart <c>id.id</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The record as the alignment matcher sees it.</summary>
    public required DirectoryRecord Alignment { get; init; }

    /// <summary>The official name per language.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Alternative, former and service names per language.</summary>
    public LocalizedList AltNames { get; init; } = LocalizedList.Empty;

    /// <summary>The visiting address; street per language.</summary>
    public LocalizedText Street { get; init; } = LocalizedText.Empty;

    /// <summary>House number (with the box, "18 bte 4", when one is given).</summary>
    public string? Number { get; init; }

    /// <summary>The postcode, four digits.</summary>
    public string? Postcode { get; init; }

    /// <summary>The municipality as the directory names it, in French then Dutch when both are given.</summary>
    public IReadOnlyList<string> Municipality { get; init; } = [];

    /// <summary>WGS84 coordinates, already checked to lie in the Brussels-Capital Region.</summary>
    public GeoCoordinates? Coordinates { get; init; }

    /// <summary>Phone numbers, e-mail addresses and web sites as written (duplicates removed).</summary>
    public IReadOnlyList<string> Phones { get; init; } = [];

    /// <summary>E-mail addresses.</summary>
    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>Web sites.</summary>
    public IReadOnlyList<string> Websites { get; init; } = [];

    /// <summary>The enterprise number, ten valid digits, or null.</summary>
    public string? Kbo { get; init; }

    /// <summary>Opening hours as free text per language.</summary>
    public LocalizedText Hours { get; init; } = LocalizedText.Empty;

    /// <summary>Ways of access ("Sur rendez-vous", "Par téléphone") per language.</summary>
    public LocalizedList Access { get; init; } = LocalizedList.Empty;

    /// <summary>The target public per language.</summary>
    public LocalizedText Public { get; init; } = LocalizedText.Empty;

    /// <summary>What the organisation does, per language (the listing's description).</summary>
    public LocalizedText Description { get; init; } = LocalizedText.Empty;

    /// <summary>Whether an interpreter can be arranged, when the directory says.</summary>
    public bool? Interpreter { get; init; }

    /// <summary>Languages of service (ISO 639-1).</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Category or activity labels, as the directory spells them, for the mapping tables.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>The directory's date of last update, when it gives one.</summary>
    public DateOnly? LastUpdate { get; init; }

    /// <summary>Problems in single fields that were left out of the record (reported, the record is kept).</summary>
    public IReadOnlyList<string> FieldWarnings { get; init; } = [];
}

/// <summary>A WGS84 point.</summary>
public readonly record struct GeoCoordinates(double Lat, double Lon)
{
    // The Brussels-Capital Region lies within this box (its extremes are about 50.763-50.914 N, 4.244-4.482 E).
    private const double MinLat = 50.76, MaxLat = 50.92, MinLon = 4.24, MaxLon = 4.49;

    /// <summary>Whether the point lies in the box around the Region.</summary>
    public bool InBrussels => Lat is >= MinLat and <= MaxLat && Lon is >= MinLon and <= MaxLon;

    /// <summary>Distance in metres (equirectangular: exact enough across a city).</summary>
    public double MetresTo(GeoCoordinates other)
    {
        const double EarthRadius = 6_371_000;
        var x = (other.Lon - Lon) * Math.PI / 180 * Math.Cos((Lat + other.Lat) / 2 * Math.PI / 180);
        var y = (other.Lat - Lat) * Math.PI / 180;
        return Math.Sqrt(x * x + y * y) * EarthRadius;
    }
}
