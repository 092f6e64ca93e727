using System.Text.Json;
using Amity.Storage.Import;
using Microsoft.EntityFrameworkCore;

namespace Amity.Storage.Jobs;

/// <summary>What became of the job a worker took.</summary>
public sealed record JobOutcome(long JobId, int Documents, bool Done, string? Error);

/// <summary>Counts of the queue's jobs.</summary>
public sealed record QueueState(int Waiting, int Done, int Failed);

/// <summary>
/// The ingestion queue: batches of readouts stored as jobs, taken by any number of workers. On PostgreSQL a worker
/// claims the oldest waiting job with <c>FOR UPDATE SKIP LOCKED</c>, so workers on any machine never take the same
/// job; the job's work and its done-mark commit in one transaction. On SQLite a transaction holds the write lock
/// from its start, so workers there take turns.
/// </summary>
public static class IngestionJobs
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Queues the documents in jobs of at most <paramref name="batchSize"/>; returns the number of jobs.</summary>
    public static async Task<int> EnqueueAsync(AmityDb db, IReadOnlyList<DocumentInput> documents, int batchSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var at = db.Clock.GetUtcNow().UtcDateTime;
        var jobs = documents.Chunk(batchSize).Select(batch => new IngestionJob(JsonSerializer.Serialize(batch, Json), batch.Length, at)).ToList();
        db.IngestionJobs.AddRange(jobs);
        await db.SaveChangesAsync(cancellationToken);
        return jobs.Count;
    }

    public static async Task<QueueState> StateAsync(AmityDb db, CancellationToken cancellationToken = default)
    {
        var counts = await db.IngestionJobs
            .GroupBy(j => j.DoneAt != null ? 1 : j.FailedAt != null ? 2 : 0)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Of(int key) => counts.FirstOrDefault(c => c.Key == key)?.Count ?? 0;
        return new QueueState(Of(0), Of(1), Of(2));
    }

    /// <summary>
    /// Takes the oldest waiting job and does it: <paramref name="work"/> runs inside the job's transaction and the
    /// job is marked done with it. A job whose work throws is rolled back and marked failed with the reason. Null
    /// when no job is waiting (or every waiting one is being worked on).
    /// </summary>
    public static async Task<JobOutcome?> RunNextAsync(
        AmityDb db, string worker, Func<AmityDb, IReadOnlyList<DocumentInput>, CancellationToken, Task> work, CancellationToken cancellationToken = default)
    {
        IngestionJob? job;
        List<DocumentInput> documents;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            job = (await db.IngestionJobs.FromSqlRaw(ClaimSql(db)).AsTracking().ToListAsync(cancellationToken)).FirstOrDefault();
            if (job is null)
            {
                return null;
            }
            documents = JsonSerializer.Deserialize<List<DocumentInput>>(job.Payload, Json) ?? [];
            try
            {
                await work(db, documents, cancellationToken);
                job.MarkDone(worker, db.Clock.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new JobOutcome(job.Id, documents.Count, true, null);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                var failed = await db.IngestionJobs.AsTracking().SingleAsync(j => j.Id == job.Id, cancellationToken);
                var reason = e is ImportException ? e.Message : e.GetBaseException().Message;
                failed.MarkFailed(reason, db.Clock.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(cancellationToken);
                return new JobOutcome(job.Id, documents.Count, false, reason);
            }
        }
    }

    private static string ClaimSql(AmityDb db) => db.IsPostgres
        ? """SELECT * FROM "IngestionJobs" WHERE "DoneAt" IS NULL AND "FailedAt" IS NULL ORDER BY "Id" LIMIT 1 FOR UPDATE SKIP LOCKED"""
        : """SELECT * FROM "IngestionJobs" WHERE "DoneAt" IS NULL AND "FailedAt" IS NULL ORDER BY "Id" LIMIT 1""";
}
