using System.CommandLine;
using Repertoire.Core.Alignment;
using Repertoire.Core.Alignment.Crosswalk;
using Repertoire.Core.Alignment.Matching;
using Repertoire.Core.Content;

namespace Repertoire.Cli;

/// <summary><c>repertoire align BXL.json SK.json</c>: the crosswalk between Bruxelles-Social and De Sociale Kaart.</summary>
internal static class AlignCommand
{
    public static Command Create()
    {
        var bruxellesSocial = new Argument<FileInfo>("bruxelles-social") { Description = "Bruxelles-Social export (JSON array)" };
        var socialeKaart = new Argument<FileInfo>("sociale-kaart") { Description = "De Sociale Kaart export (health-offers page)" };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write the crosswalk to this file instead of stdout" };
        var format = new Option<string>("--format") { Description = "json or csv", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        var content = new Option<DirectoryInfo?>("--content") { Description = "Content folder whose listings pairs are linked to" };
        var decisions = new Option<FileInfo?>("--decisions") { Description = "SQLite decision database (confirmed/rejected pairs)" };
        var auto = new Option<double?>("--auto-threshold") { Description = $"Score from which a pair is published as auto (default {AlignmentOptions.Default.AutoThreshold})" };
        var review = new Option<double?>("--review-threshold") { Description = $"Score from which a pair is proposed for review (default {AlignmentOptions.Default.ReviewThreshold})" };

        var command = new Command("align", "Align a Bruxelles-Social export with a De Sociale Kaart export and write the crosswalk.")
        {
            bruxellesSocial, socialeKaart, output, format, content, decisions, auto, review,
        };
        command.SetAction(parse => Run(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error,
            parse.GetValue(bruxellesSocial)!, parse.GetValue(socialeKaart)!, parse.GetValue(output),
            parse.GetValue(format) ?? "json", parse.GetValue(content), parse.GetValue(decisions),
            new AlignmentOptions
            {
                AutoThreshold = parse.GetValue(auto) ?? AlignmentOptions.Default.AutoThreshold,
                ReviewThreshold = parse.GetValue(review) ?? AlignmentOptions.Default.ReviewThreshold,
            }));
        return command;
    }

    private static int Run(TextWriter stdout, TextWriter stderr, FileInfo bxl, FileInfo sk, FileInfo? output, string format, DirectoryInfo? content, FileInfo? decisionsFile, AlignmentOptions options)
    {
        foreach (var file in new[] { bxl, sk })
        {
            if (file.Exists) continue;
            stderr.WriteLine($"error: {file.FullName} does not exist");
            return 2;
        }
        // The workbench and `repertoire import` align through the same flow: same inputs, same pairs.
        var problems = new List<string>();
        var left = AlignmentFlow.ReadExport(DirectorySource.BruxellesSocial, bxl.FullName, problems);
        var right = AlignmentFlow.ReadExport(DirectorySource.SocialeKaart, sk.FullName, problems);
        foreach (var problem in problems) stderr.WriteLine(problem);

        ContentSet? listings = null;
        if (content is not null)
        {
            listings = ContentLoader.Load(content.FullName);
            // A listing with an error is not served, so pairs are not linked to it either; `validate` says why.
            var broken = listings.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => p.Path).Distinct().Count();
            if (broken > 0) stderr.WriteLine($"{content.FullName}: {broken} file(s) with errors left out (see `repertoire validate --content {content.FullName}`)");
        }
        var known = decisionsFile is null ? null : AlignmentFlow.ReadDecisions(decisionsFile.FullName);

        var result = new AlignmentFlow(options).Align(left, right, known, listings);
        var crosswalk = result.ToCrosswalk();
        if (output is null)
        {
            Write(crosswalk, format, stdout);
        }
        else
        {
            using var writer = new StreamWriter(output.FullName, append: false, new System.Text.UTF8Encoding(false));
            Write(crosswalk, format, writer);
        }
        if (output is not null)
        {
            stderr.WriteLine($"{crosswalk.Pairs.Count} pairs ({result.WithStatus(AlignmentStatus.Auto).Count()} auto, "
                + $"{result.WithStatus(AlignmentStatus.Review).Count()} review), "
                + $"{crosswalk.OnlyBruxellesSocial.Count} only in Bruxelles-Social, {crosswalk.OnlySocialeKaart.Count} only in De Sociale Kaart: {output.FullName}");
        }
        // Unreadable records are reported, not fatal: the crosswalk of the readable ones is still useful.
        return 0;
    }

    private static void Write(CrosswalkDocument crosswalk, string format, TextWriter writer)
    {
        if (format == "csv") CrosswalkCsvWriter.Write(crosswalk, writer);
        else writer.WriteLine(CrosswalkJsonWriter.Write(crosswalk));
    }
}
