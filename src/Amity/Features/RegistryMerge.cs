using Amity.Domain;
using Amity.Storage;
using Microsoft.EntityFrameworkCore;

namespace Amity.Features;

/// <summary>
/// Merges a duplicate person or organisation into the one kept: every record that named the duplicate names the
/// kept one, its names become aliases, and the duplicate is removed (the audit trail keeps it).
/// </summary>
public static class RegistryMerge
{
    /// <summary>False when either person does not exist.</summary>
    public static async Task<bool> PeopleAsync(AmityDb db, long duplicateId, long keepId, CancellationToken cancellationToken)
    {
        Refuse(duplicateId, keepId);
        // Every record that names the duplicate moves, restricted or not, so none is left naming a removed one.
        using var everything = db.SeeingEverything();
        var both = await db.People.Include(p => p.Aliases).Include(p => p.Positions).ThenInclude(p => p.Organisation)
            .Where(p => p.Id == duplicateId || p.Id == keepId).AsSplitQuery().ToListAsync(cancellationToken);
        if (both.FirstOrDefault(p => p.Id == duplicateId) is not { } duplicate || both.FirstOrDefault(p => p.Id == keepId) is not { } keep)
        {
            return false;
        }
        foreach (var name in duplicate.Names)
        {
            keep.AddAlias(name);
        }
        foreach (var position in duplicate.Positions.Where(p => !keep.Positions.Any(k => k.OrganisationId == p.OrganisationId && k.Title == p.Title && k.From == p.From)))
        {
            keep.AddPosition(position.Organisation, position.Title, position.From, position.To);
        }
        foreach (var participant in await db.Participants.Where(p => p.PersonId == duplicateId).ToListAsync(cancellationToken))
        {
            participant.LinkPerson(keep);
        }
        foreach (var delegation in await db.Delegations.Include(d => d.Members).Where(d => d.LeaderId == duplicateId || d.Members.Any(m => m.PersonId == duplicateId)).ToListAsync(cancellationToken))
        {
            if (delegation.LeaderId == duplicateId)
            {
                delegation.SetLeader(keep);
            }
            if (delegation.Members.Any(m => m.PersonId == duplicateId))
            {
                delegation.AddMember(keep);
                db.RemoveRange(delegation.Members.Where(m => m.PersonId == duplicateId));
            }
        }
        db.People.Remove(duplicate);
        db.ChangeNote = $"merged person {duplicateId} into {keepId}";
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>False when either organisation does not exist.</summary>
    public static async Task<bool> OrganisationsAsync(AmityDb db, long duplicateId, long keepId, CancellationToken cancellationToken)
    {
        Refuse(duplicateId, keepId);
        // Every record that names the duplicate moves, restricted or not, so none is left naming a removed one.
        using var everything = db.SeeingEverything();
        var both = await db.Organisations.Include(o => o.Aliases).Where(o => o.Id == duplicateId || o.Id == keepId).ToListAsync(cancellationToken);
        if (both.FirstOrDefault(o => o.Id == duplicateId) is not { } duplicate || both.FirstOrDefault(o => o.Id == keepId) is not { } keep)
        {
            return false;
        }
        keep.AddAlias(duplicate.Name);
        foreach (var alias in duplicate.Aliases)
        {
            keep.AddAlias(alias.Value, alias.IsAcronym);
        }
        foreach (var participant in await db.Participants.Where(p => p.OrganisationId == duplicateId).ToListAsync(cancellationToken))
        {
            participant.LinkOrganisation(keep);
        }
        foreach (var position in await db.Positions.Where(p => p.OrganisationId == duplicateId).ToListAsync(cancellationToken))
        {
            db.Entry(position).Reference(p => p.Organisation).CurrentValue = keep;
        }
        foreach (var child in await db.Organisations.Where(o => o.ParentId == duplicateId).ToListAsync(cancellationToken))
        {
            child.SetParent(child.Id == keepId ? null : keep);
        }
        foreach (var delegation in await db.Delegations.Where(d => d.HostOrganisationId == duplicateId).ToListAsync(cancellationToken))
        {
            delegation.SetHost(keep);
        }
        foreach (var mechanism in await db.Mechanisms.Include(m => m.Partners).Where(m => m.Partners.Any(p => p.OrganisationId == duplicateId)).ToListAsync(cancellationToken))
        {
            mechanism.AddPartner(keep);
            db.RemoveRange(mechanism.Partners.Where(p => p.OrganisationId == duplicateId));
        }
        foreach (var relationship in await db.Relationships.Where(r => r.OrganisationAId == duplicateId || r.OrganisationBId == duplicateId).ToListAsync(cancellationToken))
        {
            var entry = db.Entry(relationship);
            if (relationship.OrganisationAId == duplicateId)
            {
                entry.Reference(r => r.OrganisationA).CurrentValue = keep;
            }
            if (relationship.OrganisationBId == duplicateId)
            {
                entry.Reference(r => r.OrganisationB).CurrentValue = keep;
            }
        }
        db.Organisations.Remove(duplicate);
        db.ChangeNote = $"merged organisation {duplicateId} into {keepId}";
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static void Refuse(long duplicateId, long keepId)
    {
        if (duplicateId == keepId)
        {
            throw InputException.Of("into", "a record cannot be merged into itself");
        }
    }
}
