using System.Text.Json.Nodes;
using Repertoire.Core.Alignment;
using Repertoire.Core.Common;
using Repertoire.Core.DirectoryImport.Mapping;

namespace Repertoire.Core.DirectoryImport.Sync;

/// <summary>Brings one planned listing's file in step with its records, field by field. A field the import wrote and
/// nobody changed since takes the upstream value; a field changed locally since keeps the local value, and an
/// upstream change to it is reported as a conflict. Fields the import never wrote are kept as they are.</summary>
internal sealed class ListingSynchroniser(ImportState state, ImportReport report, ContentTransaction transaction, string today)
{
    private readonly HashSet<string> _taken = new(state.Files.Keys, StringComparer.Ordinal);

    public void Sync(ListingPlan.PlannedListing listing,
        IReadOnlyDictionary<(DirectorySource, string), (SourceRecord Record, Contribution Contribution)> fresh,
        IReadOnlySet<(DirectorySource, string)> goneRecords)
    {
        var provenance = listing.Provenance;
        var contributions = new List<Contribution>();
        var consulted = new Dictionary<DirectorySource, string>();
        var gone = new Dictionary<DirectorySource, string>();
        foreach (var (source, id) in listing.Records.OrderBy(r => r.Key))
        {
            var last = provenance?.Records.GetValueOrDefault(source) is { } c && c.Id == id ? c : null;
            if (fresh.TryGetValue((source, id), out var current))
            {
                contributions.Add(current.Contribution);
                var same = last is not null && ListingFile.Canonical(last.ToJson()) == ListingFile.Canonical(current.Contribution.ToJson());
                consulted[source] = same && provenance!.Consulted.TryGetValue(source, out var date) ? date : today;
            }
            else if (last is not null)
            {
                // Not read this run (one directory only, or a refused record), or gone: the last known state stays.
                contributions.Add(last);
                if (provenance!.Consulted.TryGetValue(source, out var date)) consulted[source] = date;
                if (goneRecords.Contains((source, id)))
                {
                    gone[source] = provenance.Gone.TryGetValue(source, out var since) ? since : today;
                    if (!provenance.Gone.ContainsKey(source))
                        report.NoLongerListed.Add(new ImportReport.WithdrawnEntry(listing.Id!, Contribution.Key(source), id));
                }
            }
        }
        if (contributions.Count == 0) return;
        var (fields, body) = ListingComposer.Compose(contributions, consulted, gone);
        var sources = contributions.ToDictionary(c => c.Source);

        if (provenance is null)
        {
            listing.Id = NewId(fields);
            var created = new ListingProvenance { Id = listing.Id };
            foreach (var (key, value) in Owned(fields, body))
                created.Fields[key] = new ListingProvenance.FieldProvenance(value?.DeepClone(), SourcesOf(key, sources), today);
            Fill(created, sources.Values, consulted, gone);
            transaction.Write($"organisations/{listing.Id}.md", new ListingFile(fields, body).ToMarkdown());
            transaction.Write($"{ListingProvenance.Folder}/{listing.Id}.json", created.ToJson());
            report.Added.Add(new ImportReport.ListingEntry(listing.Id, listing.Records.ToDictionary(r => Contribution.Key(r.Key), r => r.Value)));
            return;
        }

        var listingId = listing.Id!;
        if (state.ReadFile(listingId, out var problem) is not { } file)
        {
            report.Conflicts.Add(new ImportReport.ConflictEntry(listingId, "-", null, null, $"{problem}: not recreated; delete {ListingProvenance.Folder}/{listingId}.json to let the import write it again"));
            return;
        }
        var next = new ListingProvenance { Id = listingId };
        foreach (var (key, field) in provenance.Fields) next.Fields[key] = field;
        var upstream = Owned(fields, body).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        var changes = new List<ImportReport.FieldChange>();
        var newFields = (JsonObject)file.Fields.DeepClone();
        var newBody = (JsonObject)file.Body.DeepClone();
        foreach (var key in upstream.Keys.Union(provenance.Fields.Keys).OrderBy(Order))
        {
            var after = upstream.GetValueOrDefault(key);
            var last = provenance.Fields.GetValueOrDefault(key)?.Value;
            var isBody = key.StartsWith(ListingProvenance.BodyPrefix, StringComparison.Ordinal);
            var target = isBody ? newBody : newFields;
            var name = isBody ? key[1..] : key;
            var current = target[name];
            if (ListingFile.Canonical(after) == ListingFile.Canonical(last)) continue;
            if (ListingFile.Canonical(current) != ListingFile.Canonical(last))
            {
                report.Conflicts.Add(new ImportReport.ConflictEntry(listingId, key, current?.DeepClone(), after?.DeepClone(),
                    "edited locally since the last import: the local value is kept"));
                continue;
            }
            if (after is null) target.Remove(name);
            else target[name] = after.DeepClone();
            if (after is null) next.Fields.Remove(key);
            else next.Fields[key] = new ListingProvenance.FieldProvenance(after.DeepClone(), SourcesOf(key, sources), today);
            changes.Add(new ImportReport.FieldChange(key, last?.DeepClone(), after?.DeepClone()));
        }
        Fill(next, sources.Values, consulted, gone);
        if (changes.Count > 0)
        {
            transaction.Write(state.Files[listingId], new ListingFile(newFields, newBody).ToMarkdown());
            report.Changed.Add(new ImportReport.ChangedListing(listingId, changes));
        }
        else
        {
            report.Unchanged++;
        }
        if (changes.Count > 0 || ListingFile.Canonical(JsonNode.Parse(next.ToJson())) != ListingFile.Canonical(JsonNode.Parse(provenance.ToJson())))
            transaction.Write($"{ListingProvenance.Folder}/{listingId}.json", next.ToJson());
    }

    /// <summary>Removes an imported listing merged into another.</summary>
    public void Remove(string into, string removed)
    {
        if (state.Files.TryGetValue(removed, out var file)) transaction.Delete(file);
        transaction.Delete($"{ListingProvenance.Folder}/{removed}.json");
        var records = state.Provenance[removed].Records;
        report.Merged.Add(new ImportReport.MergedEntry(into, removed,
            records.GetValueOrDefault(DirectorySource.BruxellesSocial)?.Id ?? "", records.GetValueOrDefault(DirectorySource.SocialeKaart)?.Id ?? ""));
    }

    private static IEnumerable<KeyValuePair<string, JsonNode?>> Owned(JsonObject fields, JsonObject body) =>
        fields.Select(kv => KeyValuePair.Create(kv.Key, kv.Value))
            .Concat(body.Select(kv => KeyValuePair.Create(ListingProvenance.BodyPrefix + kv.Key, kv.Value)));

    private static int Order(string key)
    {
        var index = Array.IndexOf(ListingComposer.FieldOrder, key);
        return index >= 0 ? index : ListingComposer.FieldOrder.Length + (key == "#fr" ? 0 : 1);
    }

    private static List<string> SourcesOf(string key, Dictionary<DirectorySource, Contribution> sources)
    {
        var keys = sources.Values.Where(c => key.StartsWith(ListingProvenance.BodyPrefix, StringComparison.Ordinal)
                ? c.Description[key[1..]] is not null
                : c.Fields[key] is not null || key is "external" or "sources" or "no_longer_listed")
            .Select(c => c.SourceKey).ToList();
        return keys.Count > 0 ? keys : sources.Values.Select(c => c.SourceKey).ToList();
    }

    private static void Fill(ListingProvenance provenance, IEnumerable<Contribution> contributions, Dictionary<DirectorySource, string> consulted, Dictionary<DirectorySource, string> gone)
    {
        foreach (var c in contributions) provenance.Records[c.Source] = c;
        foreach (var (source, date) in consulted) provenance.Consulted[source] = date;
        foreach (var (source, date) in gone) provenance.Gone[source] = date;
    }

    // A readable id from the name; the commune, then a number, tell apart namesakes. Ids already used by any file,
    // hand-written or imported, are never reused.
    private string NewId(JsonObject fields)
    {
        var name = (string?)fields["name"]?["fr"] ?? (string?)fields["name"]?["nl"] ?? "listing";
        var slug = Slug(name);
        if (_taken.Add(slug)) return slug;
        var place = (string?)fields["site"]?["commune"] ?? (string?)fields["site"]?["postcode"];
        if (place is not null && !slug.EndsWith(Slug(place), StringComparison.Ordinal))
        {
            var placed = Slug(name + " " + place);
            if (_taken.Add(placed)) return placed;
            slug = placed;
        }
        for (var n = 2; ; n++)
        {
            var numbered = $"{slug}-{n}";
            if (_taken.Add(numbered)) return numbered;
        }
    }

    private static string Slug(string text)
    {
        var words = TextFolder.Tokens(text);
        var slug = "";
        foreach (var word in words)
        {
            if (slug.Length + word.Length + 1 > 70) break;
            slug = slug.Length == 0 ? word : slug + "-" + word;
        }
        return slug.Length == 0 ? "listing" : slug;
    }
}
