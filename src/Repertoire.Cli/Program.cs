using System.CommandLine;
using Repertoire.Cli;

// One file per command; this list is the tool's table of contents.
var root = new RootCommand("Repertoire: the directory of social and health services in Brussels.");
foreach (var command in Commands.All())
    root.Subcommands.Add(command);
return await root.Parse(args).InvokeAsync();
