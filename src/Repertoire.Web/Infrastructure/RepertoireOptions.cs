namespace Repertoire.Web.Infrastructure;

/// <summary>The <c>Repertoire</c> configuration section.</summary>
public sealed class RepertoireOptions
{
    /// <summary>The content folder; empty means the bundled <c>content/</c>.</summary>
    public string? ContentPath { get; set; }

    /// <summary>Where the index and databases live; empty means <c>.data/</c> beside the content folder.</summary>
    public string? DataPath { get; set; }

    /// <summary>Whether to reload when content files change.</summary>
    public bool WatchContent { get; set; } = true;
}
