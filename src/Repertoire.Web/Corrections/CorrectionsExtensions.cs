using Repertoire.Core.Alignment;
using Repertoire.Core.Audit;
using Repertoire.Core.Corrections;
using Repertoire.Web.Infrastructure;

namespace Repertoire.Web.Corrections;

/// <summary>Reports from the public site, the correction queue, verification and the audit trail.</summary>
public static class CorrectionsExtensions
{
    /// <summary>The correction store and the audit trail (SQLite, <c>DATA/corrections.db</c>), the one listing
    /// writer, and the report throttle.</summary>
    public static IServiceCollection AddRepertoireCorrections(this IServiceCollection services)
    {
        services.AddOptions<CorrectionsOptions>().BindConfiguration("Repertoire:Corrections");
        services.AddSingleton(sp => new SqliteCorrectionStore(AlignmentDataFiles.CorrectionDatabase(sp.GetRequiredService<ContentStore>().DataPath),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ICorrectionStore>(sp => sp.GetRequiredService<SqliteCorrectionStore>());
        services.AddSingleton(sp => new SqliteAuditTrail(AlignmentDataFiles.CorrectionDatabase(sp.GetRequiredService<ContentStore>().DataPath),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IAuditTrail>(sp => sp.GetRequiredService<SqliteAuditTrail>());
        services.AddSingleton<ListingEditor>();
        services.AddSingleton<ReportThrottle>();
        return services;
    }
}
