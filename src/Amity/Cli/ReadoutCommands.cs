using System.CommandLine;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;
using Amity.Domain;
using Amity.Domain.Records;
using Amity.Extraction;
using Amity.Features.Readouts;
using Amity.ReadoutFiles;
using Amity.Storage.Import;
using Amity.Storage.Jobs;
using Spectre.Console;

namespace Amity.Cli;

/// <summary>`amity extract`, `ingest` and `eval`: published readouts to engagement records.</summary>
internal static class ReadoutCommands
{
    public static Command Extract() => ExtractCommand.Create();

    public static Command Ingest()
    {
        var files = ExtractCommand.Files();
        var published = ExtractCommand.Published();
        var command = new Command("ingest", "Store readouts and the engagements they report, as extracted records awaiting review; a rerun changes nothing.");
        var restricted = new Option<bool>("--restricted") { Description = "Store the readouts restricted, and the records known only from restricted readouts" };
        var queue = new Option<bool>("--queue") { Description = "Queue the readouts as jobs for `amity worker` processes instead of ingesting them here" };
        var batch = new Option<int>("--batch") { Description = "Readouts per queued job", DefaultValueFactory = _ => 50 };
        batch.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--batch: a job holds at least one readout");
            }
        });
        command.Arguments.Add(files);
        command.Options.Add(published);
        command.Options.Add(restricted);
        command.Options.Add(queue);
        command.Options.Add(batch);
        command.SetAction((parse, cancellationToken) => AmityCommand.Guarded(async () =>
        {
            var mark = parse.GetValue(restricted);
            var inputs = ReadoutInputs.Read(parse.GetValue(files)!, ExtractCommand.ParsePublished(parse.GetValue(published)))
                .Select(r => (Input: r.Input with { Restricted = r.Input.Restricted || mark }, r.Document)).ToList();
            var database = AmityCommand.Database(parse);
            await database.MigrateAsync(cancellationToken);
            await using var db = database.CreateContext().ForCommandLine();
            if (parse.GetValue(queue))
            {
                var jobs = await IngestionJobs.EnqueueAsync(db, inputs.Select(i => i.Input).ToList(), parse.GetValue(batch), cancellationToken);
                AnsiConsole.MarkupLineInterpolated($"queued {inputs.Count} readouts in {jobs} jobs for `amity worker`");
                return 0;
            }
            var result = await Readouts.IngestAsync(db, inputs, cancellationToken);
            AnsiConsole.MarkupLineInterpolated($"documents: {result.DocumentsAdded} stored, {result.DocumentsUnchanged} already there");
            AnsiConsole.MarkupLineInterpolated($"engagements: {result.RecordsAdded} new or updated, awaiting review; {result.RecordsUnchanged} already there");
            return 0;
        }));
        return command;
    }

    public static Command Eval()
    {
        var files = ExtractCommand.Files();
        var published = ExtractCommand.Published();
        var gold = new Option<string>("--gold") { Description = "Gold records (JSON Lines, the annotation format)", Required = true };
        var command = new Command("eval", "Extract from readouts and score against gold records by the annotation guide's matching rules.");
        command.Arguments.Add(files);
        command.Options.Add(gold);
        command.Options.Add(published);
        command.SetAction((parse, cancellationToken) => AmityCommand.Guarded(async () =>
        {
            var expected = RecordImporter.Parse(parse.GetValue(gold)!).Select(r => r.Record).ToList();
            var extractor = new ReadoutExtractor();
            var predicted = ReadoutInputs.Read(parse.GetValue(files)!, ExtractCommand.ParsePublished(parse.GetValue(published)))
                .SelectMany(i => extractor.Extract(i.Document))
                .ToList();
            var report = Evaluation.Score(expected, predicted);
            var stdout = Console.Out;
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"gold {report.GoldCount}, predicted {report.PredictedCount}, matched {report.Matched}"));
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"precision {report.Precision:0.000}  recall {report.Recall:0.000}  F1 {report.F1:0.000}"));
            foreach (var (attribute, score) in report.Attributes)
            {
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{attribute} accuracy {score.Accuracy:0.000} ({score.Correct}/{score.Compared})"));
            }
            await stdout.WriteLineAsync($"misses ({report.Misses.Count}):");
            foreach (var miss in report.Misses)
            {
                await stdout.WriteLineAsync("  " + Brief(miss));
            }
            await stdout.WriteLineAsync($"false alarms ({report.FalseAlarms.Count}):");
            foreach (var alarm in report.FalseAlarms)
            {
                await stdout.WriteLineAsync("  " + Brief(alarm));
            }
            await stdout.WriteLineAsync($"attribute errors ({report.AttributeErrors.Count}):");
            foreach (var error in report.AttributeErrors)
            {
                await stdout.WriteLineAsync("  " + error);
            }
            return 0;
        }));
        return command;
    }

    private static string Brief(EngagementRecord r) =>
        $"{r.Id ?? ""} {r.Kind} {r.Date ?? "undated"} {ExtractCommand.Principals(r)}{(r.EventName is null ? "" : $" [{r.EventName}]")} @ {string.Join(", ", r.Sources.Select(s => $"{s.Document}:{s.Start}"))}";
}
