namespace Repertoire.Core.Corrections;

/// <summary>Where a reported error stands.</summary>
public enum CorrectionStatus
{
    /// <summary>Waiting for staff.</summary>
    Open,

    /// <summary>Staff need to contact the organisation (or the reporter) before deciding.</summary>
    ToContact,

    /// <summary>Accepted: the listing was changed (or, for "other", handled by hand).</summary>
    Accepted,

    /// <summary>Rejected, with a reason.</summary>
    Rejected,
}
