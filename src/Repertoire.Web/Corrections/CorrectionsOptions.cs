namespace Repertoire.Web.Corrections;

/// <summary>The <c>Repertoire:Corrections</c> configuration section.</summary>
public sealed class CorrectionsOptions
{
    /// <summary>Reports accepted from one client address within <see cref="ReportWindowMinutes"/>.</summary>
    public int MaxReportsPerClient { get; set; } = 5;

    /// <summary>The window of <see cref="MaxReportsPerClient"/>, in minutes.</summary>
    public int ReportWindowMinutes { get; set; } = 10;
}
