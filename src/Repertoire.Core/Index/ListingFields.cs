using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Facet;
using Lucene.Net.Facet.SortedSet;
using Lucene.Net.Util;
using Repertoire.Core.Alignment.Normalisation;
using Repertoire.Core.Content;
using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>
/// The Lucene document of a listing. Searchable text per field and language (<c>name_fr</c>, <c>descr_nl</c>...),
/// each analysed by its language's chain; exact-match fields for filters and places; facet values
/// (SortedSetDocValues, the need rolled up its tree); a sort key per language; the surface words that the
/// typo correction learns from; normalised phone and company numbers.
/// </summary>
public static class ListingFields
{
    /// <summary>
    /// Changes whenever the document layout or the analysis changes; an index written under another version is
    /// rebuilt, never read.
    /// </summary>
    public const int SchemaVersion = 4;

    public const string Id = "id";
    public const string Hash = "hash";
    public const string Words = "words";
    public const string Contact = "contact";
    public const string Basin = "basin";
    public const string Commune = "commune";
    public const string Quartier = "quartier";
    public const string Sector = "sector";
    public const string Need = "need";
    public const string Language = "language";
    public const string ServedCommune = "served_commune";
    public const string ServedBasin = "served_basin";
    public const string ServesRegion = "serves_region";

    /// <summary>The searchable kinds of text of a listing, in weight order.</summary>
    public static IReadOnlyList<string> TextKinds { get; } = ["name", "alt", "taxo", "broad", "descr"];

    /// <summary>The facet dimensions, as the search result names them.</summary>
    public static IReadOnlyList<string> FacetDimensions { get; } = [Basin, Commune, Sector, Need, Language];

    /// <summary>The field of a kind of text in a language: <c>name_fr</c>.</summary>
    public static string Text(string kind, Records.Language language) => $"{kind}_{language.Code()}";

    /// <summary>The name sort key field of a language.</summary>
    public static string SortKey(Records.Language language) => $"sort_{language.Code()}";

    /// <summary>
    /// How much a match in a kind of text counts: names most, then alternative names and acronyms, then the
    /// listing's own need and sector labels, then broader needs, then descriptions.
    /// </summary>
    public static float Weight(string kind) => kind switch
    {
        "name" => 10,
        "alt" => 8,
        "taxo" => 4,
        "broad" => 2,
        _ => 1,
    };

    /// <summary>The factor for fields in the language that is not the interface's.</summary>
    public const float OtherLanguageFactor = 0.6f;

    // Descriptions keep each term's offsets in a term vector: a snippet is then marked from the vector of the listing
    // shown rather than by analysing its description again (stemming the descriptions of a page of results was a
    // quarter of a search's time). Positions are not needed: the highlighter orders the terms by offset.
    private static readonly FieldType DescriptionType = CreateDescriptionType();

    private static FieldType CreateDescriptionType()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { StoreTermVectors = true, StoreTermVectorOffsets = true };
        type.Freeze();
        return type;
    }

    /// <summary>The facet configuration: which dimensions hold several values per listing.</summary>
    public static FacetsConfig FacetsConfig { get; } = CreateFacetsConfig();

    private static FacetsConfig CreateFacetsConfig()
    {
        var config = new FacetsConfig();
        foreach (var dim in FacetDimensions) config.SetMultiValued(dim, true);
        return config;
    }

    /// <summary>Builds the document of a listing.</summary>
    public static Document Create(Organisation listing, ContentSet content, TaxonomyExpander taxonomy, string hash)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(content);
        var doc = new Document
        {
            new StringField(Id, listing.Id, Field.Store.YES),
            new StoredField(Hash, hash),
        };
        var words = new System.Text.StringBuilder();
        foreach (var language in LanguageExtensions.All)
        {
            void AddText(string kind, string? text)
            {
                if (string.IsNullOrWhiteSpace(text)) return;
                doc.Add(kind == "descr" ? new Field(Text(kind, language), text, DescriptionType) : new TextField(Text(kind, language), text, Field.Store.NO));
                words.Append(text).Append(" . ");
            }
            AddText("name", listing.Name.In(language));
            AddText("alt", string.Join(" . ", listing.AltNames.In(language)));
            AddText("taxo", string.Concat(taxonomy.OwnTerms(listing).Select(t => TaxonomyExpander.Text(t, language))));
            AddText("broad", string.Concat(taxonomy.BroaderTerms(listing).Select(t => TaxonomyExpander.Text(t, language))));
            AddText("descr", DescriptionText(listing, language) + " . " + listing.Audience.In(language));
            var key = CultureInfo.GetCultureInfo(language.Tag()).CompareInfo
                .GetSortKey(listing.DisplayName(language), CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreSymbols)
                .KeyData;
            // The id after the name keeps the order total: two listings of the same name always come in one order.
            doc.Add(new SortedDocValuesField(SortKey(language), new BytesRef([.. key, 0, .. System.Text.Encoding.UTF8.GetBytes(listing.Id)])));
        }
        doc.Add(new TextField(Words, words.ToString(), Field.Store.NO));
        foreach (var number in ContactNumbers(listing)) doc.Add(new StringField(Contact, number, Field.Store.NO));

        var basin = BasinOf(listing, content.Territory);
        AddExact(doc, Basin, basin);
        AddExact(doc, Commune, listing.Site.Commune);
        AddExact(doc, Quartier, listing.Site.Quartier);
        foreach (var sector in listing.Sectors) AddExact(doc, Sector, sector);
        foreach (var need in listing.Needs) AddExact(doc, Need, need);
        foreach (var language in listing.Languages) AddExact(doc, Language, language);
        foreach (var area in listing.AreaServed)
        {
            if (content.Territory.Commune(area) is not null) AddExact(doc, ServedCommune, area);
            else if (content.Territory.Basin(area) is not null) AddExact(doc, ServedBasin, area);
            // An area that is neither a commune nor a basin is the whole region.
            else AddExact(doc, ServesRegion, "1");
        }

        // Facet values: a listing counts once for each need it has and once for every need above them.
        if (basin is not null) doc.Add(new SortedSetDocValuesFacetField(Basin, basin));
        if (listing.Site.Commune is { } commune) doc.Add(new SortedSetDocValuesFacetField(Commune, commune));
        foreach (var sector in listing.Sectors.Distinct(StringComparer.Ordinal)) doc.Add(new SortedSetDocValuesFacetField(Sector, sector));
        foreach (var need in listing.Needs.SelectMany(content.Taxonomy.SelfAndAncestors).Distinct(StringComparer.Ordinal))
            doc.Add(new SortedSetDocValuesFacetField(Need, need));
        foreach (var language in listing.Languages.Distinct(StringComparer.Ordinal))
            doc.Add(new SortedSetDocValuesFacetField(Language, language));
        return FacetsConfig.Build(doc);
    }

    // Per listing (a record: an edit makes a new instance), its plain descriptions: snippets are cut from them at every
    // search, and rendering the Markdown again for each result shown was a tenth of a search's time.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Organisation, string?[]> PlainDescriptions = new();

    /// <summary>The description as plain text, spaces collapsed: what is indexed and what snippets are cut from.</summary>
    public static string DescriptionText(Organisation listing, Records.Language language)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var texts = PlainDescriptions.GetValue(listing, _ => new string?[2]);
        return texts[(int)language] ??= PlainDescription(listing, language);
    }

    private static string PlainDescription(Organisation listing, Records.Language language)
    {
        var text = MarkdownRenderer.ToPlainText(listing.Description.In(language));
        var result = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { if (result.Length > 0 && result[^1] != ' ') result.Append(' '); }
            else result.Append(c);
        }
        return result.ToString().TrimEnd();
    }

    /// <summary>The listing's phone numbers in national form (digits only) and its company number (ten digits).</summary>
    public static IEnumerable<string> ContactNumbers(Organisation listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        foreach (var phone in listing.Phones)
        {
            foreach (var number in PhoneNormaliser.AllToE164(phone))
            {
                if (NationalForm(number) is { } national) yield return national;
            }
        }
        if (KboNumber.Normalise(listing.Kbo) is { } kbo) yield return kbo;
    }

    /// <summary>A Belgian E.164 number in the digits a Belgian dials ("+3224355138" → "024355138"); others as digits.</summary>
    public static string? NationalForm(string? e164) =>
        e164 is null ? null : e164.StartsWith("+32", StringComparison.Ordinal) ? "0" + e164[3..] : e164.TrimStart('+');

    /// <summary>The basin a listing is in: its site's, else its commune's when that commune lies in one basin only.</summary>
    public static string? BasinOf(Organisation o, Territory territory)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(territory);
        if (o.Site.Basin is { } basin) return basin;
        return territory.Commune(o.Site.Commune) is { Basins.Count: 1 } commune ? commune.Basins[0] : null;
    }

    private static void AddExact(Document doc, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value)) doc.Add(new StringField(field, value, Field.Store.NO));
    }
}
