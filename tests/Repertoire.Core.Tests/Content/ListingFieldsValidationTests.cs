using Repertoire.Core.Content;
using Repertoire.Tests;

namespace Repertoire.Core.Tests.Content;

/// <summary>The referral fields (hours, access, coordinates, verification, sources): each mistake names its path, line and field.</summary>
public sealed class ListingFieldsValidationTests : IDisposable
{
    private readonly string _content = TestPaths.CopyToTemp(TestPaths.FixtureContent);

    public ListingFieldsValidationTests() =>
        File.AppendAllText(Path.Combine(_content, "territory.yml"),
            "region:\n  bounds: {south: 50.76, west: 4.24, north: 50.92, east: 4.49}\n");

    public void Dispose() => Directory.Delete(_content, recursive: true);

    private IReadOnlyList<ContentProblem> Load(string frontMatterLine)
    {
        File.WriteAllText(Path.Combine(_content, "organisations", "invalid.md"), $"---\nname:\n  fr: Invalid\n{frontMatterLine}\n---\n");
        return ContentLoader.Load(_content).Problems;
    }

    [Theory]
    [InlineData("hours: {monday: [\"9-12\"]}", "hours.monday", "'9-12' is not a time range: write HH:mm-HH:mm")]
    [InlineData("hours: {monday: [\"09:00-12:00\", \"11:00-13:00\"]}", "hours.monday", "ranges 09:00-12:00 and 11:00-13:00 overlap")]
    [InlineData("hours: {mondy: [\"09:00-12:00\"]}", "hours.mondy", "unknown field: expected monday..sunday")]
    [InlineData("hours: {monday: [\"09:00-12:00\"], appointment_only: sometimes}", "hours.appointment_only", "expected true or false, found 'sometimes'")]
    [InlineData("hours: {exceptions: [{date: 2026-12-24, closed: true, ranges: [\"09:00-12:00\"]}]}", "hours.exceptions", "2026-12-24 is both closed and open")]
    [InlineData("hours: {exceptions: [{date: 2026-12-24}]}", "hours.exceptions", "2026-12-24: give closed: true or the ranges")]
    [InlineData("hours: {exceptions: [{date: 24/12/2026, closed: true}]}", "hours.exceptions.date", "expected a date as YYYY-MM-DD")]
    [InlineData("hours: [\"lundi\"]", "hours", "expected weekdays with time ranges")]
    [InlineData("accessibility: {step_free: maybe}", "accessibility.step_free", "expected true or false, found 'maybe'")]
    [InlineData("interpreter: on request", "interpreter", "expected true or false")]
    [InlineData("referral_required: 1", "referral_required", "expected true or false")]
    [InlineData("coordinates: {lat: 51.2194, lon: 4.4025}", "coordinates", "(51.2194, 4.4025) lies outside the Region")]
    [InlineData("coordinates: {lat: 4.35, lon: 50.85}", "coordinates", "(lat and lon look swapped)")]
    [InlineData("coordinates: {lat: 50.85}", "coordinates", "give both lat and lon")]
    [InlineData("coordinates: {lat: north, lon: 4.35}", "coordinates.lat", "expected a number, found 'north'")]
    [InlineData("verified: {by: Brusano}", "verified.date", "the date of the check is required")]
    [InlineData("verified: {date: 2026-13-01}", "verified.date", "expected a date as YYYY-MM-DD, found '2026-13-01'")]
    [InlineData("sources: [{consulted: 2026-11-02}]", "sources", "each source needs a url or a document")]
    [InlineData("sources: [\"www.example.org\"]", "sources", "'www.example.org' is not a web address")]
    [InlineData("sources: [{url: \"https://example.org\", consulted: yesterday}]", "sources.consulted", "expected a date as YYYY-MM-DD")]
    [InlineData("source: [\"ftp://example.org/x\"]", "source", "is not a web address")]
    [InlineData("no_longer_listed: 2026-12-06", "no_longer_listed", "expected {bruxelles_social: YYYY-MM-DD}")]
    [InlineData("no_longer_listed: {sociale_kaart: 6/12/2026}", "no_longer_listed.sociale_kaart", "expected a date as YYYY-MM-DD, found '6/12/2026'")]
    public void MistakeIsAnErrorWithPathLineAndField(string line, string field, string message)
    {
        var problem = Assert.Single(Load(line), p => p.Severity == ProblemSeverity.Error);

        Assert.Equal("organisations/invalid.md", problem.Path);
        Assert.Equal(field, problem.Field);
        Assert.Contains(message, problem.Message);
        Assert.Equal(4, problem.Line);
    }

    [Fact]
    public void InvalidFileIsNotServed()
    {
        Load("hours: {monday: [\"9-12\"]}");

        Assert.Null(ContentLoader.Load(_content).Find("invalid"));
    }

    [Fact]
    public void FreeTextHoursAreKeptWithAWarningSayingHowToStructureThem()
    {
        var problems = Load("hours: {fr: Du lundi au vendredi de 9h à 17h, nl: Maandag tot vrijdag van 9u tot 17u}");

        var warning = Assert.Single(problems, p => p.Field == "hours");
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Contains("monday: [\"09:00-12:00\"", warning.Message);
        var hours = ContentLoader.Load(_content).Find("invalid")!.Hours!;
        Assert.False(hours.IsStructured);
        Assert.Equal("Maandag tot vrijdag van 9u tot 17u", hours.Note.Nl);
    }

    [Fact]
    public void OlderSiteCoordinatesAreCheckedToo()
    {
        var problems = Load("site: {commune: jette, lat: 48.85, lon: 2.35}");

        var problem = Assert.Single(problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal("site", problem.Field);
        Assert.Contains("outside the Region", problem.Message);
    }

    [Fact]
    public void UpdatedBesideVerifiedIsIgnoredWithAWarning()
    {
        var problems = Load("verified: {date: 2026-11-02, by: Brusano}\nupdated: 2020-01-01");

        Assert.Contains(problems, p => p.Field == "updated" && p.Severity == ProblemSeverity.Warning);
        Assert.Equal(new NodaTime.LocalDate(2026, 11, 2), ContentLoader.Load(_content).Find("invalid")!.Verified!.Date);
    }
}
