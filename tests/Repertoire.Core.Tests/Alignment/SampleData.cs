namespace Repertoire.Core.Tests.Alignment;

/// <summary>Finds shared/data/alignment: beside the repository's ancestors locally, or at &lt;clone&gt;/../shared in CI.</summary>
internal static class SampleData
{
    public static string Folder { get; } = Find();

    public static string BruxellesSocial => Path.Combine(Folder, "bruxelles-social.json");
    public static string SocialeKaart => Path.Combine(Folder, "sociale-kaart.json");
    public static string AnswerKey => Path.Combine(Folder, "answer-key.json");

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(folder.FullName, "shared", "data", "alignment"), Path.Combine(folder.FullName, "..", "shared", "data", "alignment") })
                if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        throw new DirectoryNotFoundException($"shared/data/alignment not found above {AppContext.BaseDirectory}");
    }
}
