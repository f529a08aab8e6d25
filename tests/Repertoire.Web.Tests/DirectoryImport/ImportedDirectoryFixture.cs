using Repertoire.Core.DirectoryImport;
using Repertoire.Tests;

namespace Repertoire.Web.Tests.DirectoryImport;

/// <summary>
/// The bundled content with the sample Bruxelles-Social and De Sociale Kaart exports (docs/examples/alignment) imported
/// into it, served by the site. Importing and indexing ~330 listings takes a while on a loaded machine, so the tests of
/// <see cref="ImportedDirectoryTests"/> share one import and one site; none of them writes.
/// </summary>
public sealed class ImportedDirectoryFixture : IAsyncLifetime
{
    private RepertoireApplication? _app;

    /// <summary>The content folder the samples were imported into.</summary>
    public string ContentPath { get; } = TestPaths.CopyToTemp(TestPaths.BundledContent);

    /// <summary>What the import did.</summary>
    public ImportReport Report { get; private set; } = default!;

    /// <summary>The site serving <see cref="ContentPath"/>.</summary>
    internal RepertoireApplication App => _app ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>The ids of the listings the import wrote (not the hand-written ones).</summary>
    public IReadOnlySet<string> Imported { get; private set; } = new HashSet<string>();

    /// <summary>The imported listings that name both directories: the pairs merged into one listing.</summary>
    public IReadOnlyList<string> Merged { get; private set; } = [];

    public Task InitializeAsync()
    {
        var samples = TestPaths.AlignmentSamples;
        Report = new DirectoryImporter().Run(ContentPath, [
            FileSourceReader.ReadBruxellesSocial(Path.Combine(samples, "bruxelles-social.json")),
            FileSourceReader.ReadSocialeKaart(Path.Combine(samples, "sociale-kaart.json")),
        ]);
        Imported = Report.Added.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        Merged = Imported.Where(id =>
        {
            var text = File.ReadAllText(Path.Combine(ContentPath, "organisations", id + ".md"));
            return text.Contains("bruxelles_social:", StringComparison.Ordinal) && text.Contains("sociale_kaart:", StringComparison.Ordinal);
        }).Order(StringComparer.Ordinal).ToList();
        _app = new RepertoireApplication(ContentPath);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        if (Directory.Exists(ContentPath)) Directory.Delete(ContentPath, recursive: true);
    }
}
