namespace Repertoire.Core.Audit;

/// <summary>What an audit entry is about.</summary>
public enum AuditSubject
{
    /// <summary>A listing (reports, corrections, verification).</summary>
    Listing,

    /// <summary>A staff account (creation, role, password, disabling).</summary>
    Account,

    /// <summary>A pair of the alignment workbench.</summary>
    Alignment,
}
