using Repertoire.Core.Alignment;
using Repertoire.Core.Content;
using Repertoire.Core.Records;

namespace Repertoire.Core.DirectoryImport.Sync;

/// <summary>The content folder as the import finds it: the listings it created (those with a provenance file), the
/// hand-written ones, and every id in use.</summary>
internal sealed class ImportState
{
    public required string Root { get; init; }

    /// <summary>Provenance of the listings the import created, by listing id.</summary>
    public Dictionary<string, ListingProvenance> Provenance { get; } = new(StringComparer.Ordinal);

    /// <summary>Which imported listing holds a directory record.</summary>
    public Dictionary<(DirectorySource, string), string> OwnedRecords { get; } = [];

    /// <summary>Listings written by hand: never written, never marked by an import.</summary>
    public List<Organisation> HandWritten { get; } = [];

    /// <summary>Which hand-written listing names a directory record in its <c>external</c> ids.</summary>
    public Dictionary<(DirectorySource, string), string> HandRecords { get; } = [];

    /// <summary>Every listing file, by id, relative to the content folder.</summary>
    public Dictionary<string, string> Files { get; } = new(StringComparer.Ordinal);

    public static ImportState Read(string root, ContentSet content)
    {
        var state = new ImportState { Root = root };
        var organisations = Path.Combine(root, "organisations");
        if (Directory.Exists(organisations))
            foreach (var file in Directory.EnumerateFiles(organisations, "*.md", SearchOption.AllDirectories))
                state.Files.TryAdd(Path.GetFileNameWithoutExtension(file), Path.GetRelativePath(root, file).Replace('\\', '/'));
        var folder = Path.Combine(root, ListingProvenance.Folder);
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
            {
                var id = Path.GetFileNameWithoutExtension(file);
                ListingProvenance? provenance;
                try
                {
                    provenance = ListingProvenance.Parse(id, File.ReadAllText(file));
                }
                catch (System.Text.Json.JsonException error)
                {
                    throw new ImportSetupException($"{ListingProvenance.Folder}/{id}.json cannot be read ({error.Message}); restore it from git before importing", error);
                }
                if (provenance is null) continue;
                state.Provenance[id] = provenance;
                foreach (var (source, record) in provenance.Records) state.OwnedRecords.TryAdd((source, record.Id), id);
            }
        }
        foreach (var listing in content.Organisations.Where(o => !state.Provenance.ContainsKey(o.Id)))
        {
            state.HandWritten.Add(listing);
            if (listing.External.BruxellesSocial is { } bs) state.HandRecords.TryAdd((DirectorySource.BruxellesSocial, bs.Trim()), listing.Id);
            if (listing.External.SocialeKaart is { } sk) state.HandRecords.TryAdd((DirectorySource.SocialeKaart, sk.Trim()), listing.Id);
        }
        return state;
    }

    /// <summary>The file of an imported listing, read; null when it is missing or unreadable.</summary>
    public ListingFile? ReadFile(string id, out string? problem)
    {
        problem = null;
        if (!Files.TryGetValue(id, out var relative) || !File.Exists(Path.Combine(Root, relative)))
        {
            problem = "file deleted locally";
            return null;
        }
        return ListingFile.Parse(File.ReadAllText(Path.Combine(Root, relative)), out problem);
    }

    /// <summary>Whether any field of an imported listing differs from what the import last wrote.</summary>
    public bool IsLocallyEdited(string id)
    {
        if (!Provenance.TryGetValue(id, out var provenance)) return true;
        if (ReadFile(id, out _) is not { } file) return true;
        foreach (var (key, field) in provenance.Fields)
        {
            var current = key.StartsWith(ListingProvenance.BodyPrefix, StringComparison.Ordinal) ? file.Body[key[1..]] : file.Fields[key];
            if (ListingFile.Canonical(current) != ListingFile.Canonical(field.Value)) return true;
        }
        return false;
    }
}
