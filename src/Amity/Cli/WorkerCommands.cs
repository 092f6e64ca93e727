using System.CommandLine;
using System.Diagnostics;
using Amity.Features.Readouts;
using Amity.Storage;
using Amity.Storage.Jobs;
using Npgsql;
using Spectre.Console;

namespace Amity.Cli;

/// <summary>`amity worker` and `amity jobs`: ingestion jobs shared by any number of worker processes.</summary>
internal static class WorkerCommands
{
    public static Command Worker()
    {
        var name = new Option<string>("--name") { Description = "The worker's name, recorded on the jobs it does", DefaultValueFactory = _ => $"{Environment.MachineName}-{Environment.ProcessId}" };
        var untilEmpty = new Option<bool>("--until-empty") { Description = "Stop when no job is waiting instead of waiting for more" };
        var poll = new Option<double>("--poll") { Description = "Seconds between looks at an empty queue", DefaultValueFactory = _ => 2 };
        var command = new Command("worker", "Take ingestion jobs queued by `amity ingest --queue` and ingest them, until stopped.");
        command.Options.Add(name);
        command.Options.Add(untilEmpty);
        command.Options.Add(poll);
        command.SetAction((parse, cancellationToken) => AmityCommand.Guarded(async () =>
        {
            var worker = parse.GetValue(name)!;
            var database = Named(AmityCommand.Database(parse), worker);
            await database.MigrateAsync(cancellationToken);
            var delay = TimeSpan.FromSeconds(Math.Max(0.05, parse.GetValue(poll)));
            int done = 0, failed = 0;
            while (!cancellationToken.IsCancellationRequested)
            {
                // A fresh context a job: nothing one job tracked weighs on the next.
                await using var db = database.CreateContext().ForCommandLine();
                db.Actor = $"worker {worker}";
                var clock = Stopwatch.StartNew();
                var outcome = await IngestionJobs.RunNextAsync(db, worker, Readouts.IngestQueuedAsync, cancellationToken);
                if (outcome is null)
                {
                    if (parse.GetValue(untilEmpty))
                    {
                        break;
                    }
                    await Task.Delay(delay, cancellationToken);
                    continue;
                }
                if (outcome.Done)
                {
                    done++;
                    AnsiConsole.MarkupLineInterpolated($"job {outcome.JobId}: {outcome.Documents} readouts ingested in {clock.Elapsed.TotalSeconds:0.0} s");
                }
                else
                {
                    failed++;
                    AnsiConsole.MarkupLineInterpolated($"[red]job {outcome.JobId} failed[/]: {outcome.Error}");
                }
            }
            AnsiConsole.MarkupLineInterpolated($"worker {worker}: {done} jobs done, {failed} failed");
            return failed > 0 ? 1 : 0;
        }));
        return command;
    }

    public static Command Jobs()
    {
        var command = new Command("jobs", "Show the ingestion queue: jobs waiting, done and failed.");
        command.SetAction((parse, cancellationToken) => AmityCommand.Guarded(async () =>
        {
            var database = AmityCommand.Database(parse);
            await database.MigrateAsync(cancellationToken);
            await using var db = database.CreateContext();
            var state = await IngestionJobs.StateAsync(db, cancellationToken);
            AnsiConsole.MarkupLineInterpolated($"waiting {state.Waiting}, done {state.Done}, failed {state.Failed}");
            return 0;
        }));
        return command;
    }

    /// <summary>On PostgreSQL the worker's connections carry its name, so an operator sees in pg_stat_activity who holds which job.</summary>
    private static DatabaseTarget Named(DatabaseTarget database, string worker) =>
        database.IsPostgres
            ? new DatabaseTarget(new NpgsqlConnectionStringBuilder(database.ConnectionString) { ApplicationName = $"amity-worker {worker}" }.ConnectionString)
            : database;
}
