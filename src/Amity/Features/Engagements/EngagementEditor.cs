using Amity.Domain;
using Amity.Domain.Records;
using Amity.Storage;
using Amity.Storage.Import;
using Microsoft.EntityFrameworkCore;

namespace Amity.Features.Engagements;

/// <summary>
/// Engagements entered or corrected by people, in the record format of import and export (ANNOTATION.md), so a
/// hand-entered record obeys the same rules and is matched to the registry the same way.
/// </summary>
public static class EngagementEditor
{
    /// <summary>Stores a verified record and returns its id; the same record entered twice is stored once.</summary>
    public static async Task<long> CreateAsync(AmityDb db, EngagementRecord record, CancellationToken cancellationToken)
    {
        Check(record);
        await RecordImporter.ImportAsync(db, [record], Verification.Verified, cancellationToken: cancellationToken);
        var fingerprint = RecordRules.Fingerprint(record);
        return await db.Engagements.Where(e => e.Fingerprint == fingerprint).Select(e => (long?)e.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw InputException.Of("record", "this record is already stored, restricted");
    }

    /// <summary>Replaces what a stored record says (its sources stay); false when there is no such record.</summary>
    /// <param name="expectedVersion">The version the editor started from; a record saved since is refused with <see cref="ConcurrencyConflictException"/>.</param>
    public static async Task<bool> ReviseAsync(AmityDb db, long id, EngagementRecord record, string? note, int? expectedVersion, CancellationToken cancellationToken)
    {
        Check(record);
        db.ChangeNote = note;
        return await RecordImporter.ReviseAsync(db, id, record, expectedVersion, cancellationToken);
    }

    /// <summary>
    /// Deletes a record with its participants and sources, each kept whole in the audit trail so that it can be
    /// restored (`/deleted`); false when there is no such record.
    /// </summary>
    public static async Task<bool> DeleteAsync(AmityDb db, long id, CancellationToken cancellationToken)
    {
        if (!await db.Engagements.AnyAsync(e => e.Id == id, cancellationToken))
        {
            return false;
        }
        // Every row goes into the trail, passages of restricted documents too, or a restore would lack them.
        using var everything = db.SeeingEverything();
        var engagement = await db.Engagements.Include(e => e.Participants).Include(e => e.Sources)
            .AsSplitQuery().FirstAsync(e => e.Id == id, cancellationToken);
        db.Engagements.Remove(engagement);
        db.ChangeNote = $"deleted engagement {id}";
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static void Check(EngagementRecord record)
    {
        var problems = RecordRules.Validate(record);
        if (problems.Count > 0)
        {
            throw new InputException(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }
    }

    /// <summary>A stored engagement as a record, to fill the edit form.</summary>
    public static EngagementRecord ToRecord(EngagementDetail detail)
    {
        var e = detail.Engagement;
        return new EngagementRecord
        {
            Kind = e.Kind,
            Date = e.Date,
            EndDate = e.EndDate,
            Mode = e.Mode,
            Place = e.Place,
            EventName = e.EventName,
            Channel = e.Channel,
            Status = e.Status,
            Verification = e.Verification,
            Participants = e.Participants.Select(p => new ParticipantRecord
            {
                Name = p.Name,
                Title = p.Title,
                Organization = p.Organization,
                Country = p.Country,
                Side = p.Side,
                Role = p.Role,
                Principal = p.Principal,
                LeadsDelegation = p.LeadsDelegation,
            }).ToList(),
        };
    }
}
