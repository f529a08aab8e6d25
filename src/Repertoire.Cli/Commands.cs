using System.CommandLine;

namespace Repertoire.Cli;

/// <summary>The registry of the tool's commands, each defined in its own file.</summary>
internal static class Commands
{
    public static IEnumerable<Command> All() =>
    [
        ValidateCommand.Create(),
        AlignCommand.Create(),
        ImportCommand.Create(),
        ContentCommand.Create(),
        StaffCommand.Create(),
        StemCommand.Create(),
        AnalyzeCommand.Create(),
        IndexCommand.Create(),
        SearchCommand.Create(),
    ];
}
