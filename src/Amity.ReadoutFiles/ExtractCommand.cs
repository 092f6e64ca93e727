using System.CommandLine;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;
using Amity.Domain;
using Amity.Domain.Records;
using Amity.Extraction;
using Amity.Storage.Import;
using Spectre.Console;

namespace Amity.ReadoutFiles;

/// <summary>
/// `amity extract`: readouts to the engagement records they report. Defined once, run by the amity host and by
/// the natively compiled extractor that the amity script prefers for it (no start-up or JIT cost).
/// </summary>
public static class ExtractCommand
{
    public static Argument<string[]> Files() => new("files")
    {
        Description = "Readouts: text or HTML files, folders of them, or - for standard input",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string?> Published() => new("--published")
    {
        Description = "Publication date (YYYY-MM-DD) for readouts that lack one; dates without a year are read against it",
    };

    public static DateOnly? ParsePublished(string? text) =>
        text is null ? null
        : PartialDate.TryParse(text, out var date) && date.Precision == DatePrecision.Day ? date.First
        : throw new DomainException("--published", $"'{text}' is not a day (YYYY-MM-DD)");

    /// <summary>Runs a command body, turning rejected input into a clear message and a non-zero exit.</summary>
    public static async Task<int> Guarded(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (ImportException e)
        {
            foreach (var problem in e.Problems)
            {
                await Console.Error.WriteLineAsync($"error: {problem}");
            }
            await Console.Error.WriteLineAsync("Nothing was stored.");
            return 1;
        }
        catch (DomainException e)
        {
            await Console.Error.WriteLineAsync($"error: field '{e.Field}': {e.Message}");
            return 1;
        }
    }

    public static Command Create()
    {
        var files = Files();
        var published = Published();
        var format = new Option<string>("--format") { Description = "jsonl (the annotation format) or table", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "table");
        var command = new Command("extract", "Print the engagements that readouts report, with the passages they cite.");
        command.Arguments.Add(files);
        command.Options.Add(published);
        command.Options.Add(format);
        command.SetAction((parse, cancellationToken) => Guarded(async () =>
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

    /// <summary>Who a record is between, for a line of a table or a report.</summary>
    public static string Principals(EngagementRecord record) =>
        string.Join(" — ", record.Participants.Where(p => p.Principal ?? true).Select(p => p.Name ?? p.Title ?? p.Country ?? "?"));

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
}
