using System.Diagnostics;
using Amity.Storage.Import;
using Amity.Storage.Jobs;
using Amity.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Amity.Tests;

/// <summary>Ingestion jobs shared by real `amity worker` processes: none lost when one is killed, none done twice.</summary>
public class WorkerTests
{
    private static string Readouts => Path.Combine(Paths.Corpus, "readouts", "docs");

    private static readonly string[] Others = ["w2", "w3", "w4"];

    private static DocumentInput Doc(string key, string text) => new(key, key, text, null);

    [Fact]
    public async Task AJobHeldByOneWorkerShouldBeSkippedByAnother()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Postgres);
        await using (var db = database.Context())
        {
            await IngestionJobs.EnqueueAsync(db, [Doc("a.txt", "First."), Doc("b.txt", "Second.")], batchSize: 1);
        }
        var holding = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        await using var first = database.Context();
        await using var second = database.Context();
        var taken = new List<string>();
        var held = IngestionJobs.RunNextAsync(first, "w1", async (_, docs, _) =>
        {
            taken.Add("w1:" + docs[0].Key);
            holding.SetResult();
            await release.Task;
        });
        await holding.Task.WaitAsync(TimeSpan.FromSeconds(30));
        // While w1 holds job 1, w2 takes job 2 at once instead of waiting for it.
        var other = await IngestionJobs.RunNextAsync(second, "w2", (_, docs, _) =>
        {
            taken.Add("w2:" + docs[0].Key);
            return Task.CompletedTask;
        }).WaitAsync(TimeSpan.FromSeconds(10));
        release.SetResult();
        var mine = await held;

        mine.ShouldNotBeNull().Done.ShouldBeTrue();
        other.ShouldNotBeNull().Done.ShouldBeTrue();
        other.JobId.ShouldNotBe(mine.JobId);
        taken.ShouldBe(["w1:a.txt", "w2:b.txt"]);
        await using var check = database.Context();
        (await IngestionJobs.StateAsync(check)).ShouldBe(new QueueState(0, 2, 0));
        (await check.IngestionJobs.OrderBy(j => j.Id).Select(j => j.DoneBy).ToListAsync()).ShouldBe(["w1", "w2"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task AFailedJobShouldStoreNothingAndSayWhy(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.Context())
        {
            // One job holding two different texts under one name, which the document import refuses.
            await IngestionJobs.EnqueueAsync(db, [Doc("same.txt", "One text."), Doc("same.txt", "Another text.")], batchSize: 2);
            await IngestionJobs.EnqueueAsync(db, [Doc("fine.txt", "Fine.")], batchSize: 1);
        }
        await using (var db = database.Context())
        {
            var failed = await IngestionJobs.RunNextAsync(db, "w", (context, docs, token) => DocumentImporter.StoreAsync(context, docs, token));
            failed.ShouldNotBeNull().Done.ShouldBeFalse();
            failed.Error.ShouldNotBeNull().ShouldContain("same.txt");
        }
        await using (var db = database.Context())
        {
            (await IngestionJobs.RunNextAsync(db, "w", (context, docs, token) => DocumentImporter.StoreAsync(context, docs, token))).ShouldNotBeNull().Done.ShouldBeTrue();
            (await IngestionJobs.RunNextAsync(db, "w", (_, _, _) => Task.CompletedTask)).ShouldBeNull();
        }
        await using var check = database.Context();
        (await check.Documents.Select(d => d.Key).ToListAsync()).ShouldBe(["fine.txt"]);
        var job = await check.IngestionJobs.SingleAsync(j => j.FailedAt != null);
        job.Error.ShouldNotBeNull().ShouldContain("same.txt");
        (await IngestionJobs.StateAsync(check)).ShouldBe(new QueueState(0, 1, 1));
    }

    [Fact]
    public async Task KillingAWorkerMidJobShouldLoseNoJobAndTheOthersShouldFinishTheQueue()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Postgres);
        var db = database.Target.Value;
        var dir = Paths.TempFolder();
        var queued = await CliRunner.RunAsync(dir, null, "--db", db, "ingest", "--queue", "--batch", "2", Readouts);
        queued.Exit.ShouldBe(0, queued.Error);
        queued.Out.ShouldContain("queued 40 readouts in 20 jobs");

        // w1 alone until it is inside a job's transaction, then killed there.
        using var w1 = CliRunner.Start(dir, "--db", db, "worker", "--name", "w1", "--poll", "0.2");
        var w1Out = w1.StandardOutput.ReadToEndAsync();
        await WaitUntilInJobAsync(database, "w1", w1);
        w1.Kill(entireProcessTree: true);
        await w1.WaitForExitAsync();
        var doneByW1 = (await w1Out).Split('\n').Count(l => l.StartsWith("job ", StringComparison.Ordinal) && l.Contains("ingested", StringComparison.Ordinal));

        // Three more workers share what is left, and stop when the queue is empty.
        var workers = Others.Select(name => CliRunner.RunAsync(dir, null, "--db", db, "worker", "--name", name, "--until-empty", "--poll", "0.2")).ToList();
        foreach (var run in await Task.WhenAll(workers))
        {
            run.Exit.ShouldBe(0, run.Error + run.Out);
        }

        await using var check = database.Context();
        (await IngestionJobs.StateAsync(check)).ShouldBe(new QueueState(0, 20, 0));
        var jobs = await check.IngestionJobs.ToListAsync();
        jobs.Count(j => j.DoneBy == "w1").ShouldBe(doneByW1, "w1's last job, killed, was done by another worker");
        jobs.Where(j => j.DoneBy != "w1").Select(j => j.DoneBy).ShouldAllBe(w => Others.Contains(w));
        (await check.Documents.CountAsync()).ShouldBe(40);
        // Each readout stored once: one creation in the audit trail each.
        (await check.AuditTrail.CountAsync(a => a.Entity == "Document" && a.Action == "created")).ShouldBe(40);

        // The same registry as one process ingesting everything.
        await using var alone = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        (await CliRunner.RunAsync(dir, null, "--db", alone.Target.Value, "ingest", Readouts)).Exit.ShouldBe(0);
        await using var expected = alone.Context();
        (await check.Engagements.CountAsync()).ShouldBe(await expected.Engagements.CountAsync());
        (await check.Sources.CountAsync()).ShouldBe(await expected.Sources.CountAsync());
    }

    /// <summary>Until the named worker's session has held a transaction open (it has claimed a job) for a moment.</summary>
    private static async Task WaitUntilInJobAsync(TestDatabase database, string worker, Process process)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(90) && !process.HasExited)
        {
            await using var connection = new NpgsqlConnection(database.Target.ConnectionString);
            await connection.OpenAsync();
            await using var query = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = @name AND xact_start IS NOT NULL AND now() - xact_start > interval '300 milliseconds'", connection);
            query.Parameters.AddWithValue("name", $"amity-worker {worker}");
            if ((long)(await query.ExecuteScalarAsync())! > 0)
            {
                return;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"worker {worker} did not take a job within {watch.Elapsed.TotalSeconds:0} s (exited: {process.HasExited})");
    }
}
