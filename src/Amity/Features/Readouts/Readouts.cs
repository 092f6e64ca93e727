using Amity.Cli;
using Amity.Domain;
using Amity.Extraction;
using Amity.ReadoutFiles;
using Amity.Storage;
using Amity.Storage.Import;
using Microsoft.EntityFrameworkCore;

namespace Amity.Features.Readouts;

/// <summary>What an ingestion stored: documents new and already there, records new or updated and already there.</summary>
public sealed record IngestResult(int DocumentsAdded, int DocumentsUnchanged, int RecordsAdded, int RecordsUnchanged);

/// <summary>A stored readout and how many engagement records cite it, and how many of those await review.</summary>
public sealed record ReadoutSummary(long Id, string Key, string? Title, string? Publisher, DateOnly? Published, int Records, int Pending, bool Restricted);

/// <summary>
/// Published readouts into the registry, the same way from `amity ingest`, the upload page and the API: each
/// document stored as a source, the engagements it reports stored as extracted records awaiting review.
/// </summary>
public static class Readouts
{
    /// <summary>The largest readout the upload page and the API take; a digest of a month's posts fits well inside.</summary>
    public const int MaxUploadBytes = 5 * 1024 * 1024;

    /// <summary>Stores the documents and their records in one go; a rerun changes nothing.</summary>
    public static async Task<IngestResult> IngestAsync(AmityDb db, IReadOnlyList<(DocumentInput Input, ReadoutDocument Document)> readouts, CancellationToken cancellationToken)
    {
        // Names resolve against the registry's people, with the title each held that day.
        var extractor = new ReadoutExtractor(new ExtractionOptions { Directory = await RegistryDirectory.LoadAsync(db, cancellationToken) });
        // Reports of the same engagement in different readouts become one record with all their sources.
        var records = RecordMerger.Merge(readouts.SelectMany(r => extractor.Extract(r.Document)));
        // The documents and their records commit together (or with the ingestion job that runs this).
        await using var transaction = await db.OwnTransactionAsync(cancellationToken);
        var documents = await DocumentImporter.StoreAsync(db, readouts.Select(r => r.Input).ToList(), cancellationToken);
        var result = await RecordImporter.ImportAsync(db, records, Verification.Extracted, RecordMerger.Same, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return new IngestResult(documents.DocumentsAdded, documents.Unchanged, result.Added, result.Unchanged);
    }

    /// <summary>Ingests documents a worker took from the queue, queued as <see cref="ReadoutInputs"/> prepared them.</summary>
    public static Task<IngestResult> IngestQueuedAsync(AmityDb db, IReadOnlyList<DocumentInput> documents, CancellationToken cancellationToken) =>
        IngestAsync(db, documents.Select(d => (d, new ReadoutDocument(d.Key, d.Text, d.Info?.Published, d.Info?.Publisher, d.Info?.Url))).ToList(), cancellationToken);

    /// <summary>
    /// One uploaded readout (text or HTML) checked and ingested; problems are reported by form field and store nothing.
    /// </summary>
    /// <param name="restricted">Store the readout restricted, and with it the records known only from restricted readouts.</param>
    public static async Task<(IngestResult Result, string Document)> UploadAsync(AmityDb db, IFormFile? file, string? published, bool restricted, CancellationToken cancellationToken)
    {
        var check = new InputCheck();
        // Who is not cleared could not see what they restricted.
        check.Require(!restricted || db.SeesRestricted, "restricted", "only accounts cleared for restricted records can store one");
        check.Require(file is { Length: > 0 }, "file", "choose a readout file (text or HTML) to upload");
        check.Require(file is null || file.Length <= MaxUploadBytes, "file", $"the file is {file?.Length / 1024 / 1024.0:0.0} MB; the largest readout taken is {MaxUploadBytes / 1024 / 1024} MB");
        var name = file is null ? "" : Path.GetFileName(file.FileName.Replace('\\', '/'));
        check.Require(file is null || Allowed.Contains(Path.GetExtension(name).ToLowerInvariant()), "file", $"'{name}' is not a readout: upload a .txt, .html or .htm file");
        DateOnly? day = null;
        if (!string.IsNullOrWhiteSpace(published))
        {
            var ok = PartialDate.TryParse(published.Trim(), out var date) && date.Precision == DatePrecision.Day;
            check.Require(ok, "published", $"'{published}' is not a day (YYYY-MM-DD)");
            day = ok ? date.First : null;
        }
        check.ThrowIfAny();
        using var buffer = new MemoryStream();
        await file!.CopyToAsync(buffer, cancellationToken);
        try
        {
            var raw = TextFiles.DecodeUtf8(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), name);
            var (input, document) = ReadoutInputs.Prepare(name, name, raw, null, day);
            return (await IngestAsync(db, [(input with { Restricted = restricted }, document)], cancellationToken), name);
        }
        catch (ImportException e)
        {
            throw InputException.Of("file", string.Join("; ", e.Problems.Select(p => p.ToString())));
        }
    }

    /// <summary>The readouts stored most recently first.</summary>
    public static async Task<IReadOnlyList<ReadoutSummary>> RecentAsync(AmityDb db, int count, CancellationToken cancellationToken)
    {
        var documents = await db.Documents.OrderByDescending(d => d.Id).Take(count)
            .Select(d => new { d.Id, d.Key, d.Title, d.Publisher, d.Published, d.Restricted }).ToListAsync(cancellationToken);
        var ids = documents.Select(d => d.Id).ToList();
        // Counted from the sources of these documents (indexed), not by testing every engagement against each.
        var counts = await db.Sources.Where(s => ids.Contains(s.DocumentId))
            .Join(db.Engagements, s => s.EngagementId, e => e.Id, (s, e) => new { s.DocumentId, e.Id, e.Verification })
            .Distinct()
            .GroupBy(x => x.DocumentId)
            .Select(g => new { Document = g.Key, Records = g.Count(), Awaiting = g.Count(x => x.Verification == Verification.Extracted) })
            .ToDictionaryAsync(x => x.Document, cancellationToken);
        return documents.Select(d => new ReadoutSummary(d.Id, d.Key, d.Title, d.Publisher, d.Published,
            counts.GetValueOrDefault(d.Id)?.Records ?? 0, counts.GetValueOrDefault(d.Id)?.Awaiting ?? 0, d.Restricted)).ToList();
    }

    private static readonly HashSet<string> Allowed = [".txt", ".text", ".html", ".htm"];
}
