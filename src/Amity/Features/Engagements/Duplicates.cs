using Amity.Domain;
using Amity.Storage;
using Amity.Storage.Search;
using Microsoft.EntityFrameworkCore;

namespace Amity.Features.Engagements;

/// <summary>
/// Other reports of the same engagement: suggested from the date and the people, organisations and countries
/// taking part, and merged into one record that keeps every source.
/// </summary>
public static class Duplicates
{
    public const int DaysApart = 3;
    public const int Limit = 5;

    /// <summary>Records within a few days that share a person or organisation, or the same kind between the same countries; closest first.</summary>
    public static async Task<IReadOnlyList<EngagementSummary>> SuggestAsync(AmityDb db, long id, CancellationToken cancellationToken)
    {
        var engagement = await db.Engagements.AsNoTracking().Include(e => e.Participants).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (engagement?.StartsOn is not { } day)
        {
            return [];
        }
        var people = engagement.Participants.Select(p => p.PersonId).OfType<long>().ToList();
        var organisations = engagement.Participants.Select(p => p.OrganisationId).OfType<long>().ToList();
        var countries = engagement.Participants.Select(p => p.CountryCode).OfType<string>().Distinct().ToList();
        var (from, to) = (day.AddDays(-DaysApart), day.AddDays(DaysApart));
        var candidates = await db.Engagements.AsNoTracking()
            .Include(e => e.Participants).Include(e => e.Sources)
            .Where(e => e.Id != id && e.Verification != Verification.Rejected && e.StartsOn >= from && e.StartsOn <= to)
            .Where(e => e.Participants.Any(p => (p.PersonId != null && people.Contains(p.PersonId.Value)) || (p.OrganisationId != null && organisations.Contains(p.OrganisationId.Value))) ||
                (e.Kind == engagement.Kind && countries.Count > 1 && countries.All(c => e.Participants.Any(p => p.CountryCode == c))))
            .AsSplitQuery()
            .Take(50)
            .ToListAsync(cancellationToken);
        return candidates
            .OrderByDescending(e => Shared(engagement, e))
            .ThenBy(e => Math.Abs(e.StartsOn!.Value.DayNumber - day.DayNumber))
            .ThenBy(e => e.Id)
            .Take(Limit)
            .Select(EngagementSummary.From)
            .ToList();
    }

    /// <summary>
    /// Merges <paramref name="duplicateId"/> into <paramref name="intoId"/>: its sources, the participants not
    /// already there and what it knows that the other does not; then removes it (the audit trail keeps it).
    /// False when either does not exist.
    /// </summary>
    public static async Task<bool> MergeAsync(AmityDb db, long duplicateId, long intoId, CancellationToken cancellationToken)
    {
        if (duplicateId == intoId)
        {
            throw InputException.Of("into", "a record cannot be merged into itself");
        }
        var both = await db.Engagements
            .Include(e => e.Participants).ThenInclude(p => p.Person)
            .Include(e => e.Participants).ThenInclude(p => p.Organisation)
            .Include(e => e.Sources).ThenInclude(s => s.Document)
            .Where(e => e.Id == duplicateId || e.Id == intoId)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        if (both.FirstOrDefault(e => e.Id == duplicateId) is not { } duplicate || both.FirstOrDefault(e => e.Id == intoId) is not { } into)
        {
            return false;
        }
        // A dialogue round or a delegation's meeting is the record to keep: merging it away would leave a gap.
        if ((duplicate.MechanismId is not null && duplicate.MechanismId != into.MechanismId) ||
            (duplicate.DelegationId is not null && duplicate.DelegationId != into.DelegationId))
        {
            throw InputException.Of("into", $"engagement {duplicateId} belongs to a dialogue or delegation; merge engagement {intoId} into it instead");
        }
        into.MergeFrom(duplicate);
        if (duplicate.Verification == Verification.Verified)
        {
            into.Verification = Verification.Verified;
        }
        db.Engagements.Remove(duplicate);
        db.ChangeNote = $"merged engagement {duplicateId} into {intoId}";
        await db.SaveChangesAsync(cancellationToken);
        await FullTextSearch.RefreshAsync(db, [intoId], cancellationToken);
        return true;
    }

    private static int Shared(Engagement a, Engagement b) =>
        a.Participants.Count(p => b.Participants.Any(q => (p.PersonId is not null && p.PersonId == q.PersonId) || (p.OrganisationId is not null && p.OrganisationId == q.OrganisationId))) * 2 +
        (a.Kind == b.Kind ? 1 : 0) + (a.Place is not null && a.Place == b.Place ? 1 : 0);
}
