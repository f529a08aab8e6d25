using Repertoire.Tests;

namespace Repertoire.Core.Tests.Alignment;

/// <summary>The alignment sample in docs/examples/alignment.</summary>
internal static class SampleData
{
    public static string Folder => TestPaths.AlignmentSamples;

    public static string BruxellesSocial => Path.Combine(Folder, "bruxelles-social.json");
    public static string SocialeKaart => Path.Combine(Folder, "sociale-kaart.json");
    public static string AnswerKey => Path.Combine(Folder, "answer-key.json");
}
