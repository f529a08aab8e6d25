namespace Repertoire.Core.Corrections;

/// <summary>Where reports and decisions live (SQLite under the data folder by default, <see cref="SqliteCorrectionStore"/>).
/// Each report and each decision is written with its audit entry in one transaction: once a call returns, both are
/// on disk, and neither exists without the other.</summary>
public interface ICorrectionStore
{
    /// <summary>Stores a visitor's report (open) and its audit entry.</summary>
    Correction Submit(Correction report);

    /// <summary>The correction, or null.</summary>
    Correction? Find(long id);

    /// <summary>The corrections staff still have to act on, oldest first; <paramref name="basins"/> null for every
    /// basin (listings without a basin included), otherwise only those basins.</summary>
    IReadOnlyList<Correction> Pending(IReadOnlyCollection<string>? basins);

    /// <summary>Every correction of a listing, newest first.</summary>
    IReadOnlyList<Correction> ForListing(string listingId);

    /// <summary>The number of pending corrections per listing.</summary>
    IReadOnlyDictionary<string, int> PendingCounts();

    /// <summary>Records a decision and its audit entry; null when the correction does not exist or was already
    /// accepted or rejected (so two staff deciding at once cannot both apply it).</summary>
    Correction? Decide(CorrectionDecision decision);
}
