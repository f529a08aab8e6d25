using Repertoire.Core.Alignment;

using Repertoire.Core.DirectoryImport.Mapping;

namespace Repertoire.Core.DirectoryImport.Sync;

/// <summary>Which records make which listing in this run. Existing imported listings keep their records (ids are
/// stable); an <c>auto</c> or <c>confirmed</c> pair joins one listing, merging two imported listings when staff
/// confirmed a pair that had been left for review; a <c>rejected</c> pair is split; a record that describes a
/// hand-written listing is left to it.</summary>
internal sealed class ListingPlan
{
    private readonly ImportState _state;
    private readonly ImportReport _report;
    private readonly Dictionary<(DirectorySource, string), PlannedListing> _byRecord = [];
    private readonly HashSet<(DirectorySource, string)> _covered = [];
    private readonly HashSet<(string Listing, DirectorySource Source)> _claimed = [];

    public ListingPlan(ImportState state, ImportReport report)
    {
        _state = state;
        _report = report;
        foreach (var (id, provenance) in state.Provenance.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var listing = new PlannedListing { Id = id, Provenance = provenance };
            foreach (var (source, record) in provenance.Records)
            {
                listing.Records[source] = record.Id;
                _byRecord.TryAdd((source, record.Id), listing);
            }
            Listings.Add(listing);
        }
    }

    /// <summary>One listing to write: its id (null until a new one is named) and its record per directory.</summary>
    public sealed class PlannedListing
    {
        public string? Id { get; set; }
        public ListingProvenance? Provenance { get; init; }
        public Dictionary<DirectorySource, string> Records { get; } = [];
    }

    public List<PlannedListing> Listings { get; } = [];

    /// <summary>Imported listings merged into another: (kept, removed).</summary>
    public List<(string Into, string Removed)> MergedAway { get; } = [];

    public bool IsPlaced((DirectorySource, string) key) => _byRecord.ContainsKey(key) || _covered.Contains(key);

    public string? ListingOf((DirectorySource, string) key) =>
        _byRecord.TryGetValue(key, out var listing) ? listing.Id
        : _state.HandRecords.TryGetValue(key, out var hand) ? hand : null;

    /// <summary>An <c>auto</c> or <c>confirmed</c> pair; <paramref name="handWritten"/> is the hand-written listing the
    /// matcher linked it to, if any.</summary>
    public void Pair(string bruxellesSocial, string socialeKaart, string? handWritten)
    {
        var b = (DirectorySource.BruxellesSocial, bruxellesSocial);
        var s = (DirectorySource.SocialeKaart, socialeKaart);
        var hand = _state.HandRecords.GetValueOrDefault(b) ?? _state.HandRecords.GetValueOrDefault(s) ?? handWritten;
        if (hand is not null && !_claimed.Contains((hand, DirectorySource.BruxellesSocial)) && !_claimed.Contains((hand, DirectorySource.SocialeKaart)))
        {
            foreach (var key in new[] { b, s }.Where(k => !_byRecord.ContainsKey(k)))
                Cover(key, hand, _state.HandRecords.ContainsKey(key) ? "external id" : "same site and name as the listing");
            return;
        }
        _byRecord.TryGetValue(b, out var lb);
        _byRecord.TryGetValue(s, out var ls);
        if (lb is null && ls is null)
        {
            var listing = new PlannedListing();
            listing.Records[DirectorySource.BruxellesSocial] = bruxellesSocial;
            listing.Records[DirectorySource.SocialeKaart] = socialeKaart;
            Place(listing, b, s);
            Listings.Add(listing);
        }
        else if (lb is not null && ls is null)
        {
            if (lb.Records.ContainsKey(DirectorySource.SocialeKaart)) return;
            lb.Records[DirectorySource.SocialeKaart] = socialeKaart;
            _byRecord[s] = lb;
        }
        else if (lb is null && ls is not null)
        {
            if (ls.Records.ContainsKey(DirectorySource.BruxellesSocial)) return;
            ls.Records[DirectorySource.BruxellesSocial] = bruxellesSocial;
            _byRecord[b] = ls;
        }
        else if (lb != ls && !lb!.Records.ContainsKey(DirectorySource.SocialeKaart) && !ls!.Records.ContainsKey(DirectorySource.BruxellesSocial))
        {
            // Two imported listings of a pair staff have now confirmed: the Bruxelles-Social one keeps its id. A listing
            // edited by hand since the last import is not removed: the merge is left to a person.
            if (_state.IsLocallyEdited(ls.Id!))
            {
                _report.Conflicts.Add(new ImportReport.ConflictEntry(ls.Id!, "-", null, null,
                    $"pair {bruxellesSocial} / {socialeKaart} is confirmed, but {ls.Id} was edited locally: merge it into {lb.Id} by hand"));
                return;
            }
            lb.Records[DirectorySource.SocialeKaart] = socialeKaart;
            _byRecord[s] = lb;
            Listings.Remove(ls);
            MergedAway.Add((lb.Id!, ls.Id!));
        }
    }

    /// <summary>Splits every imported listing that holds a pair staff rejected: the De Sociale Kaart record leaves it
    /// and becomes a listing of its own.</summary>
    public void Detach(IReadOnlySet<(string BruxellesSocial, string SocialeKaart)> rejected)
    {
        foreach (var listing in Listings.ToList())
        {
            if (listing.Records.TryGetValue(DirectorySource.BruxellesSocial, out var b) && listing.Records.TryGetValue(DirectorySource.SocialeKaart, out var s)
                && rejected.Contains((b, s)))
            {
                listing.Records.Remove(DirectorySource.SocialeKaart);
                _byRecord.Remove((DirectorySource.SocialeKaart, s));
            }
        }
    }

    /// <summary>A record in no pair: its imported listing, a hand-written listing, or a new listing.</summary>
    public void Single((DirectorySource Source, string Id) key, string? handWritten)
    {
        if (IsPlaced(key)) return;
        if (_state.HandRecords.TryGetValue(key, out var hand)) { Cover(key, hand, "external id"); return; }
        if (handWritten is not null && !_claimed.Contains((handWritten, key.Source)))
        {
            Cover(key, handWritten, "same site and name as the listing");
            return;
        }
        var listing = new PlannedListing();
        listing.Records[key.Source] = key.Id;
        Place(listing, key);
        Listings.Add(listing);
    }

    private void Place(PlannedListing listing, params (DirectorySource, string)[] keys)
    {
        foreach (var key in keys) _byRecord[key] = listing;
    }

    // A hand-written listing describes one service at one site: it covers at most one record of each directory.
    private void Cover((DirectorySource Source, string Id) key, string listing, string how)
    {
        _covered.Add(key);
        _claimed.Add((listing, key.Source));
        _report.HandWritten.Add(new ImportReport.HandWrittenEntry(listing, Contribution.Key(key.Source), key.Id, how));
    }
}
