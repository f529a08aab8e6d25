using System.CommandLine;

namespace Repertoire.Cli;

/// <summary>Options that several commands share, so they are spelled and described once.</summary>
internal static class CommonOptions
{
    public static Option<string?> Content() => new("--content")
    {
        Description = "The content folder (default: the bundled content/ of the repository).",
    };

    public static Option<string?> Data() => new("--data")
    {
        Description = "The data folder for the index and databases (default: .data/ beside the content folder).",
    };
}
