using Amity.Domain;
using Amity.Storage.Search;
using Microsoft.EntityFrameworkCore;

namespace Amity.Storage;

/// <summary>
/// Marking engagements, delegations and documents restricted, and lifting the mark: the one place it changes.
/// Only a context that sees restricted records may change them (one that does not could not lift a mark it
/// cannot see). Each change is audited like any other and refreshes the search rows it affects.
/// </summary>
public static class Restrictions
{
    /// <summary>Marks an engagement and its participants; false when there is no such engagement.</summary>
    public static async Task<bool> SetEngagementAsync(AmityDb db, long id, bool restricted, CancellationToken cancellationToken = default)
    {
        RequireClearance(db);
        var engagement = await db.Engagements.Include(e => e.Participants).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (engagement is null)
        {
            return false;
        }
        engagement.Restrict(restricted);
        await SaveAsync(db, [id], cancellationToken);
        return true;
    }

    /// <summary>Marks a delegation and its programme; false when there is no such delegation.</summary>
    public static async Task<bool> SetDelegationAsync(AmityDb db, long id, bool restricted, CancellationToken cancellationToken = default)
    {
        RequireClearance(db);
        var delegation = await db.Delegations.Include(d => d.Itinerary).ThenInclude(e => e.Participants)
            .FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (delegation is null)
        {
            return false;
        }
        delegation.Restrict(restricted);
        await SaveAsync(db, delegation.Itinerary.Select(e => e.Id).ToList(), cancellationToken);
        return true;
    }

    /// <summary>
    /// Marks a document. Restricting it also restricts the engagements known only from restricted documents;
    /// lifting it leaves engagements as they are, since one may have been restricted for reasons of its own.
    /// False when there is no such document.
    /// </summary>
    public static async Task<bool> SetDocumentAsync(AmityDb db, long id, bool restricted, CancellationToken cancellationToken = default)
    {
        RequireClearance(db);
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return false;
        }
        document.Restricted = restricted;
        var citing = await db.Engagements.Where(e => e.Sources.Any(s => s.DocumentId == id))
            .Include(e => e.Participants).Include(e => e.Sources).ThenInclude(s => s.Document)
            .AsSplitQuery().ToListAsync(cancellationToken);
        if (restricted)
        {
            foreach (var engagement in citing.Where(KnownOnlyFromRestricted))
            {
                engagement.Restrict(true);
            }
        }
        await SaveAsync(db, citing.Select(e => e.Id).ToList(), cancellationToken);
        return true;
    }

    /// <summary>An engagement every source of which is a restricted document is restricted itself.</summary>
    public static bool KnownOnlyFromRestricted(Engagement engagement) =>
        engagement.Sources.Count > 0 && engagement.Sources.All(s => s.Document.Restricted);

    private static void RequireClearance(AmityDb db)
    {
        if (!db.SeesRestricted)
        {
            throw new InvalidOperationException("only a context that sees restricted records may mark them");
        }
    }

    private static async Task SaveAsync(AmityDb db, IReadOnlyCollection<long> searchRows, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            // Part of a larger change (an import), which commits it.
            await db.SaveChangesAsync(cancellationToken);
            await FullTextSearch.RefreshAsync(db, searchRows, cancellationToken);
            return;
        }
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await FullTextSearch.RefreshAsync(db, searchRows, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }
}
