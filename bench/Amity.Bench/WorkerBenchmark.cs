using System.Diagnostics;
using System.Globalization;
using System.Text;
using Amity.Storage;
using Amity.Storage.Jobs;
using Npgsql;

namespace Amity.Bench;

/// <summary>
/// Ingestion throughput with 1, 2, 4 ... real `amity worker` processes sharing one PostgreSQL queue: generated
/// readouts are queued (not timed), then the workers run until the queue is empty. The time counts from the
/// workers' start to the last one's exit, so it includes each worker's start-up and first-job warm-up.
/// </summary>
internal static class WorkerBenchmark
{
    public static async Task<int> RunAsync(string server, int megabytes, IReadOnlyList<int> counts, int batch)
    {
        if (server.Length == 0)
        {
            Console.Error.WriteLine("workers: give --server (a PostgreSQL connection string) or AMITY_BENCH_PG");
            return 2;
        }
        var folder = Path.Combine(Path.GetTempPath(), $"amity-bench-workers-{megabytes}mb-dated");
        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
            var generator = new ReadoutGenerator(seed: 11);
            long written = 0;
            // documents.json beside the files gives each its publication date, as in the corpus.
            var catalogue = new System.Text.Json.Nodes.JsonObject();
            for (var i = 0; written < megabytes * 1_000_000L; i++)
            {
                var (text, published) = generator.Next();
                var file = $"doc{i:D7}.txt";
                await File.WriteAllTextAsync(Path.Combine(folder, file), text);
                catalogue[file] = new System.Text.Json.Nodes.JsonObject { ["published"] = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
                written += Encoding.UTF8.GetByteCount(text);
            }
            await File.WriteAllTextAsync(Path.Combine(folder, "documents.json"), catalogue.ToJsonString());
        }
        var files = Directory.GetFiles(folder, "*.txt");
        var bytes = files.Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"{files.Length} generated readouts, {bytes / 1e6:0.00} MB, jobs of {batch}; {Environment.ProcessorCount} cores");
        Console.WriteLine("| workers | elapsed | readouts/s | MB/s | speed-up |");
        Console.WriteLine("|---|---|---|---|---|");
        double? single = null;
        foreach (var n in counts)
        {
            var name = $"amity_bench_workers_{n}";
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            await ExecuteAsync(server, $"CREATE DATABASE {name}");
            var target = new DatabaseTarget(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
            await target.MigrateAsync();
            var queued = await AmityAsync("--db", target.Value, "ingest", "--queue", "--batch", batch.ToString(CultureInfo.InvariantCulture), folder);
            if (queued != 0)
            {
                return queued;
            }
            var clock = Stopwatch.StartNew();
            var exits = await Task.WhenAll(Enumerable.Range(1, n).Select(w => AmityAsync("--db", target.Value, "worker", "--name", $"bench-{w}", "--until-empty", "--poll", "0.2")));
            var seconds = clock.Elapsed.TotalSeconds;
            await using (var db = target.CreateContext())
            {
                var state = await IngestionJobs.StateAsync(db);
                if (exits.Any(e => e != 0) || state.Waiting > 0 || state.Failed > 0)
                {
                    Console.Error.WriteLine($"workers: {n} workers left {state.Waiting} jobs waiting and {state.Failed} failed");
                    return 1;
                }
            }
            single ??= seconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {n} | {seconds:0.0} s | {files.Length / seconds:0} | {bytes / 1e6 / seconds:0.00} | {single.Value / seconds:0.00}x |"));
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
        return 0;
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs the amity command built beside this benchmark, its output discarded.</summary>
    private static async Task<int> AmityAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "amity.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        // As the amity script runs batch commands: compiled once, not tiered.
        start.Environment["DOTNET_TieredCompilation"] = "0";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine(await output + await error);
        }
        return process.ExitCode;
    }
}
