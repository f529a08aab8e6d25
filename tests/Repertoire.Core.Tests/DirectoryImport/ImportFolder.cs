using Repertoire.Core.Alignment.Decisions;
using Repertoire.Core.DirectoryImport;
using Repertoire.Core.Tests.Alignment;
using Repertoire.Tests;

namespace Repertoire.Core.Tests.DirectoryImport;

/// <summary>A copy of the bundled content folder in a temporary place, imported into with a fixed clock.</summary>
internal sealed class ImportFolder : IDisposable
{
    public ImportFolder()
    {
        Root = TestPaths.CopyToTemp(TestPaths.BundledContent);
    }

    public string Root { get; }

    public ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero));

    public static SourceBatch SampleBruxellesSocial() => FileSourceReader.ReadBruxellesSocial(SampleData.BruxellesSocial);

    public static SourceBatch SampleSocialeKaart() => FileSourceReader.ReadSocialeKaart(SampleData.SocialeKaart);

    public ImportReport Import(params SourceBatch[] batches) => Import(batches, []);

    public ImportReport Import(IReadOnlyList<SourceBatch> batches, IReadOnlyList<AlignmentDecision> decisions) =>
        new DirectoryImporter(Clock).Run(Root, batches, decisions);

    public ImportReport ImportSamples() => Import(SampleBruxellesSocial(), SampleSocialeKaart());

    /// <summary>Every file of the folder with its text, to compare two states.</summary>
    public SortedDictionary<string, string> Snapshot() => Snapshot(Root);

    public static SortedDictionary<string, string> Snapshot(string root) => new(
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText), StringComparer.Ordinal);

    public string Listing(string id) => File.ReadAllText(Path.Combine(Root, "organisations", id + ".md"));

    public void WriteListing(string id, string text) => File.WriteAllText(Path.Combine(Root, "organisations", id + ".md"), text);

    /// <summary>The imported listing holding a directory record, from its provenance.</summary>
    public string? ListingOf(string source, string recordId)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "import", "provenance"), "*.json"))
        {
            var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!;
            foreach (var record in json["records"]!.AsArray())
                if ((string?)record!["source"] == source && (string?)record["id"] == recordId) return (string?)json["id"];
        }
        return null;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
