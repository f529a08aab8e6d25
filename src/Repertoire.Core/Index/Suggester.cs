using Repertoire.Core.Analysis.Common;
using Repertoire.Core.Content;
using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>As-you-type suggestions: needs, then communes, then listings, whose label has a word starting with the prefix.</summary>
internal sealed class Suggester
{
    private readonly List<Entry>[] _entries = [[], []];

    public Suggester(ContentSet content)
    {
        foreach (var language in LanguageExtensions.All)
        {
            var list = _entries[(int)language];
            foreach (var need in content.Taxonomy.Needs)
            {
                if (need.Label.Get(language) is { } label)
                    list.Add(new Entry(new Suggestion("need", need.Id, label), Keys(label, need.Synonyms.In(language))));
            }
            foreach (var commune in content.Territory.Communes)
            {
                if (commune.Name.Get(language) is { } name)
                    list.Add(new Entry(new Suggestion("commune", commune.Id, name), Keys(name, commune.Name.In(language.Other()) is { } other ? [other] : [])));
            }
            foreach (var o in content.Organisations)
                list.Add(new Entry(new Suggestion("organisation", o.Id, o.DisplayName(language)), Keys(o.DisplayName(language), o.AltNames.All)));
        }
    }

    public IReadOnlyList<Suggestion> Suggest(string? prefix, Language language, int max)
    {
        if (string.IsNullOrWhiteSpace(prefix) || max <= 0) return [];
        var folded = AsciiFolder.Fold(prefix.Trim().ToLowerInvariant());
        if (folded.Length > SearchQuery.MaxTextLength) return [];
        var result = new List<Suggestion>();
        foreach (var entry in _entries[(int)language])
        {
            if (entry.Keys.Any(k => k.StartsWith(folded, StringComparison.Ordinal) || k.Contains(" " + folded, StringComparison.Ordinal)))
            {
                result.Add(entry.Suggestion);
                if (result.Count == max) break;
            }
        }
        return result;
    }

    private static string[] Keys(string label, IEnumerable<string> more) =>
        [.. new[] { label }.Concat(more).Select(k => AsciiFolder.Fold(k.ToLowerInvariant()).Replace('-', ' '))];

    private sealed record Entry(Suggestion Suggestion, string[] Keys);
}
