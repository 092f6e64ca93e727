using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Amity.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Amity.Storage.Audit;

/// <summary>Turns the change tracker's pending changes into audit entries.</summary>
internal static class AuditRecorder
{
    // Every entered field (at most a note's length) is recorded in full, before and after; only a longer text, a
    // document's body, is recorded by its length: the trail says it changed, the document keeps it.
    private const int LongestValue = TextLimits.Note;

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    // Rows that belong to a record: their changes show in that record's history.
    private static readonly Dictionary<Type, (string Record, string Key)> Owners = new()
    {
        [typeof(Participant)] = (nameof(Engagement), nameof(Participant.EngagementId)),
        [typeof(EngagementSource)] = (nameof(Engagement), nameof(EngagementSource.EngagementId)),
        [typeof(PersonAlias)] = (nameof(Person), nameof(PersonAlias.PersonId)),
        [typeof(Position)] = (nameof(Person), nameof(Position.PersonId)),
        [typeof(OrganisationAlias)] = (nameof(Organisation), nameof(OrganisationAlias.OrganisationId)),
        [typeof(DelegationMember)] = (nameof(Delegation), nameof(DelegationMember.DelegationId)),
        [typeof(MechanismPartner)] = (nameof(DialogueMechanism), nameof(MechanismPartner.MechanismId)),
        [typeof(ApiToken)] = (nameof(Account), nameof(ApiToken.AccountId)),
    };

    // Secrets are recorded as changed, never by value.
    private static readonly HashSet<string> Secrets = [nameof(Account.PasswordHash), nameof(Account.SecurityStamp), nameof(ApiToken.Hash)];

    // Bookkeeping of signing in, token use and record versions: not changes anyone made to a record, so not in the trail.
    private static readonly HashSet<string> Bookkeeping = [nameof(Account.FailedSignIns), nameof(Account.LockedUntil), nameof(Account.LastSignIn), nameof(ApiToken.LastUsed), nameof(Engagement.Version)];

    /// <summary>A change seen before the save; creations are read after it, once their keys exist.</summary>
    public sealed record Pending(EntityEntry Entry, string Action, JsonObject? Changes);

    public static List<Pending> Capture(ChangeTracker tracker)
    {
        var entries = tracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        var pending = new List<Pending>();
        foreach (var entry in entries)
        {
            if (entry.Entity is Jobs.IngestionJob)
            {
                continue; // the work queue is bookkeeping; the records a job stores are audited
            }
            if (entry.Entity is AuditEntry)
            {
                if (entry.State != EntityState.Added)
                {
                    throw new InvalidOperationException("The audit trail cannot be changed.");
                }
                continue;
            }
            switch (entry.State)
            {
                case EntityState.Added:
                    // A row created with its record (an imported engagement's participants) is part of the record's creation.
                    if (!CreatedWithOwner(entry))
                    {
                        pending.Add(new Pending(entry, "created", null));
                    }
                    break;
                case EntityState.Modified when Modified(entry) is { Count: > 0 } changes:
                    pending.Add(new Pending(entry, "changed", changes));
                    break;
                case EntityState.Deleted:
                    pending.Add(new Pending(entry, "deleted", Values(entry, before: true)));
                    break;
            }
        }
        return pending;
    }

    public static AuditEntry ToEntry(Pending pending, DateTime at, string actor, string? note)
    {
        var entry = pending.Entry;
        var type = entry.Metadata.ClrType;
        var id = Convert.ToInt64(entry.Property("Id").CurrentValue ?? 0L);
        var (recordType, recordId) = Owners.TryGetValue(type, out var owner)
            ? (owner.Record, Convert.ToInt64(entry.Property(owner.Key).CurrentValue ?? entry.Property(owner.Key).OriginalValue ?? 0L))
            : (type.Name, id);
        var changes = pending.Changes ?? Values(entry, before: false);
        return new AuditEntry(at, actor, pending.Action, type.Name, id, recordType, recordId, changes.ToJsonString(), note);
    }

    // The owner is new too when the row's key to it is still temporary, awaiting the owner's generated id.
    private static bool CreatedWithOwner(EntityEntry entry) =>
        Owners.TryGetValue(entry.Metadata.ClrType, out var owner) && entry.Property(owner.Key).IsTemporary;

    private static JsonObject Modified(EntityEntry entry)
    {
        var changes = new JsonObject();
        foreach (var property in entry.Properties)
        {
            if (!property.IsModified || property.Metadata.IsPrimaryKey() || Bookkeeping.Contains(property.Metadata.Name))
            {
                continue;
            }
            var comparer = property.Metadata.GetValueComparer();
            if (comparer.Equals(property.OriginalValue, property.CurrentValue))
            {
                continue;
            }
            changes[property.Metadata.Name] = Secrets.Contains(property.Metadata.Name)
                ? new JsonArray("(secret)", "(secret, changed)")
                : new JsonArray(Value(property.OriginalValue), Value(property.CurrentValue));
        }
        return changes;
    }

    /// <summary>
    /// The entry of a row written without the change tracker (a bulk import): the same entry the tracker would
    /// have given its creation.
    /// </summary>
    public static AuditEntry Created(IEntityType type, object entity, long id, DateTime at, string actor, string? note)
    {
        var values = Values(type.GetProperties().Select(p => (p, p.GetGetter().GetClrValue(entity))), before: false);
        var name = type.ClrType.Name;
        return new AuditEntry(at, actor, "created", name, id, name, id, values.ToJsonString(), note);
    }

    private static JsonObject Values(EntityEntry entry, bool before) =>
        Values(entry.Properties.Select(p => (p.Metadata, before ? p.OriginalValue : p.CurrentValue)), before);

    private static JsonObject Values(IEnumerable<(IProperty Property, object? Value)> properties, bool before)
    {
        var values = new JsonObject();
        foreach (var (property, current) in properties)
        {
            if (property.IsPrimaryKey() || Bookkeeping.Contains(property.Name))
            {
                continue;
            }
            // A deleted row is kept whole, long texts too, so that it can be restored from the trail.
            var value = Secrets.Contains(property.Name) ? "(secret)" : Value(current, whole: before);
            if (value is not null)
            {
                values[property.Name] = before ? new JsonArray(value, null) : new JsonArray(null, value);
            }
        }
        return values;
    }

    private static JsonNode? Value(object? value, bool whole = false) => value switch
    {
        null => null,
        string { Length: > LongestValue } text when !whole => $"({text.Length} characters)",
        // The common kinds directly: serialising each one is most of the cost of auditing a large import.
        string text => JsonValue.Create(text),
        Enum code => JsonValue.Create(code.ToString()),
        long number => JsonValue.Create(number),
        int number => JsonValue.Create(number),
        bool flag => JsonValue.Create(flag),
        double number => JsonValue.Create(number),
        DateTime time => JsonValue.Create(time),
        DateOnly day => JsonValue.Create(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        System.Collections.IList { Count: 0 } => null,
        _ => JsonSerializer.SerializeToNode(value, Json),
    };
}
