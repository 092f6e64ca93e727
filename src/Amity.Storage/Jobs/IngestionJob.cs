namespace Amity.Storage.Jobs;

/// <summary>
/// A batch of readouts waiting to be ingested by an <c>amity worker</c>. A worker holds the job's row lock while it
/// works, and marks it done in the same transaction as the records it stores: a worker killed mid-job leaves the
/// job waiting for the next one, and a job is never done twice.
/// </summary>
public sealed class IngestionJob
{
    private IngestionJob()
    {
        Payload = "";
    }

    public IngestionJob(string payload, int documentCount, DateTime queuedAt)
    {
        Payload = payload;
        DocumentCount = documentCount;
        QueuedAt = queuedAt;
    }

    public long Id { get; private set; }

    /// <summary>The documents as JSON (<see cref="IngestionJobs"/> writes and reads it).</summary>
    public string Payload { get; private set; }

    public int DocumentCount { get; private set; }
    public DateTime QueuedAt { get; private set; }

    /// <summary>When a worker committed the job's records, and which worker.</summary>
    public DateTime? DoneAt { get; private set; }
    public string? DoneBy { get; private set; }

    /// <summary>Why the job could not be done (bad input); a failed job is not taken again.</summary>
    public string? Error { get; private set; }
    public DateTime? FailedAt { get; private set; }

    internal void MarkDone(string worker, DateTime at)
    {
        DoneBy = worker;
        DoneAt = at;
    }

    internal void MarkFailed(string error, DateTime at)
    {
        Error = error.Length > 4000 ? error[..4000] : error;
        FailedAt = at;
    }
}
