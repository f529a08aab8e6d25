using Repertoire.Core.Alignment;
using Repertoire.Core.Audit;
using Repertoire.Core.Corrections;
using Repertoire.Core.Storage;
using Repertoire.Web.Infrastructure;
using Repertoire.Web.Storage;

namespace Repertoire.Web.Corrections;

/// <summary>Reports from the public site, the correction queue, verification and the audit trail.</summary>
public static class CorrectionsExtensions
{
    /// <summary>The correction store and the audit trail (SQLite, <c>DATA/corrections.db</c>, or the PostgreSQL
    /// database when <c>Repertoire:Database:ConnectionString</c> is set), the one listing writer, and the report
    /// throttle.</summary>
    public static IServiceCollection AddRepertoireCorrections(this IServiceCollection services)
    {
        services.AddOptions<CorrectionsOptions>().BindConfiguration("Repertoire:Corrections");
        services.AddSingleton(StorageExtensions.Store<ICorrectionStore>(
            (database, time) => new PostgresCorrectionStore(database, time),
            (data, time) => new SqliteCorrectionStore(AlignmentDataFiles.CorrectionDatabase(data), time)));
        services.AddSingleton(StorageExtensions.Store<IAuditTrail>(
            (database, time) => new PostgresAuditTrail(database, time),
            (data, time) => new SqliteAuditTrail(AlignmentDataFiles.CorrectionDatabase(data), time)));
        services.AddSingleton<ListingEditor>();
        services.AddSingleton<ReportThrottle>();
        return services;
    }
}
