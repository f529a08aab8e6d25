using System.Security.Cryptography;
using System.Text;
using Repertoire.Core.Content;
using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>
/// A hash of everything an index file is derived from (the listings' searchable fields, the taxonomy, the
/// place names, the schema version). Computed from the loaded content rather than the files, so it always
/// describes exactly the content set being served.
/// </summary>
public static class ContentFingerprint
{
    /// <summary>The fingerprint of a content set: 32 hexadecimal digits.</summary>
    public static string Of(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var text = new StringBuilder();
        void Add(string? value)
        {
            // A separator that cannot occur in content keeps ("ab","c") apart from ("a","bc").
            text.Append(value).Append('\u001f');
            if (text.Length < 1 << 16) return;
            hash.AppendData(Encoding.UTF8.GetBytes(text.ToString()));
            text.Clear();
        }
        void AddText(LocalizedText t) { Add(t.Fr); Add(t.Nl); }
        void AddList(IEnumerable<string> list) { foreach (var item in list) Add(item); Add("\u001e"); }

        Add("schema " + IndexSchema.Version);
        foreach (var o in content.Organisations)
        {
            Add(o.Id);
            AddText(o.Name);
            AddList(o.AltNames.Fr);
            AddList(o.AltNames.Nl);
            AddList(o.Sectors);
            AddList(o.Needs);
            AddText(o.Description);
            AddText(o.Audience);
        }
        foreach (var term in content.Taxonomy.Sectors.Concat(content.Taxonomy.Needs))
        {
            Add(term.Id);
            Add(term.Parent);
            AddText(term.Label);
            AddList(term.Synonyms.Fr);
            AddList(term.Synonyms.Nl);
        }
        foreach (var c in content.Territory.Communes) { Add(c.Id); AddText(c.Name); }
        foreach (var q in content.Territory.Quartiers) { Add(q.Id); AddText(q.Name); }
        hash.AppendData(Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }
}
