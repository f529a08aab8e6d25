using System.Globalization;
using Repertoire.Core.Records;
using YamlDotNet.RepresentationModel;

namespace Repertoire.Core.Content;

/// <summary>Reads and checks one <c>organisations/&lt;id&gt;.md</c> file against the territory and the taxonomy.</summary>
internal sealed class OrganisationReader(Territory territory, Taxonomy taxonomy)
{
    public const string Folder = "organisations";

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "id", "name", "alt_names", "kbo", "sectors", "needs", "site", "area_served", "phones", "emails", "websites",
        "languages", "audience", "hours", "access", "external", "updated",
        "interpreter", "conditions", "cost", "referral_required", "accessibility", "coordinates", "verified",
        "sources", "source", "editor_note", "no_longer_listed",
    };

    // Documented extensions: kept like any extra field, without a warning each time. They are facts the listing page
    // shows under their own label (docs/content-format.md).
    private static readonly HashSet<string> KnownExtensions = new(StringComparer.Ordinal)
    {
        "legal_status", "beds", "network", "press_phones", "address_note",
    };
    private static readonly HashSet<string> KnownSiteExtensions = new(StringComparer.Ordinal) { "address_note" };

    private static readonly HashSet<string> SiteFields = new(StringComparer.Ordinal)
    {
        "street", "number", "postcode", "commune", "basin", "quartier", "lat", "lon",
    };

    /// <summary>The listing, or null when the file has an error (every problem is added to <paramref name="problems"/>).</summary>
    public Organisation? Read(string file, string relativePath, List<ContentProblem> problems)
    {
        var before = problems.Count;
        var id = Path.GetFileNameWithoutExtension(file);
        if (!IdRules.IsValid(id))
        {
            problems.Add(new ContentProblem(relativePath, null, "id", $"invalid file name '{id}': the id must be lower-case letters, digits and hyphens"));
            return null;
        }
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (IOException e)
        {
            problems.Add(new ContentProblem(relativePath, null, "-", $"cannot read the file: {e.Message}"));
            return null;
        }
        var document = FrontMatterDocument.Split(text, relativePath, problems);
        if (document is null) return null;
        var root = YamlDocumentReader.Parse(document.Yaml, relativePath, document.YamlFirstLine - 1, problems);
        if (root is null)
        {
            if (problems.Count == before) problems.Add(new ContentProblem(relativePath, document.YamlFirstLine, "-", "empty front matter"));
            return null;
        }
        var f = new YamlFields(relativePath, document.YamlFirstLine - 1, problems);
        if (root is not YamlMappingNode map)
        {
            f.Error(root, "-", "front matter must be a set of fields");
            return null;
        }

        if (f.String(map, "id", "id") is { } declared && declared != id)
            f.Error(YamlFields.Child(map, "id"), "id", $"id '{declared}' differs from the file name '{id}'");

        var name = f.Text(map, "name", "name");
        if (name.IsEmpty) f.Error(YamlFields.Child(map, "name") ?? map, "name", "a name is required in at least one language");

        var sectors = CheckIds(f, map, "sectors", s => taxonomy.Sector(s) is not null, "sector");
        var needs = CheckIds(f, map, "needs", n => taxonomy.Need(n) is not null, "need");
        var site = ReadSite(f, map);
        var areaServed = CheckIds(f, map, "area_served",
            a => a == "region" || territory.Commune(a) is not null || territory.Basin(a) is not null, "commune, basin or region");
        var languages = f.Strings(map, "languages", "languages");
        foreach (var language in languages.Where(l => l.Length != 2 || !l.All(char.IsAsciiLetterLower)))
            f.Warning(YamlFields.Child(map, "languages"), "languages", $"'{language}' is not an ISO 639-1 code");

        var extra = f.Extra(map, Known, quiet: KnownExtensions);

        var organisation = new Organisation
        {
            Id = id,
            Name = name,
            AltNames = f.List(map, "alt_names", "alt_names"),
            Kbo = f.String(map, "kbo", "kbo"),
            Sectors = sectors,
            Needs = needs,
            Site = site,
            AreaServed = areaServed.Count > 0 ? areaServed : site.Commune is { } c ? [c] : [],
            Phones = f.Strings(map, "phones", "phones"),
            Emails = f.Strings(map, "emails", "emails"),
            Websites = f.Strings(map, "websites", "websites"),
            Languages = languages,
            Interpreter = f.Bool(map, "interpreter", "interpreter"),
            Audience = f.Text(map, "audience", "audience"),
            Conditions = NullIfEmpty(f.Text(map, "conditions", "conditions")),
            Cost = NullIfEmpty(f.Text(map, "cost", "cost")),
            ReferralRequired = f.Bool(map, "referral_required", "referral_required"),
            Hours = OpeningHoursReader.Read(f, map),
            Accessibility = ListingFactsReader.ReadAccessibility(f, map),
            Access = f.Text(map, "access", "access"),
            Coordinates = ListingFactsReader.ReadCoordinates(f, map, territory),
            External = ReadExternal(f, map),
            NoLongerListed = ReadNoLongerListed(f, map),
            Verified = ListingFactsReader.ReadVerification(f, map),
            Sources = ListingFactsReader.ReadSources(f, map),
            EditorNote = f.String(map, "editor_note", "editor_note"),
            Description = new LocalizedText(document.French, document.Dutch),
            Extra = extra,
            SourcePath = relativePath,
        };
        CheckKbo(f, map, organisation.Kbo);
        CheckLinks(relativePath, document, problems);
        return problems.Skip(before).Any(p => p.Severity == ProblemSeverity.Error) ? null : organisation;
    }

    // The site shows such links as text (SafeLinksExtension); the editor should know the link is lost.
    private static void CheckLinks(string relativePath, FrontMatterDocument document, List<ContentProblem> problems)
    {
        foreach (var (language, text) in new[] { ("fr", document.French), ("nl", document.Dutch) })
            foreach (var (url, _) in MarkdownRenderer.RefusedLinks(text))
                problems.Add(new ContentProblem(relativePath, null, $"description.{language}",
                    $"link to '{(url.Length > 60 ? url[..60] + "…" : url)}' is shown as text: links and images may only go to http, https, mailto, tel or relative addresses",
                    ProblemSeverity.Warning));
    }

    private static IReadOnlyList<string> CheckIds(YamlFields f, YamlMappingNode map, string key, Func<string, bool> exists, string kind)
    {
        var ids = f.Strings(map, key, key);
        foreach (var id in ids.Where(i => !exists(i)))
            f.Error(YamlFields.Child(map, key), key, $"unknown {kind} '{id}'");
        return ids;
    }

    private Site ReadSite(YamlFields f, YamlMappingNode map)
    {
        var node = YamlFields.Child(map, "site");
        if (YamlFields.IsNull(node)) return Site.Unknown;
        if (node is not YamlMappingNode site)
        {
            f.Error(node, "site", "expected street, number, postcode, commune...");
            return Site.Unknown;
        }
        var extra = f.Extra(site, SiteFields, "site", KnownSiteExtensions);
        var communeId = f.String(site, "commune", "site.commune");
        var commune = territory.Commune(communeId);
        if (communeId is not null && commune is null)
            f.Error(YamlFields.Child(site, "commune"), "site.commune", $"unknown commune '{communeId}'");

        var basinId = f.String(site, "basin", "site.basin");
        if (basinId is not null && territory.Basin(basinId) is null)
            f.Error(YamlFields.Child(site, "basin"), "site.basin", $"unknown basin '{basinId}'");
        else if (basinId is not null && commune is not null && !commune.Basins.Contains(basinId))
            f.Error(YamlFields.Child(site, "basin"), "site.basin", $"commune '{commune.Id}' does not lie in basin '{basinId}'");
        else if (basinId is null && commune is { Basins.Count: > 1 })
            f.Error(site, "site.basin", $"required: commune '{commune.Id}' lies in several basins ({string.Join(", ", commune.Basins)})");
        else if (basinId is null && commune is { Basins.Count: 1 })
            basinId = commune.Basins[0];

        var quartierId = f.String(site, "quartier", "site.quartier");
        if (quartierId is not null && territory.Quartier(quartierId) is null)
            f.Error(YamlFields.Child(site, "quartier"), "site.quartier", $"unknown quartier '{quartierId}'");

        var postcode = f.String(site, "postcode", "site.postcode");
        if (postcode is not null && commune is not null && commune.Postcodes.Count > 0 && !commune.Postcodes.Contains(postcode))
            f.Warning(YamlFields.Child(site, "postcode"), "site.postcode", $"postcode {postcode} is not one of {commune.Id}'s");

        // site.lat and site.lon (older files) are read with the listing's coordinates.
        return new Site(f.Text(site, "street", "site.street"), f.String(site, "number", "site.number"), postcode,
            communeId, basinId, quartierId) { Extra = extra };
    }

    private static ExternalIds ReadExternal(YamlFields f, YamlMappingNode map)
    {
        var node = YamlFields.Child(map, "external");
        if (YamlFields.IsNull(node)) return ExternalIds.None;
        if (node is not YamlMappingNode external)
        {
            f.Error(node, "external", "expected bruxelles_social and sociale_kaart ids");
            return ExternalIds.None;
        }
        f.WarnUnknownKeys(external, "external", "bruxelles_social", "sociale_kaart");
        return new ExternalIds(f.String(external, "bruxelles_social", "external.bruxelles_social"),
            f.String(external, "sociale_kaart", "external.sociale_kaart"));
    }

    /// <summary><c>no_longer_listed: {bruxelles_social: 2026-12-06}</c>, as <c>repertoire import</c> writes it.</summary>
    private static ListingWithdrawal? ReadNoLongerListed(YamlFields f, YamlMappingNode map)
    {
        var node = YamlFields.Child(map, "no_longer_listed");
        if (YamlFields.IsNull(node)) return null;
        if (node is not YamlMappingNode gone)
        {
            f.Error(node, "no_longer_listed", "expected {bruxelles_social: YYYY-MM-DD} and/or {sociale_kaart: YYYY-MM-DD}");
            return null;
        }
        f.WarnUnknownKeys(gone, "no_longer_listed", "bruxelles_social", "sociale_kaart");
        var withdrawal = new ListingWithdrawal(f.Date(gone, "bruxelles_social", "no_longer_listed.bruxelles_social"),
            f.Date(gone, "sociale_kaart", "no_longer_listed.sociale_kaart"));
        return withdrawal is { BruxellesSocial: null, SocialeKaart: null } ? null : withdrawal;
    }

    private static LocalizedText? NullIfEmpty(LocalizedText text) => text.IsEmpty ? null : text;

    private static void CheckKbo(YamlFields f, YamlMappingNode map, string? kbo)
    {
        if (kbo is null) return;
        if (KboNumber.TryNormalise(kbo, out _)) return;
        f.Warning(YamlFields.Child(map, "kbo"), "kbo", $"'{kbo}' is not a valid enterprise number (10 digits with a mod-97 check)");
    }
}
