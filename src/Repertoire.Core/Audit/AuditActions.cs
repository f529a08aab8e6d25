namespace Repertoire.Core.Audit;

/// <summary>The actions of the audit trail, as stored and exported.</summary>
public static class AuditActions
{
    public const string Report = "report";
    public const string Accept = "accept";
    public const string Reject = "reject";
    public const string Contact = "contact";
    public const string Verify = "verify";
    public const string AccountCreate = "account-create";
    public const string AccountPassword = "account-password";
    public const string AccountDisable = "account-disable";
    public const string AccountEnable = "account-enable";
    public const string AccountRole = "account-role";
    public const string AccountRemove = "account-remove";
    public const string AlignmentPrefix = "alignment-";

    /// <summary>Every action a listing's history can hold, for filters.</summary>
    public static IReadOnlyList<string> ListingActions { get; } = [Report, Accept, Reject, Contact, Verify];
}
