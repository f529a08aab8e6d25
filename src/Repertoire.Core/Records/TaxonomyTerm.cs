namespace Repertoire.Core.Records;

/// <summary>A sector or a need category, with the words professionals type for it.</summary>
public sealed record TaxonomyTerm(
    string Id,
    string? Parent,
    LocalizedText Label,
    LocalizedList Synonyms,
    LocalizedText Note)
{
    /// <summary>Extra fields of the file, kept as read.</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();
}
