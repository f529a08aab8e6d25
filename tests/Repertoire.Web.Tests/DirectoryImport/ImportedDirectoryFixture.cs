using System.Text;
using System.Text.Json.Nodes;
using Repertoire.Core.Alignment;
using Repertoire.Core.DirectoryImport;
using Repertoire.Tests;

namespace Repertoire.Web.Tests.DirectoryImport;

/// <summary>
/// The bundled content with the sample Bruxelles-Social and De Sociale Kaart exports (docs/examples/alignment) imported
/// into it, then imported again a week later from exports that dropped one record each, served by the site.
/// Importing and indexing ~330 listings takes a while on a loaded machine, so the tests of
/// <see cref="ImportedDirectoryTests"/> share one folder and one site; none of them writes.
/// </summary>
public sealed class ImportedDirectoryFixture : IAsyncLifetime
{
    /// <summary>The Bruxelles-Social record the second export no longer holds (a merged pair's).</summary>
    public const string DroppedBruxellesSocial = "18791";

    /// <summary>The De Sociale Kaart offer the second export no longer holds (a listing only De Sociale Kaart had).</summary>
    public const string DroppedSocialeKaart = "b1a2f449-ffad-48c1-9558-14406d2068a6";

    /// <summary>The day of the second import, when the two records were first seen gone.</summary>
    public static readonly DateOnly SecondImport = new(2026, 12, 13);

    private RepertoireApplication? _app;

    /// <summary>The content folder the samples were imported into.</summary>
    public string ContentPath { get; } = TestPaths.CopyToTemp(TestPaths.BundledContent);

    /// <summary>What the first import did.</summary>
    public ImportReport Report { get; private set; } = default!;

    /// <summary>What the second import did.</summary>
    public ImportReport SecondReport { get; private set; } = default!;

    /// <summary>The site serving <see cref="ContentPath"/>.</summary>
    internal RepertoireApplication App => _app ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>The ids of the listings the import wrote (not the hand-written ones).</summary>
    public IReadOnlySet<string> Imported { get; private set; } = new HashSet<string>();

    /// <summary>The imported listings that name both directories: the pairs merged into one listing.</summary>
    public IReadOnlyList<string> Merged { get; private set; } = [];

    public Task InitializeAsync()
    {
        var samples = TestPaths.AlignmentSamples;
        var bruxellesSocial = JsonNode.Parse(File.ReadAllText(Path.Combine(samples, "bruxelles-social.json")))!.AsArray();
        var socialeKaart = JsonNode.Parse(File.ReadAllText(Path.Combine(samples, "sociale-kaart.json")))!.AsObject();
        Report = Import(new DateOnly(2026, 12, 6), bruxellesSocial, socialeKaart);

        bruxellesSocial.Remove(bruxellesSocial.Single(r => r!["id"]!.ToJsonString() == DroppedBruxellesSocial));
        var offers = socialeKaart["content"]!.AsArray();
        offers.Remove(offers.Single(r => (string?)r!["id"]!["id"] == DroppedSocialeKaart));
        SecondReport = Import(SecondImport, bruxellesSocial, socialeKaart);

        Imported = Report.Added.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        Merged = Imported.Where(id =>
        {
            var text = File.ReadAllText(Path.Combine(ContentPath, "organisations", id + ".md"));
            return text.Contains("bruxelles_social:", StringComparison.Ordinal) && text.Contains("sociale_kaart:", StringComparison.Ordinal);
        }).Order(StringComparer.Ordinal).ToList();
        _app = new RepertoireApplication(ContentPath);
        return Task.CompletedTask;
    }

    private ImportReport Import(DateOnly day, JsonArray bruxellesSocial, JsonObject socialeKaart) =>
        new DirectoryImporter(new FixedTime(new DateTimeOffset(day, new TimeOnly(9, 0), TimeSpan.Zero))).Run(ContentPath, [
            FileSourceReader.Read(DirectorySource.BruxellesSocial, Encoding.UTF8.GetBytes(bruxellesSocial.ToJsonString())),
            FileSourceReader.Read(DirectorySource.SocialeKaart, Encoding.UTF8.GetBytes(socialeKaart.ToJsonString())),
        ]);

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        if (Directory.Exists(ContentPath)) Directory.Delete(ContentPath, recursive: true);
    }

    /// <summary>The clock of an import run: provenance and "no longer listed" dates are that day's.</summary>
    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
