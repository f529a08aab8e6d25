namespace Repertoire.Core.Alignment;

/// <summary>The one place that names the workbench's files under the data folder, shared by the site and the
/// <c>repertoire staff</c> command so both open the same databases by default.</summary>
public static class AlignmentDataFiles
{
    /// <summary>The staff account database's file name.</summary>
    public const string StaffDatabaseName = "staff.db";

    /// <summary>The decision database's file name.</summary>
    public const string DecisionDatabaseName = "alignment-decisions.db";

    /// <summary>The database of reported errors, staff decisions on them and the audit trail.</summary>
    public const string CorrectionDatabaseName = "corrections.db";

    /// <summary>The folder of the two exports, under the data folder.</summary>
    public const string ExportsFolderName = "alignment";

    /// <summary>The Bruxelles-Social export's file name in <see cref="ExportsFolderName"/>.</summary>
    public const string BruxellesSocialExportName = "bruxelles-social.json";

    /// <summary>The De Sociale Kaart export's file name in <see cref="ExportsFolderName"/>.</summary>
    public const string SocialeKaartExportName = "sociale-kaart.json";

    /// <summary><c>DATA/staff.db</c>.</summary>
    public static string StaffDatabase(string dataPath) => Path.Combine(dataPath, StaffDatabaseName);

    /// <summary><c>DATA/alignment-decisions.db</c>.</summary>
    public static string DecisionDatabase(string dataPath) => Path.Combine(dataPath, DecisionDatabaseName);

    /// <summary><c>DATA/corrections.db</c>.</summary>
    public static string CorrectionDatabase(string dataPath) => Path.Combine(dataPath, CorrectionDatabaseName);

    /// <summary><c>DATA/alignment/bruxelles-social.json</c>.</summary>
    public static string BruxellesSocialExport(string dataPath) => Path.Combine(dataPath, ExportsFolderName, BruxellesSocialExportName);

    /// <summary><c>DATA/alignment/sociale-kaart.json</c>.</summary>
    public static string SocialeKaartExport(string dataPath) => Path.Combine(dataPath, ExportsFolderName, SocialeKaartExportName);
}
