using System.CommandLine;
using Amity.Domain;
using Amity.Features.Accounts;
using Amity.ReadoutFiles;
using Amity.Storage;
using Amity.Storage.Import;
using Amity.Web;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Amity.Cli;

/// <summary>The one entry point: every capability is a subcommand of `amity`.</summary>
public static class AmityCommand
{
    internal static readonly Option<string> DbOption = new("--db")
    {
        Description = "SQLite file, or a PostgreSQL connection string (Host=...;Database=...;Username=...) or postgres:// URL",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("AMITY_DB") ?? DatabaseTarget.DefaultPath,
        Recursive = true,
    };

    private static readonly Option<string> UrlOption = new("--url")
    {
        Description = "Address to serve on",
        DefaultValueFactory = _ => AmityWebHost.DefaultUrl,
    };

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Amity: the system of record for people-to-people diplomacy.");
        root.Options.Add(DbOption);
        root.Subcommands.Add(ServeCommand());
        root.Subcommands.Add(DemoCommand());
        root.Subcommands.Add(ImportCommand());
        root.Subcommands.Add(ExportCommand());
        root.Subcommands.Add(ReadoutCommands.Extract());
        root.Subcommands.Add(ReadoutCommands.Ingest());
        root.Subcommands.Add(ReadoutCommands.Eval());
        root.Subcommands.Add(WorkerCommands.Worker());
        root.Subcommands.Add(WorkerCommands.Jobs());
        root.Subcommands.Add(MigrateCommand());
        root.Subcommands.Add(UserCommands.Create());
        root.Subcommands.Add(BackupCommand());
        root.Subcommands.Add(RestoreCommand());
        return await root.Parse(args).InvokeAsync();
    }

    public const string DemoAdministrator = "admin";

    internal static DatabaseTarget Database(ParseResult parse) => new(parse.GetValue(DbOption)!);

    /// <summary>Runs a command body, turning rejected input into a clear message and a non-zero exit.</summary>
    internal static async Task<int> Guarded(Func<Task<int>> body)
    {
        try
        {
            return await ExtractCommand.Guarded(body);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException e)
        {
            await Console.Error.WriteLineAsync($"error: the database refused the change ({e.InnerException?.Message ?? e.Message}); nothing was stored.");
            return 2;
        }
    }

    private static Command ServeCommand()
    {
        var command = new Command("serve", "Serve the UI and the REST API.");
        command.Options.Add(UrlOption);
        command.SetAction((parse, cancellationToken) => Guarded(async () =>
        {
            var database = Database(parse);
            await database.MigrateAsync(cancellationToken);
            await ServeAsync(database, parse.GetValue(UrlOption)!, cancellationToken);
            return 0;
        }));
        return command;
    }

    private static async Task ServeAsync(DatabaseTarget database, string url, CancellationToken cancellationToken)
    {
        using var host = AmityWebHost.CreateHostBuilder(database, url).Build();
        await host.StartAsync(cancellationToken);
        AnsiConsole.MarkupLineInterpolated($"Amity is serving [bold]{url}[/] from {database.Describe()}. Press Ctrl+C to stop.");
        await host.WaitForShutdownAsync(cancellationToken);
    }

    private static Command DemoCommand()
    {
        var samplesOption = new Option<string?>("--samples") { Description = "The sample corpus folder (default: the repository's samples/)" };
        var noServe = new Option<bool>("--no-serve") { Description = "Load the samples and exit" };
        var command = new Command("demo", "Create the database, load the sample corpus and serve it.");
        command.Options.Add(samplesOption);
        command.Options.Add(noServe);
        command.Options.Add(UrlOption);
        command.SetAction((parse, cancellationToken) => Guarded(async () =>
        {
            var database = Database(parse);
            var samples = parse.GetValue(samplesOption) ?? FindSamples()
                ?? throw new ImportException(new InputProblem("samples", 0, null, "the sample corpus was not found; pass --samples DIR"));
            await database.MigrateAsync(cancellationToken);
            await using (var db = database.CreateContext().ForCommandLine())
            {
                var seeded = await SeedLoader.LoadAsync(db, Path.Combine(samples, "seed.json"), TimeProvider.System, cancellationToken);
                var documents = await DocumentImporter.ImportAsync(db, [Path.Combine(samples, "readouts")], cancellationToken);
                var records = await RecordImporter.ImportFileAsync(db, Path.Combine(samples, "engagements.jsonl"), Verification.Verified, cancellationToken);
                var table = new Table().AddColumns("Loaded from " + samples, "New", "Already there");
                table.AddRow("seed (organisations, people, mechanisms, relationships, delegations)", $"{seeded}", "");
                table.AddRow("readouts", $"{documents.DocumentsAdded}", $"{documents.Unchanged}");
                table.AddRow("engagement records", $"{records.Added}", $"{records.Unchanged}");
                AnsiConsole.Write(table);
            }
            await using (var db = database.CreateContext().ForCommandLine())
            {
                // A demo administrator with a fresh password each run, printed once.
                var password = Accounts.NewPassword();
                if (await db.Accounts.SingleOrDefaultAsync(a => a.UserName == DemoAdministrator, cancellationToken) is { } admin)
                {
                    Accounts.ResetPassword(admin, password);
                    admin.Enable();
                    await db.SaveChangesAsync(cancellationToken);
                }
                else
                {
                    await Accounts.AddAsync(db, DemoAdministrator, Role.Administrator, password, DateTime.UtcNow, "Demo administrator", cleared: true, cancellationToken);
                }
                AnsiConsole.MarkupLineInterpolated($"Sign in as [bold]{DemoAdministrator}[/] with the password [bold]{password}[/]");
            }
            var url = parse.GetValue(UrlOption)!;
            if (parse.GetValue(noServe))
            {
                return 0;
            }
            AnsiConsole.MarkupLineInterpolated($"Open [link]{url}/engagements[/] or try: curl {url}/api/v1/engagements");
            await ServeAsync(database, url, cancellationToken);
            return 0;
        }));
        return command;
    }

    /// <summary>The repository's samples/ folder, looked for above the working directory and the program.</summary>
    private static string? FindSamples()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples");
                if (File.Exists(Path.Combine(candidate, "seed.json")))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static Command ImportCommand()
    {
        var files = new Argument<string[]>("files") { Description = "Engagement records (.jsonl) or text documents and folders of them", Arity = ArgumentArity.OneOrMore };
        var verification = new Option<string>("--verification")
        {
            Description = "Review state of imported records that do not carry one (extracted, verified)",
            DefaultValueFactory = _ => "verified",
        };
        var load = new Option<bool>("--load")
        {
            Description = "Load an archive in bulk: on PostgreSQL the engagement tables' indexes and keys are rebuilt once at the end "
                + "(faster for large files; readers wait until it commits)",
        };
        var command = new Command("import", "Import engagement records (.jsonl) or documents; importing the same input twice changes nothing.");
        command.Arguments.Add(files);
        command.Options.Add(verification);
        command.Options.Add(load);
        command.SetAction((parse, cancellationToken) => Guarded(async () =>
        {
            var database = Database(parse);
            var paths = parse.GetValue(files)!;
            var state = Codes.Parse<Verification>(parse.GetValue(verification)!, "--verification");
            var recordFiles = paths.Where(p => p.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)).ToList();
            var documentPaths = paths.Except(recordFiles).ToList();
            // Parse every record file before the first write, so a bad line in the last file stores nothing.
            var parsed = recordFiles.SelectMany(f => RecordImporter.Parse(f).Select(r => r.Record)).ToList();
            foreach (var path in documentPaths.Where(p => !File.Exists(p) && !Directory.Exists(p)))
            {
                throw new ImportException(new InputProblem(path, 0, null, "no such file or folder"));
            }
            await database.MigrateAsync(cancellationToken);
            await using var db = database.CreateContext().ForCommandLine();
            if (documentPaths.Count > 0)
            {
                var documents = await DocumentImporter.ImportAsync(db, documentPaths, cancellationToken);
                AnsiConsole.MarkupLineInterpolated($"documents: {documents.DocumentsAdded} stored, {documents.Unchanged} already there");
            }
            if (recordFiles.Count > 0)
            {
                var records = parse.GetValue(load)
                    ? await RecordImporter.LoadAsync(db, parsed, state, cancellationToken)
                    : await RecordImporter.ImportAsync(db, parsed, state, cancellationToken: cancellationToken);
                AnsiConsole.MarkupLineInterpolated($"engagements: {records.Added} added, {records.Unchanged} already there");
            }
            return 0;
        }));
        return command;
    }

    private static Command ExportCommand()
    {
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl");
        var output = new Option<string?>("--output", "-o") { Description = "File to write (default: standard output)" };
        var open = new Option<bool>("--without-restricted") { Description = "Leave out restricted engagements, and passages of restricted documents (for sharing)" };
        var command = new Command("export", "Write the registry's engagements as records of the annotation format.");
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(open);
        command.SetAction((parse, cancellationToken) => Guarded(async () =>
        {
            var database = Database(parse);
            await database.MigrateAsync(cancellationToken);
            await using var db = database.CreateContext().ForCommandLine();
            db.SeesRestricted = !parse.GetValue(open);
            var path = parse.GetValue(output);
            await using var writer = path is null ? Console.Out : new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
            var count = await RecordExporter.ExportAsync(db, writer, cancellationToken);
            if (path is not null)
            {
                AnsiConsole.MarkupLineInterpolated($"{count} engagements written to {path}");
            }
            return 0;
        }));
        return command;
    }

    private static Command MigrateCommand()
    {
        var command = new Command("migrate", "Create the database or upgrade it to the latest schema.");
        command.SetAction((parse, cancellationToken) => Guarded(async () =>
        {
            var database = Database(parse);
            await database.MigrateAsync(cancellationToken);
            AnsiConsole.MarkupLineInterpolated($"{database.Describe()} is up to date.");
            return 0;
        }));
        return command;
    }

    private static Command BackupCommand()
    {
        var file = new Argument<string>("file") { Description = "Where to write the backup (never overwritten)" };
        var command = new Command("backup", "Write a consistent copy of the registry while it runs (SQLite: VACUUM INTO; PostgreSQL: pg_dump).");
        command.Arguments.Add(file);
        command.SetAction((parse, cancellationToken) => Guarded(async () =>
        {
            var database = Database(parse);
            await Backups.BackupAsync(database, parse.GetValue(file)!, cancellationToken);
            AnsiConsole.MarkupLineInterpolated($"Backed up {database.Describe()} to {parse.GetValue(file)}.");
            return 0;
        }));
        return command;
    }

    private static Command RestoreCommand()
    {
        var file = new Argument<string>("file") { Description = "A backup written by amity backup" };
        var force = new Option<bool>("--force") { Description = "Replace the registry that is there now" };
        var command = new Command("restore", "Replace the registry with a backup and upgrade it to the current schema (stop the server first).");
        command.Arguments.Add(file);
        command.Options.Add(force);
        command.SetAction((parse, cancellationToken) => Guarded(async () =>
        {
            var database = Database(parse);
            var exists = database.IsPostgres || File.Exists(database.Value);
            if (exists && !parse.GetValue(force))
            {
                throw new DomainException("--force", $"{database.Describe()} would be replaced by the backup; add --force to do that");
            }
            await Backups.RestoreAsync(database, parse.GetValue(file)!, cancellationToken);
            AnsiConsole.MarkupLineInterpolated($"Restored {database.Describe()} from {parse.GetValue(file)}.");
            return 0;
        }));
        return command;
    }
}
