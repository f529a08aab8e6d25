namespace Repertoire.Tests;

/// <summary>Where the test material is, found from the test binary's folder so tests run from any directory.</summary>
internal static class TestPaths
{
    /// <summary>The repository root (the folder holding Repertoire.sln).</summary>
    public static string RepositoryRoot { get; } = FindUp(AppContext.BaseDirectory, d => File.Exists(Path.Combine(d, "Repertoire.sln")))
        ?? throw new InvalidOperationException("Repertoire.sln not found above " + AppContext.BaseDirectory);

    /// <summary>The small content folder the tests use.</summary>
    public static string FixtureContent => Path.Combine(RepositoryRoot, "tests", "fixtures", "content");

    /// <summary>The bundled directory.</summary>
    public static string BundledContent => Path.Combine(RepositoryRoot, "content");

    /// <summary>Test data kept in the repository (Snowball vocabularies, HSDS schemas), each with its provenance.</summary>
    public static string TestData => Path.Combine(RepositoryRoot, "tests", "data");

    /// <summary>The sample Bruxelles-Social and Sociale Kaart exports, where users find them too.</summary>
    public static string AlignmentSamples => Path.Combine(RepositoryRoot, "docs", "examples", "alignment");

    /// <summary>A fresh copy of a folder in a temporary place, for tests that break or change files.</summary>
    public static string CopyToTemp(string source)
    {
        var target = Path.Combine(Path.GetTempPath(), "repertoire-tests", Guid.NewGuid().ToString("n"));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        return target;
    }

    private static string? FindUp(string start, Func<string, bool> found)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (found(dir.FullName)) return dir.FullName;
        return null;
    }
}
