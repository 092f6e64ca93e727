using System.CommandLine;
using Amity.ReadoutFiles;

// Invoked as the amity script passes it: `amity-extract extract FILES... [options]`.
var root = new RootCommand("Amity's readout extractor, compiled to native code.");
root.Subcommands.Add(ExtractCommand.Create());
return await root.Parse(args).InvokeAsync();
