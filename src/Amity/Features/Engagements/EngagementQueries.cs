using Amity.Domain;
using Amity.Storage;
using Microsoft.EntityFrameworkCore;

namespace Amity.Features.Engagements;

/// <summary>The reads behind the engagement list and record, called by the API and the pages alike.</summary>
public static class EngagementQueries
{
    public static async Task<PageOf<EngagementSummary>> ListAsync(AmityDb db, EngagementFilter filter, CancellationToken cancellationToken)
    {
        var query = filter.Apply(db);
        var total = await query.CountAsync(cancellationToken);
        // The page's ids first, then its rows by id: a split query would run the whole filter again for each include.
        var ids = await query
            .Skip((filter.PageNumber - 1) * filter.Size)
            .Take(filter.Size)
            .Select(e => e.Id)
            .ToListAsync(cancellationToken);
        var rows = await db.Engagements
            .Where(e => EF.Parameter(ids).Contains(e.Id))
            .Include(e => e.Participants)
            .Include(e => e.Sources)
            .AsSplitQuery()
            .AsNoTracking()
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        return new PageOf<EngagementSummary>(ids.Select(id => EngagementSummary.From(rows[id])).ToList(), total, filter.PageNumber, filter.Size);
    }

    public static async Task<EngagementDetail?> GetAsync(AmityDb db, long id, CancellationToken cancellationToken)
    {
        var engagement = await db.Engagements
            .Include(e => e.Participants)
            .Include(e => e.Sources).ThenInclude(s => s.Document)
            .AsSplitQuery()
            .AsNoTracking()
            .FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        return engagement is null ? null : EngagementDetail.From(engagement);
    }
}
