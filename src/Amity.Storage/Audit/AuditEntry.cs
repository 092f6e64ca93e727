namespace Amity.Storage.Audit;

/// <summary>
/// One change to the registry: who made it, when, to what, and the values before and after. Written by
/// <see cref="AmityDb"/> itself as part of the save that made the change; never changed afterwards.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        Actor = Action = Entity = RecordType = Changes = "";
    }

    public AuditEntry(DateTime at, string actor, string action, string entity, long entityId, string recordType, long recordId, string changes, string? note)
    {
        At = at;
        Actor = actor;
        Action = action;
        Entity = entity;
        EntityId = entityId;
        RecordType = recordType;
        RecordId = recordId;
        Changes = changes;
        Note = note;
    }

    public long Id { get; private set; }

    /// <summary>When, in UTC.</summary>
    public DateTime At { get; private set; }
    public string Actor { get; private set; }

    /// <summary>created, changed or deleted.</summary>
    public string Action { get; private set; }

    /// <summary>The row changed ("Participant" 41) and the record it belongs to ("Engagement" 7), whose history shows it.</summary>
    public string Entity { get; private set; }
    public long EntityId { get; private set; }
    public string RecordType { get; private set; }
    public long RecordId { get; private set; }

    /// <summary>A JSON object of field → [before, after]; before is null on creation, after on deletion.</summary>
    public string Changes { get; private set; }

    /// <summary>Why, when the change says it: "merged into engagement 12", "review: accept", "import engagements.jsonl".</summary>
    public string? Note { get; private set; }
}
