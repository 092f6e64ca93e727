using System.CommandLine;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;
using Amity.Domain;
using Amity.Domain.Records;
using Amity.Extraction;
using Amity.Features.Readouts;
using Amity.Storage.Import;
using Spectre.Console;

namespace Amity.Cli;

/// <summary>`amity extract`, `ingest` and `eval`: published readouts to engagement records.</summary>
internal static class ReadoutCommands
{
    private static Argument<string[]> Files() => new("files")
    {
        Description = "Readouts: text or HTML files, folders of them, or - for standard input",
        Arity = ArgumentArity.OneOrMore,
    };

    private static Option<string?> Published() => new("--published")
    {
        Description = "Publication date (YYYY-MM-DD) for readouts that lack one; dates without a year are read against it",
    };

    private static DateOnly? ParsePublished(string? text) =>
        text is null ? null
        : PartialDate.TryParse(text, out var date) && date.Precision == DatePrecision.Day ? date.First
        : throw new DomainException("--published", $"'{text}' is not a day (YYYY-MM-DD)");

    public static Command Extract()
    {
        var files = Files();
        var published = Published();
        var format = new Option<string>("--format") { Description = "jsonl (the annotation format) or table", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "table");
        var command = new Command("extract", "Print the engagements that readouts report, with the passages they cite.");
        command.Arguments.Add(files);
        command.Options.Add(published);
        command.Options.Add(format);
        command.SetAction((parse, cancellationToken) => AmityCommand.Guarded(async () =>
        {
            var extractor = new ReadoutExtractor();
            var table = parse.GetValue(format) == "table"
                ? new Table().AddColumns("document", "kind", "date", "principals", "place", "mode", "confidence")
                : null;
            var (paths, inputs) = ReadoutInputs.Open(parse.GetValue(files)!, ParsePublished(parse.GetValue(published)));
            // One buffered writer, flushed at the end: Console.Out flushes (a system call) on every line.
            await using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
            foreach (var (document, records, lines) in ExtractInOrder(extractor, paths, inputs, jsonLines: table is null, cancellationToken))
            {
                if (table is null)
                {
                    foreach (var line in lines)
                    {
                        await stdout.WriteLineAsync(line);
                    }
                    continue;
                }
                foreach (var record in records)
                {
                    table.AddRow(Markup.Escape(document.Name), record.Kind ?? "", record.Date ?? "", Markup.Escape(Principals(record)),
                        Markup.Escape(record.Place ?? ""), record.Mode ?? "", record.Confidence?.ToString("0.00", CultureInfo.InvariantCulture) ?? "");
                }
            }
            if (table is not null)
            {
                AnsiConsole.Write(table);
            }
            return 0;
        }));
        return command;
    }

    /// <summary>
    /// Reads, extracts and serialises on every core while keeping the documents' order: a bounded batch at a
    /// time, so a corpus of any size streams through in memory proportional to the batch. A file that cannot be
    /// read stops the run before its batch is written, so what precedes it in file order is all that is printed.
    /// </summary>
    private static IEnumerable<(ReadoutDocument Document, IReadOnlyList<EngagementRecord> Records, string[] Lines)> ExtractInOrder(
        ReadoutExtractor extractor, IReadOnlyList<string> paths, ReadoutInputs inputs, bool jsonLines, CancellationToken cancellationToken)
    {
        var batchSize = 32 * Environment.ProcessorCount;
        foreach (var batch in paths.Chunk(batchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var results = new (ReadoutDocument Document, IReadOnlyList<EngagementRecord> Records, string[] Lines)[batch.Length];
            var failures = new Exception?[batch.Length];
            Parallel.For(0, batch.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                try
                {
                    var document = inputs.ReadOne(batch[i]).Document;
                    var records = extractor.Extract(document);
                    results[i] = (document, records, jsonLines ? [.. records.Select(r => r.ToJsonLine())] : []);
                }
                catch (Exception e) when (e is ImportException or DomainException)
                {
                    failures[i] = e;
                }
            });
            if (failures.FirstOrDefault(f => f is not null) is { } failure)
            {
                ExceptionDispatchInfo.Throw(failure);
            }
            foreach (var result in results)
            {
                yield return result;
            }
        }
    }

    public static Command Ingest()
    {
        var files = Files();
        var published = Published();
        var command = new Command("ingest", "Store readouts and the engagements they report, as extracted records awaiting review; a rerun changes nothing.");
        command.Arguments.Add(files);
        command.Options.Add(published);
        command.SetAction((parse, cancellationToken) => AmityCommand.Guarded(async () =>
        {
            var inputs = ReadoutInputs.Read(parse.GetValue(files)!, ParsePublished(parse.GetValue(published))).ToList();
            var database = AmityCommand.Database(parse);
            await database.MigrateAsync(cancellationToken);
            await using var db = database.CreateContext().ForCommandLine();
            var result = await Readouts.IngestAsync(db, inputs, cancellationToken);
            AnsiConsole.MarkupLineInterpolated($"documents: {result.DocumentsAdded} stored, {result.DocumentsUnchanged} already there");
            AnsiConsole.MarkupLineInterpolated($"engagements: {result.RecordsAdded} new or updated, awaiting review; {result.RecordsUnchanged} already there");
            return 0;
        }));
        return command;
    }

    public static Command Eval()
    {
        var files = Files();
        var published = Published();
        var gold = new Option<string>("--gold") { Description = "Gold records (JSON Lines, the annotation format)", Required = true };
        var command = new Command("eval", "Extract from readouts and score against gold records by the annotation guide's matching rules.");
        command.Arguments.Add(files);
        command.Options.Add(gold);
        command.Options.Add(published);
        command.SetAction((parse, cancellationToken) => AmityCommand.Guarded(async () =>
        {
            var expected = RecordImporter.Parse(parse.GetValue(gold)!).Select(r => r.Record).ToList();
            var extractor = new ReadoutExtractor();
            var predicted = ReadoutInputs.Read(parse.GetValue(files)!, ParsePublished(parse.GetValue(published)))
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

    private static string Principals(EngagementRecord record) =>
        string.Join(" — ", record.Participants.Where(p => p.Principal ?? true).Select(p => p.Name ?? p.Title ?? p.Country ?? "?"));

    private static string Brief(EngagementRecord r) =>
        $"{r.Id ?? ""} {r.Kind} {r.Date ?? "undated"} {Principals(r)}{(r.EventName is null ? "" : $" [{r.EventName}]")} @ {string.Join(", ", r.Sources.Select(s => $"{s.Document}:{s.Start}"))}";
}
