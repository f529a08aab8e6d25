namespace Repertoire.Web.Staff;

/// <summary>The <c>Repertoire:Alignment</c> configuration section: where the two exports are, and how sign-in
/// failures are slowed down and password checks bounded.</summary>
public sealed class WorkbenchOptions
{
    /// <summary>The Bruxelles-Social export; empty means <c>DATA/alignment/bruxelles-social.json</c>.</summary>
    public string? BruxellesSocialPath { get; set; }

    /// <summary>The De Sociale Kaart export; empty means <c>DATA/alignment/sociale-kaart.json</c>.</summary>
    public string? SocialeKaartPath { get; set; }

    /// <summary>How long a failed sign-in waits before answering, in milliseconds.</summary>
    public int SignInFailureDelayMilliseconds { get; set; } = 1000;

    /// <summary>Failed sign-ins allowed from one address within <see cref="SignInWindowMinutes"/> before
    /// further attempts are refused without checking the password.</summary>
    public int MaxSignInFailures { get; set; } = 10;

    /// <summary>Failed sign-ins allowed on one account name, from any address, within <see cref="SignInWindowMinutes"/>.</summary>
    public int MaxSignInFailuresPerAccount { get; set; } = 10;

    /// <summary>The window of <see cref="MaxSignInFailures"/>, in minutes.</summary>
    public int SignInWindowMinutes { get; set; } = 15;

    /// <summary>Password hashes computed at the same time (each takes a core for a few hundred milliseconds).</summary>
    public int ConcurrentPasswordChecks { get; set; } = 1;

    /// <summary>Sign-in attempts allowed to wait for <see cref="ConcurrentPasswordChecks"/>; more are answered 429.</summary>
    public int QueuedPasswordChecks { get; set; } = 4;
}
