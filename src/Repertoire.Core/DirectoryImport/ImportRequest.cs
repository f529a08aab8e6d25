using Repertoire.Core.DirectoryImport.Live;

namespace Repertoire.Core.DirectoryImport;

/// <summary>What <c>repertoire import</c> was asked to do.</summary>
public sealed record ImportRequest
{
    /// <summary>The content folder written into.</summary>
    public required string ContentPath { get; init; }

    /// <summary>A Bruxelles-Social export file or base URL, or null.</summary>
    public string? BruxellesSocial { get; init; }

    /// <summary>A file of Bruxelles-Social ids (one a line) for a live run; without it a live run refreshes the
    /// records already imported.</summary>
    public string? BruxellesSocialIds { get; init; }

    /// <summary>A De Sociale Kaart export file or base URL, or null.</summary>
    public string? SocialeKaart { get; init; }

    /// <summary>The staff decision database (confirmed and rejected pairs), if any.</summary>
    public string? DecisionsPath { get; init; }

    /// <summary>A cluster's PostgreSQL connection string: the workbench's decisions are read there rather than from
    /// <see cref="DecisionsPath"/> (in a cluster the nodes write them to PostgreSQL).</summary>
    public string? ClusterDatabase { get; init; }

    /// <summary>The live client's settings (cache folder included).</summary>
    public required LiveSourceOptions Live { get; init; }

    /// <summary>Whether a source is a base URL rather than a file.</summary>
    public static bool IsUrl(string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
