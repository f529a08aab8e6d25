using System.CommandLine;
using Repertoire.Core.Content;

namespace Repertoire.Cli;

/// <summary>
/// <c>repertoire validate [--content DIR]</c>: prints each problem as <c>path:line: field: message</c>, then a summary,
/// all on standard output (so that <c>| less</c> or <c>&gt; report.txt</c> keeps them together).
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var command = new Command("validate", "Check a content folder; exits 1 when any file is invalid.") { content };
        command.SetAction(result => Run(ContentLocator.ResolveContentPath(result.GetValue(content)), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Problems and summary go to <paramref name="output"/>; <paramref name="error"/> only says the folder is missing.</summary>
    internal static int Run(string contentPath, TextWriter output, TextWriter error)
    {
        if (!Directory.Exists(contentPath))
        {
            error.WriteLine($"No content folder at {Path.GetFullPath(contentPath)} (give one with --content DIR).");
            return 2;
        }
        var set = ContentLoader.Load(contentPath);
        foreach (var problem in set.Problems) output.WriteLine(problem);
        var errors = set.Problems.Count(p => p.Severity == ProblemSeverity.Error);
        var warnings = set.Problems.Count - errors;
        var invalidFiles = set.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => p.Path).Distinct().Count();
        output.WriteLine($"{set.Organisations.Count} listings served; {errors} errors in {invalidFiles} files, {warnings} warnings.");
        return errors > 0 ? 1 : 0;
    }
}
