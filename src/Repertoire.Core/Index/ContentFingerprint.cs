using System.Security.Cryptography;
using System.Text;
using Repertoire.Core.Content;
using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>
/// Hashes of what the index is derived from, computed from the loaded content rather than the files so that
/// they describe exactly the content set being served. <see cref="Structure"/> covers what every document
/// depends on (the taxonomy, the territory, the schema): when it changes, the index is rebuilt aside.
/// <see cref="Listing"/> covers one listing's document: when it changes, that document alone is replaced.
/// </summary>
public static class ContentFingerprint
{
    /// <summary>The fingerprint of the taxonomy, the territory and the schema: 32 hexadecimal digits.</summary>
    public static string Structure(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var text = new Writer();
        text.Add("schema " + ListingFields.SchemaVersion);
        foreach (var term in content.Taxonomy.Sectors.Concat(content.Taxonomy.Needs))
        {
            text.Add(term.Id);
            text.Add(term.Parent);
            text.AddText(term.Label);
            text.AddList(term.Synonyms.Fr);
            text.AddList(term.Synonyms.Nl);
        }
        foreach (var b in content.Territory.Basins) { text.Add(b.Id); text.AddText(b.Name); }
        foreach (var c in content.Territory.Communes) { text.Add(c.Id); text.AddText(c.Name); text.AddList(c.Basins); text.AddList(c.Postcodes); }
        foreach (var q in content.Territory.Quartiers) { text.Add(q.Id); text.AddText(q.Name); text.Add(q.Commune); text.Add(q.Basin); }
        return text.Hash();
    }

    // Per listing instance (a record: an edit makes a new one): every update fingerprints every listing, and every search
    // compares the listings it shows with the documents it found.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Organisation, string> Listings = new();

    /// <summary>The fingerprint of everything a listing's document holds.</summary>
    public static string Listing(Organisation o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return Listings.GetValue(o, ComputeListing);
    }

    private static string ComputeListing(Organisation o)
    {
        var text = new Writer();
        text.Add(o.Id);
        text.AddText(o.Name);
        text.AddList(o.AltNames.Fr);
        text.AddList(o.AltNames.Nl);
        text.AddList(o.Sectors);
        text.AddList(o.Needs);
        text.AddText(o.Description);
        text.AddText(o.Audience);
        text.AddList(o.Languages);
        text.AddList(o.AreaServed);
        text.AddList(o.Phones);
        text.Add(o.Kbo);
        text.Add(o.Site.Commune);
        text.Add(o.Site.Basin);
        text.Add(o.Site.Quartier);
        return text.Hash();
    }

    private sealed class Writer
    {
        private readonly StringBuilder _text = new();

        // A separator that cannot occur in content keeps ("ab","c") apart from ("a","bc").
        public void Add(string? value) => _text.Append(value).Append('\u001f');

        public void AddText(LocalizedText t) { Add(t.Fr); Add(t.Nl); }

        public void AddList(IEnumerable<string> list) { foreach (var item in list) Add(item); Add("\u001e"); }

        public string Hash() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(_text.ToString())))[..32];
    }
}
