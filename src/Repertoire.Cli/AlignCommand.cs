using System.CommandLine;
using Repertoire.Core.Alignment.Crosswalk;
using Repertoire.Core.Alignment.Decisions;
using Repertoire.Core.Alignment.Import;
using Repertoire.Core.Alignment.Listings;
using Repertoire.Core.Alignment.Matching;

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

        var command = new Command("align", "Align a Bruxelles-Social export with a De Sociale Kaart export and write the crosswalk.")
        {
            bruxellesSocial, socialeKaart, output, format, content, decisions,
        };
        command.SetAction(parse => Run(
            parse.GetValue(bruxellesSocial)!, parse.GetValue(socialeKaart)!, parse.GetValue(output),
            parse.GetValue(format) ?? "json", parse.GetValue(content), parse.GetValue(decisions)));
        return command;
    }

    private static int Run(FileInfo bxl, FileInfo sk, FileInfo? output, string format, DirectoryInfo? content, FileInfo? decisionsFile)
    {
        foreach (var file in new[] { bxl, sk })
        {
            if (file.Exists) continue;
            Console.Error.WriteLine($"error: {file.FullName} does not exist");
            return 2;
        }
        var left = new BruxellesSocialImporter().Import(bxl.FullName);
        var right = new SocialeKaartImporter().Import(sk.FullName);
        foreach (var problem in left.Problems) Console.Error.WriteLine($"{bxl.Name}: {problem}");
        foreach (var problem in right.Problems) Console.Error.WriteLine($"{sk.Name}: {problem}");

        IReadOnlyList<ListingReference>? listings = null;
        if (content is not null)
        {
            var problems = new List<string>();
            listings = ListingReferenceReader.ReadDirectory(content.FullName, problems);
            foreach (var problem in problems) Console.Error.WriteLine(problem);
        }
        IReadOnlyList<AlignmentDecision>? known = null;
        if (decisionsFile is not null)
        {
            using var store = new DecisionStore(decisionsFile.FullName);
            known = store.All();
        }

        var result = new AlignmentMatcher().Align(left.Records, right.Records, known, listings);
        var crosswalk = result.ToCrosswalk();
        using var stream = output is null ? Console.OpenStandardOutput() : File.Create(output.FullName);
        if (format == "csv")
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            CrosswalkCsvWriter.Write(crosswalk, writer);
        }
        else
        {
            CrosswalkJsonWriter.Write(crosswalk, stream);
            stream.WriteByte((byte)'\n');
        }
        if (output is not null)
        {
            Console.Error.WriteLine($"{crosswalk.Pairs.Count} pairs ({result.WithStatus(Core.Alignment.AlignmentStatus.Auto).Count()} auto, "
                + $"{result.WithStatus(Core.Alignment.AlignmentStatus.Review).Count()} review), "
                + $"{crosswalk.OnlyBruxellesSocial.Count} only in Bruxelles-Social, {crosswalk.OnlySocialeKaart.Count} only in De Sociale Kaart: {output.FullName}");
        }
        // Unreadable records are reported, not fatal: the crosswalk of the readable ones is still useful.
        return 0;
    }
}
