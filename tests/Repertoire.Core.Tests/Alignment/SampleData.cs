using Repertoire.Tests;

namespace Repertoire.Core.Tests.Alignment;

/// <summary>The alignment sample in shared/data/alignment (see <see cref="TestPaths.Shared"/> for where that is).</summary>
internal static class SampleData
{
    public static string Folder => Path.Combine(TestPaths.Shared, "data", "alignment");

    public static string BruxellesSocial => Path.Combine(Folder, "bruxelles-social.json");
    public static string SocialeKaart => Path.Combine(Folder, "sociale-kaart.json");
    public static string AnswerKey => Path.Combine(Folder, "answer-key.json");
}
