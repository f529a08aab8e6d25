namespace Repertoire.Core.Alignment;

/// <summary>The status of a pair in the crosswalk.</summary>
public enum AlignmentStatus
{
    /// <summary>Confident enough to publish without review.</summary>
    Auto,

    /// <summary>A person should look.</summary>
    Review,

    /// <summary>A person confirmed the pair.</summary>
    Confirmed,

    /// <summary>A person rejected the pair; it is never proposed again.</summary>
    Rejected,
}
