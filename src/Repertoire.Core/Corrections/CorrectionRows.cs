using Repertoire.Core.Audit;

namespace Repertoire.Core.Corrections;

/// <summary>What every correction store writes the same way, whatever the engine: the status names of the
/// <c>status</c> column and the audit entries of a report and of a decision.</summary>
internal static class CorrectionRows
{
    public static string StatusName(CorrectionStatus status) => status switch
    {
        CorrectionStatus.Open => "open",
        CorrectionStatus.ToContact => "to-contact",
        CorrectionStatus.Accepted => "accepted",
        _ => "rejected",
    };

    public static CorrectionStatus ParseStatus(string name) => name switch
    {
        "open" => CorrectionStatus.Open,
        "to-contact" => CorrectionStatus.ToContact,
        "accepted" => CorrectionStatus.Accepted,
        _ => CorrectionStatus.Rejected,
    };

    /// <summary>The audit entry of a visitor's report, once stored as <paramref name="id"/>.</summary>
    public static AuditEntry ReportEntry(Correction report, long id) => new()
    {
        Actor = AuditEntry.Visitor, Action = AuditActions.Report, Kind = AuditSubject.Listing, Subject = report.ListingId,
        Basin = report.Basin, Field = FieldName(report.Field, report.Language), Before = report.CurrentAtReport,
        After = report.Proposed, Note = report.Problem, CorrectionId = id,
    };

    /// <summary>The audit entry of a decision on <paramref name="correction"/>.</summary>
    public static AuditEntry DecisionEntry(CorrectionDecision decision, Correction correction) => new()
    {
        Actor = decision.DecidedBy,
        Action = decision.Status switch
        {
            CorrectionStatus.Accepted => AuditActions.Accept,
            CorrectionStatus.Rejected => AuditActions.Reject,
            _ => AuditActions.Contact,
        },
        Kind = AuditSubject.Listing, Subject = correction.ListingId, Basin = correction.Basin,
        Field = decision.Field ?? FieldName(correction.Field, correction.Language),
        Before = decision.Before, After = decision.After, Note = decision.Note, CorrectionId = correction.Id,
    };

    /// <summary>Checks a decision before any store is touched.</summary>
    public static void Validate(CorrectionDecision decision)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(decision.DecidedBy);
        if (decision.Status == CorrectionStatus.Open) throw new ArgumentException("A decision accepts, rejects or marks to contact.", nameof(decision));
    }

    // A per-language field is named with its language in the audit trail (name.fr), as in the file.
    private static string FieldName(string field, string language) =>
        CorrectionField.Find(field) is { Kind: CorrectionFieldKind.Text } ? $"{field}.{language}" : field;
}
