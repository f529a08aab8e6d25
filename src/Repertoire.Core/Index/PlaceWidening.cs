namespace Repertoire.Core.Index;

/// <summary>
/// How far the results of a search naming a place ("aide alimentaire Schaerbeek") reach beyond it. The place's own
/// offer (listings located there or naming it in their area served) ranks first; when it has none for what was asked,
/// the answer says whether the nearest results are in the basins that hold the place or only elsewhere in the region.
/// </summary>
public enum PlaceWidening
{
    /// <summary>The place has offer of its own for what was asked, or no place was named.</summary>
    None,

    /// <summary>Nothing in the place: the nearest results are in the basins that hold it (and region-wide services).</summary>
    Basin,

    /// <summary>Nothing in the place nor its basins: the results are elsewhere in the region.</summary>
    Region,
}
