namespace Repertoire.Core.Content;

/// <summary>Finds the bundled content folder and the data folder when none is configured.</summary>
public static class ContentLocator
{
    /// <summary>The folder name of the bundled content at the repository root.</summary>
    public const string DefaultFolderName = "content";

    /// <summary>
    /// Resolves a configured path, or, with none, looks for a
    /// <c>content/</c> folder holding <c>territory.yml</c> in the working directory, then in its parents, then above
    /// the application's own folder: <c>dotnet run --project src/Repertoire.Web</c> works from the repository root
    /// and from inside <c>src/</c>.
    /// </summary>
    public static string ResolveContentPath(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return ResolveRelative(configured);
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

    /// <summary>
    /// A relative path is tried against the working directory, then against its parents: <c>dotnet run --project</c>
    /// runs in the project's folder, while people write paths from the repository root.
    /// </summary>
    private static string ResolveRelative(string path)
    {
        if (Path.IsPathRooted(path)) return Path.GetFullPath(path);
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, path);
            if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        return Path.GetFullPath(path);
    }

    /// <summary>The data folder: the configured one, or <c>.data/</c> beside the content folder.</summary>
    public static string ResolveDataPath(string? configured, string contentPath) =>
        !string.IsNullOrWhiteSpace(configured)
            ? Path.GetFullPath(configured)
            : Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(contentPath)) ?? ".", ".data");
}
