using Repertoire.Core.Alignment;
using Repertoire.Core.Common;

namespace Repertoire.Core.DirectoryImport.Mapping;

/// <summary>The mapping tables of <c>taxonomy/directory-categories.yml</c>: each category, activity or legal status
/// label of a directory gives needs and sectors. A label that is not in the table is reported, never guessed.</summary>
public sealed class CategoryMap
{
    /// <summary>Where the tables live, relative to the content folder.</summary>
    public const string RelativePath = "taxonomy/directory-categories.yml";

    private readonly Dictionary<(DirectorySource, string), Entry> _entries;

    /// <summary>What one label gives; <see cref="Ignore"/> marks a label staff chose not to map.</summary>
    public sealed record Entry(IReadOnlyList<string> Needs, IReadOnlyList<string> Sectors, bool Ignore);

    internal CategoryMap(IEnumerable<(DirectorySource Source, string Label, Entry Entry)> entries)
    {
        _entries = new();
        foreach (var (source, label, entry) in entries) _entries[(source, TextFolder.Fold(label))] = entry;
    }

    /// <summary>An empty table: every label is reported as unmapped.</summary>
    public static CategoryMap Empty { get; } = new([]);

    /// <summary>The entry for a label, or null when the label is not in the table.</summary>
    public Entry? Find(DirectorySource source, string label) =>
        _entries.TryGetValue((source, TextFolder.Fold(label)), out var entry) ? entry : null;
}
