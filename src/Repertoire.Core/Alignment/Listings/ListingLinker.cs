using Repertoire.Core.Alignment.Matching;
using Repertoire.Core.Alignment.Normalisation;

namespace Repertoire.Core.Alignment.Listings;

/// <summary>Finds the Repertoire listing of a pair: by the directories' ids first, then by KBO number and
/// address, then by name and postcode.</summary>
internal sealed class ListingLinker
{
    private const double NameThreshold = 0.8;
    private readonly Dictionary<string, ListingReference> _byBruxellesSocial = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ListingReference> _bySocialeKaart = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _byKbo = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _byPostcode = new(StringComparer.Ordinal);
    private readonly NameSimilarity _similarity;

    private sealed record Entry(ListingReference Listing, PreparedRecord Prepared);

    public ListingLinker(IEnumerable<ListingReference> listings, NameNormaliser names, StreetTranslator streets)
    {
        var entries = new List<Entry>();
        foreach (var listing in listings)
        {
            if (listing.BruxellesSocialId is { } bs) _byBruxellesSocial.TryAdd(bs.Trim(), listing);
            if (listing.SocialeKaartId is { } sk) _bySocialeKaart.TryAdd(sk.Trim(), listing);
            var address = new DirectoryAddress(listing.Street, listing.OtherStreets.FirstOrDefault(), listing.Number, null, listing.Postcode, null, null, null);
            var record = new DirectoryRecord(DirectorySource.BruxellesSocial, listing.Id, listing.Names,
                listing.Kbo is null ? [] : [listing.Kbo], [address], [], [], []);
            var entry = new Entry(listing, PreparedRecord.Create(record, names, streets));
            entries.Add(entry);
            foreach (var kbo in entry.Prepared.Kbos) Add(_byKbo, kbo, entry);
            if (entry.Prepared.Addresses[0].Postcode is { } postcode) Add(_byPostcode, postcode, entry);
        }
        _similarity = new NameSimilarity(entries.Select(e => e.Prepared));
    }

    public string? Find(PreparedRecord bruxellesSocial, PreparedRecord socialeKaart)
    {
        if (_byBruxellesSocial.TryGetValue(bruxellesSocial.Record.Id, out var byId)) return byId.Id;
        if (_bySocialeKaart.TryGetValue(socialeKaart.Record.Id, out byId)) return byId.Id;

        foreach (var kbo in bruxellesSocial.Kbos.Concat(socialeKaart.Kbos))
        {
            if (!_byKbo.TryGetValue(kbo, out var sameKbo)) continue;
            if (sameKbo.Count == 1 && !sameKbo[0].Prepared.Addresses[0].HasStreet) return sameKbo[0].Listing.Id;
            var atSite = sameKbo.FirstOrDefault(e => SameSite(e.Prepared.Addresses[0], bruxellesSocial) || SameSite(e.Prepared.Addresses[0], socialeKaart));
            if (atSite is not null) return atSite.Listing.Id;
        }

        var postcodes = bruxellesSocial.Addresses.Concat(socialeKaart.Addresses).Select(a => a.Postcode).OfType<string>().Distinct();
        Entry? best = null;
        var bestScore = NameThreshold;
        foreach (var postcode in postcodes)
        {
            if (!_byPostcode.TryGetValue(postcode, out var local)) continue;
            foreach (var entry in local)
            {
                var score = Math.Max(_similarity.Compare(entry.Prepared, bruxellesSocial) ?? 0, _similarity.Compare(entry.Prepared, socialeKaart) ?? 0);
                if (score >= bestScore) { bestScore = score; best = entry; }
            }
        }
        return best?.Listing.Id;
    }

    /// <summary>The listing a directory record describes, with stricter evidence than <see cref="Find(PreparedRecord, PreparedRecord)"/>
    /// because the answer decides whether the record becomes a listing of its own: its directory id, or the same site
    /// (street and number) under a closely similar name, unless both carry different valid KBO numbers. Services that
    /// share a building and a KBO number (a CPAS and its coordination) are told apart by their names.</summary>
    public string? FindSameService(PreparedRecord record)
    {
        var byIds = record.Record.Source == DirectorySource.BruxellesSocial ? _byBruxellesSocial : _bySocialeKaart;
        if (byIds.TryGetValue(record.Record.Id, out var byId)) return byId.Id;
        Entry? best = null;
        var bestScore = NameThreshold;
        foreach (var postcode in record.Addresses.Select(a => a.Postcode).OfType<string>().Distinct())
        {
            if (!_byPostcode.TryGetValue(postcode, out var local)) continue;
            foreach (var entry in local)
            {
                if (!SameSite(entry.Prepared.Addresses[0], record)) continue;
                if (entry.Prepared.Kbos.Count > 0 && record.Kbos.Count > 0 && !entry.Prepared.Kbos.Overlaps(record.Kbos)) continue;
                var score = _similarity.Compare(entry.Prepared, record) ?? 0;
                if (score >= bestScore) { bestScore = score; best = entry; }
            }
        }
        return best?.Listing.Id;
    }

    private static bool SameSite(PreparedAddress listing, PreparedRecord record) =>
        record.Addresses.Any(a =>
            (a.CanonicalStreets.Overlaps(listing.CanonicalStreets) || a.StreetKeys.Overlaps(listing.StreetKeys))
            && (a.Number is null || listing.Number is null || a.Number.Agreement(listing.Number) >= 0.85));

    private static void Add(Dictionary<string, List<Entry>> index, string key, Entry entry)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(entry);
    }
}
