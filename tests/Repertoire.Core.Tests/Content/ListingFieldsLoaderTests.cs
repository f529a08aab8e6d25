using NodaTime;
using Repertoire.Core.Content;
using Repertoire.Core.Records;
using Repertoire.Tests;

namespace Repertoire.Core.Tests.Content;

/// <summary>Every referral field of the content format is read into the listing.</summary>
public sealed class ListingFieldsLoaderTests : IDisposable
{
    private readonly string _content = TestPaths.CopyToTemp(TestPaths.FixtureContent);

    public void Dispose() => Directory.Delete(_content, recursive: true);

    private const string Listing = """
        ---
        name:
          fr: Service complet
        site: {commune: jette, street: {fr: Rue Test}, number: "3", postcode: "1090"}
        languages: [fr, nl, en]
        interpreter: true
        audience: {fr: Familles, nl: Gezinnen}
        conditions: {fr: Habiter Jette, nl: In Jette wonen}
        cost: {fr: Gratuit, nl: Gratis}
        referral_required: false
        hours:
          monday: ["09:00-12:00", "13:30-17:00"]
          friday: ["22:00-02:00"]
          sunday: []
          appointment_only: true
          closed_on_public_holidays: true
          exceptions: [{date: 2026-12-24, closed: true}, {date: 2026-12-31, ranges: ["09:00-12:00"]}]
          note: {fr: Fermé en août, nl: Gesloten in augustus}
        accessibility: {step_free: true, accessible_toilet: false, note: {fr: Rampe à l'arrière}}
        coordinates: {lat: 50.8777, lon: 4.3266}
        verified: {date: 2026-11-02, by: "Brusano (Nord)"}
        sources:
          - {url: "https://example.org/service", consulted: 2026-11-02}
          - {document: "Rapport annuel 2025", consulted: 2026-10-01}
        source: ["https://example.org/older"]
        editor_note: "L'adresse vient d'un rapport de 2025."
        no_longer_listed: {sociale_kaart: 2026-12-06}
        ---
        # fr
        Un service.
        """;

    private Organisation LoadListing()
    {
        File.WriteAllText(Path.Combine(_content, "organisations", "complet.md"), Listing);
        var set = ContentLoader.Load(_content);
        Assert.DoesNotContain(set.Problems, p => p.Path.EndsWith("complet.md"));
        return set.Find("complet")!;
    }

    [Fact]
    public void StructuredHoursAreRead()
    {
        var hours = LoadListing().Hours!;

        Assert.True(hours.IsStructured);
        Assert.Equal(["09:00-12:00", "13:30-17:00"], hours.Week[IsoDayOfWeek.Monday].Select(r => r.ToString()));
        Assert.True(hours.Week[IsoDayOfWeek.Friday][0].CrossesMidnight);
        Assert.Empty(hours.Week[IsoDayOfWeek.Sunday]);
        Assert.False(hours.Week.ContainsKey(IsoDayOfWeek.Tuesday));
        Assert.True(hours.AppointmentOnly);
        Assert.True(hours.ClosedOnPublicHolidays);
        Assert.Equal(2, hours.Exceptions.Count);
        Assert.True(hours.Exceptions[0].Closed);
        Assert.Equal("09:00-12:00", Assert.Single(hours.Exceptions[1].Ranges).ToString());
        Assert.Equal("Gesloten in augustus", hours.Note.Nl);
    }

    [Fact]
    public void ConditionsAccessAndLanguagesAreRead()
    {
        var o = LoadListing();

        Assert.Equal(["fr", "nl", "en"], o.Languages);
        Assert.True(o.Interpreter);
        Assert.Equal("Gezinnen", o.Audience.Nl);
        Assert.Equal("Habiter Jette", o.Conditions!.Fr);
        Assert.Equal("Gratis", o.Cost!.Nl);
        Assert.False(o.ReferralRequired);
        Assert.Equal(new Accessibility(true, false, null) { Note = new LocalizedText("Rampe à l'arrière", null) }, o.Accessibility);
        Assert.Equal(new GeoPoint(50.8777, 4.3266), o.Coordinates);
    }

    [Fact]
    public void VerificationSourcesAndEditorNoteAreRead()
    {
        var o = LoadListing();

        Assert.Equal(new Verification(new LocalDate(2026, 11, 2), "Brusano (Nord)"), o.Verified);
        Assert.Equal(
            [
                new Source("https://example.org/older", null, null),
                new Source("https://example.org/service", null, new LocalDate(2026, 11, 2)),
                new Source(null, "Rapport annuel 2025", new LocalDate(2026, 10, 1)),
            ],
            o.Sources);
        Assert.Equal("L'adresse vient d'un rapport de 2025.", o.EditorNote);
        Assert.Empty(o.Extra);
    }

    [Fact]
    public void NoLongerListedIsReadWithTheDateEachDirectoryDroppedTheRecord()
    {
        var o = LoadListing();

        Assert.Equal(new ListingWithdrawal(null, new LocalDate(2026, 12, 6)), o.NoLongerListed);
    }

    [Fact]
    public void FieldsLeftOutAreNotStated()
    {
        var o = ContentLoader.Load(_content).Find("infirmiers-test-jette")!;

        Assert.Null(o.Hours);
        Assert.Null(o.Accessibility);
        Assert.Null(o.Interpreter);
        Assert.Null(o.Conditions);
        Assert.Null(o.Cost);
        Assert.Null(o.ReferralRequired);
        Assert.Null(o.Coordinates);
        Assert.Null(o.EditorNote);
        Assert.Null(o.NoLongerListed);
    }
}
