using System.Text.Json.Nodes;
using Repertoire.Core.Alignment;
using Repertoire.Core.Alignment.Normalisation;
using Repertoire.Core.Common;
using Repertoire.Core.Records;

namespace Repertoire.Core.DirectoryImport.Mapping;

/// <summary>Merges the contributions of a listing's records (Bruxelles-Social first: it is bilingual) into the
/// listing's front matter and body. Single values come from the first record that has them, a missing language
/// from the other record; lists are united without duplicates.</summary>
internal static class ListingComposer
{
    /// <summary>The order of the fields in an imported file.</summary>
    public static readonly string[] FieldOrder =
    [
        "name", "alt_names", "kbo", "sectors", "needs", "site", "coordinates", "phones", "emails", "websites", "languages",
        "interpreter", "audience", "hours", "access", "external", "verified", "sources", "no_longer_listed",
    ];

    /// <param name="contributions">The listing's records, at most one per directory.</param>
    /// <param name="consulted">The date each directory was last read with a change for this listing.</param>
    /// <param name="gone">Directories that no longer list the record, with the date it was first seen gone.</param>
    public static (JsonObject Fields, JsonObject Body) Compose(
        IReadOnlyList<Contribution> contributions, IReadOnlyDictionary<DirectorySource, string> consulted, IReadOnlyDictionary<DirectorySource, string> gone)
    {
        var ordered = contributions.OrderBy(c => c.Source).ToList();
        var fields = new JsonObject();
        foreach (var key in FieldOrder)
        {
            var value = key switch
            {
                "name" => LocalizedFirst(ordered, key),
                "alt_names" => AltNames(ordered),
                "sectors" or "needs" or "emails" or "websites" or "languages" => Union(ordered, key, v => v.ToLowerInvariant()),
                "phones" => Union(ordered, key, p => PhoneNormaliser.ToE164(p) ?? p),
                "site" => Site(ordered),
                "audience" or "access" => LocalizedFirst(ordered, key),
                "external" => External(ordered),
                "verified" => ordered.Select(c => c.Fields["verified"]).OfType<JsonObject>()
                    .OrderByDescending(v => (string?)v["date"], StringComparer.Ordinal).FirstOrDefault()?.DeepClone(),
                "sources" => Sources(ordered, consulted),
                "no_longer_listed" => gone.Count == 0 ? null
                    : new JsonObject(gone.OrderBy(g => g.Key).Select(g => KeyValuePair.Create(Contribution.Key(g.Key), (JsonNode?)g.Value))),
                _ => ordered.Select(c => c.Fields[key]).FirstOrDefault(v => v is not null)?.DeepClone(),
            };
            if (value is not null && !(value is JsonArray { Count: 0 }) && !(value is JsonObject { Count: 0 })) fields[key] = value;
        }
        var body = new JsonObject();
        foreach (var language in new[] { "fr", "nl" })
            if (ordered.Select(c => (string?)c.Description[language]).FirstOrDefault(t => t is not null) is { } text) body[language] = text;
        return (fields, body);
    }

    private static JsonObject? LocalizedFirst(List<Contribution> contributions, string key)
    {
        var result = new JsonObject();
        foreach (var language in new[] { "fr", "nl" })
            if (contributions.Select(c => (string?)c.Fields[key]?[language]).FirstOrDefault(t => t is not null) is { } text) result[language] = text;
        return result.Count == 0 ? null : result;
    }

    // The names one directory gives that the listing's name does not use become alternative names.
    private static JsonObject? AltNames(List<Contribution> contributions)
    {
        var name = LocalizedFirst(contributions, "name");
        var result = new JsonObject();
        foreach (var language in new[] { "fr", "nl" })
        {
            var chosen = TextFolder.Fold((string?)name?[language]);
            var names = contributions.SelectMany(c => (c.Fields["alt_names"]?[language] as JsonArray ?? []).Select(v => (string?)v))
                .Concat(contributions.Select(c => (string?)c.Fields["name"]?[language]))
                .OfType<string>()
                .Where(n => TextFolder.Fold(n) != chosen)
                .DistinctBy(TextFolder.Fold)
                .ToList();
            if (names.Count > 0) result[language] = ContributionMapper.Strings(names);
        }
        return result.Count == 0 ? null : result;
    }

    private static JsonArray? Union(List<Contribution> contributions, string key, Func<string, string> identity)
    {
        var values = contributions.SelectMany(c => (c.Fields[key] as JsonArray ?? []).Select(v => (string?)v)).OfType<string>()
            .DistinctBy(identity).ToList();
        return values.Count == 0 ? null : ContributionMapper.Strings(values);
    }

    // The first record's site; a street name missing in one language is taken from the other record when both
    // give the same postcode (De Sociale Kaart names streets in Dutch only).
    private static JsonObject? Site(List<Contribution> contributions)
    {
        var sites = contributions.Select(c => c.Fields["site"]).OfType<JsonObject>().ToList();
        if (sites.Count == 0) return null;
        var site = (JsonObject)sites[0].DeepClone();
        foreach (var other in sites.Skip(1).Where(s => (string?)s["postcode"] == (string?)site["postcode"]))
        {
            foreach (var language in new[] { "fr", "nl" })
            {
                if (site["street"]?[language] is not null || other["street"]?[language] is not { } street) continue;
                if (site["street"] is not JsonObject streets) site.Insert(0, "street", streets = []);
                streets[language] = street.DeepClone();
            }
        }
        return site;
    }

    private static JsonObject External(List<Contribution> contributions) =>
        new(contributions.Select(c => KeyValuePair.Create(c.SourceKey, (JsonNode?)JsonValue.Create(c.Id))));

    private static JsonArray Sources(List<Contribution> contributions, IReadOnlyDictionary<DirectorySource, string> consulted)
    {
        var sources = new JsonArray();
        foreach (var c in contributions)
        {
            var ids = c.Source == DirectorySource.BruxellesSocial ? new ExternalIds(c.Id, null) : new ExternalIds(null, c.Id);
            var url = c.Source == DirectorySource.BruxellesSocial ? ExternalLinks.BruxellesSocial(ids, Language.Fr) : ExternalLinks.SocialeKaart(ids);
            var source = new JsonObject { ["url"] = url };
            if (consulted.TryGetValue(c.Source, out var date)) source["consulted"] = date;
            sources.Add(source);
        }
        return sources;
    }
}
