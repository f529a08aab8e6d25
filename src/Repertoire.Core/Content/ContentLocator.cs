namespace Repertoire.Core.Content;

/// <summary>Finds the bundled content folder and the data folder when none is configured.</summary>
public static class ContentLocator
{
    /// <summary>The folder name of the bundled content at the repository root.</summary>
    public const string DefaultFolderName = "content";

    /// <summary>
    /// Resolves a configured path (relative paths against the working directory), or, with none, looks for a
    /// <c>content/</c> folder holding <c>territory.yml</c> in the working directory, then in its parents, then above
    /// the application's own folder: <c>dotnet run --project src/Repertoire.Web</c> works from the repository root
    /// and from inside <c>src/</c>.
    /// </summary>
    public static string ResolveContentPath(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, DefaultFolderName);
                if (File.Exists(Path.Combine(candidate, "territory.yml"))) return candidate;
            }
        }
        return Path.GetFullPath(DefaultFolderName);
    }

    /// <summary>The data folder: the configured one, or <c>.data/</c> beside the content folder.</summary>
    public static string ResolveDataPath(string? configured, string contentPath) =>
        !string.IsNullOrWhiteSpace(configured)
            ? Path.GetFullPath(configured)
            : Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(contentPath)) ?? ".", ".data");
}
