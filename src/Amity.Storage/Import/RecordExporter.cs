using Amity.Domain;
using Amity.Domain.Records;
using Microsoft.EntityFrameworkCore;

namespace Amity.Storage.Import;

/// <summary>Writes the registry's engagements back as records of the annotation guide's format.</summary>
public static class RecordExporter
{
    public static async Task<int> ExportAsync(AmityDb db, TextWriter writer, CancellationToken cancellationToken = default)
    {
        var count = 0;
        // Streamed in id order so a large registry never has to fit in memory at once.
        var query = db.Engagements
            .AsNoTracking()
            .Include(e => e.Participants)
            .Include(e => e.Sources).ThenInclude(s => s.Document)
            .OrderBy(e => e.Id)
            .AsSplitQuery()
            .AsAsyncEnumerable();
        await foreach (var engagement in query.WithCancellation(cancellationToken))
        {
            await writer.WriteLineAsync(ToRecord(engagement).ToJsonLine().AsMemory(), cancellationToken);
            count++;
        }
        return count;
    }

    public static EngagementRecord ToRecord(Engagement e) => new()
    {
        Id = e.ExternalId ?? $"amity-{e.Id}",
        Kind = Codes.Of(e.Kind),
        Date = e.Date?.ToString(),
        EndDate = e.EndDate?.ToString(),
        Mode = e.Mode is { } mode ? Codes.Of(mode) : null,
        Place = e.Place,
        EventName = e.EventName,
        Participants = e.Participants.OrderBy(p => p.Id).Select(p => new ParticipantRecord
        {
            Name = p.Name,
            Title = p.Title,
            Organization = p.OrganisationName,
            Country = p.CountryCode,
            Side = p.Side,
            Role = Codes.Of(p.Role),
            Principal = p.IsPrincipal,
            LeadsDelegation = p.LeadsDelegation ? true : null,
        }).ToList(),
        Sources = e.Sources.OrderBy(s => s.Id).Select(s => new SourceRecord
        {
            Document = s.Document.Key,
            Start = s.Start,
            End = s.End,
            Evidence = s.Quote ?? s.Document.Span(s.Start, s.End),
        }).ToList(),
        Channel = e.Channel is { } channel ? Codes.Of(channel) : null,
        Status = Codes.Of(e.Status),
        Verification = Codes.Of(e.Verification),
        Confidence = e.Confidence,
    };
}
