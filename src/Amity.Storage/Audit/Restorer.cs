using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Amity.Domain;
using Amity.Storage.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Amity.Storage.Audit;

/// <summary>A record deleted (or merged away) that the trail can bring back.</summary>
public sealed record DeletedRecord(string RecordType, long Id, string Label, DateTime At, string Actor, string? Note, bool Restricted);

/// <summary>
/// Brings deleted records back from the audit trail, which keeps every deleted row whole: the record with its
/// own id, and the rows deleted with it (an engagement's participants and sources, a person's aliases and
/// positions). A link to something deleted since is left empty; the restoration is audited like any change.
/// </summary>
public static class Restorer
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The records that can be restored: those people delete or merge away.</summary>
    public static readonly IReadOnlySet<string> Restorable = new HashSet<string>
    {
        nameof(Engagement), nameof(Person), nameof(Organisation),
    };

    /// <summary>Deleted records not restored since, newest first; restricted ones only for a context that sees them.</summary>
    public static async Task<IReadOnlyList<DeletedRecord>> DeletedAsync(AmityDb db, int count, CancellationToken cancellationToken = default)
    {
        var types = Restorable.ToArray();
        var entries = await db.AuditTrail
            .Where(a => a.Action == "deleted" && a.Entity == a.RecordType && types.Contains(a.Entity))
            .OrderByDescending(a => a.Id).Take(count * 4).ToListAsync(cancellationToken);
        var found = new List<DeletedRecord>();
        var cleared = db.SeesRestricted;
        using var everything = db.SeeingEverything();
        foreach (var entry in entries.DistinctBy(e => (e.RecordType, e.RecordId)))
        {
            var values = Values(entry.Changes);
            var restricted = values.TryGetValue(nameof(Engagement.Restricted), out var mark) && mark?.GetValueKind() == JsonValueKind.True;
            if ((restricted && !cleared) || await ExistsAsync(db, TypeOf(db, entry.RecordType), entry.RecordId, cancellationToken))
            {
                continue;
            }
            found.Add(new DeletedRecord(entry.RecordType, entry.RecordId, Label(values), entry.At, entry.Actor, entry.Note, restricted));
            if (found.Count == count)
            {
                break;
            }
        }
        return found;
    }

    /// <summary>
    /// Restores a deleted record; false when the trail holds no deletion of it (or the reader may not see it).
    /// Throws <see cref="DomainException"/> when the record exists.
    /// </summary>
    public static async Task<bool> RestoreAsync(AmityDb db, string recordType, long id, CancellationToken cancellationToken = default)
    {
        if (!Restorable.Contains(recordType))
        {
            return false;
        }
        var deletion = await db.AuditTrail
            .Where(a => a.Action == "deleted" && a.Entity == recordType && a.EntityId == id && a.RecordType == recordType)
            .OrderByDescending(a => a.Id).FirstOrDefaultAsync(cancellationToken);
        if (deletion is null)
        {
            return false;
        }
        var values = Values(deletion.Changes);
        var restricted = values.TryGetValue(nameof(Engagement.Restricted), out var mark) && mark?.GetValueKind() == JsonValueKind.True;
        if (restricted && !db.SeesRestricted)
        {
            return false;
        }
        using var everything = db.SeeingEverything();
        var type = TypeOf(db, recordType);
        if (await ExistsAsync(db, type, id, cancellationToken))
        {
            throw new DomainException("record", $"{recordType.ToLowerInvariant()} {id} is not deleted");
        }
        // The rows deleted in the same save as the record.
        var rows = await db.AuditTrail
            .Where(a => a.Action == "deleted" && a.RecordType == recordType && a.RecordId == id && a.At == deletion.At && a.Entity != recordType)
            .OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.ChangeNote = $"restored {recordType.ToLowerInvariant()} {id}, deleted {deletion.At:yyyy-MM-dd HH:mm} by {deletion.Actor}";
            await AddAsync(db, type, id, values, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeNote = $"restored with {recordType.ToLowerInvariant()} {id}";
            foreach (var row in rows)
            {
                await AddAsync(db, TypeOf(db, row.Entity), row.EntityId, Values(row.Changes), cancellationToken);
            }
            await db.SaveChangesAsync(cancellationToken);
            if (recordType == nameof(Engagement))
            {
                await FullTextSearch.RefreshAsync(db, [id], cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        });
        db.ChangeTracker.Clear();
        return true;
    }

    /// <summary>Adds a row with its old id and values; a link to a row that no longer exists is left empty, or the row left out when it must have one.</summary>
    private static async Task AddAsync(AmityDb db, IEntityType type, long id, Dictionary<string, JsonNode?> values, CancellationToken cancellationToken)
    {
        if (await ExistsAsync(db, type, id, cancellationToken))
        {
            return;
        }
        var entity = Activator.CreateInstance(type.ClrType, nonPublic: true)!;
        var entry = db.Entry(entity);
        entry.Property("Id").CurrentValue = id;
        foreach (var (name, value) in values)
        {
            if (type.FindProperty(name) is { } property && !property.IsPrimaryKey() && value is not null)
            {
                entry.Property(name).CurrentValue = value.Deserialize(property.ClrType, Json);
            }
        }
        foreach (var key in type.GetForeignKeys())
        {
            var property = key.Properties[0];
            if (entry.Property(property.Name).CurrentValue is { } target && !await ExistsAsync(db, key.PrincipalEntityType, target, cancellationToken))
            {
                if (!property.IsNullable)
                {
                    entry.State = Microsoft.EntityFrameworkCore.EntityState.Detached;
                    return;
                }
                entry.Property(property.Name).CurrentValue = null;
            }
        }
        entry.State = Microsoft.EntityFrameworkCore.EntityState.Added;
    }

    private static async Task<bool> ExistsAsync(AmityDb db, IEntityType type, object id, CancellationToken cancellationToken) =>
        await db.FindAsync(type.ClrType, [Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture)], cancellationToken) is not null;

    private static IEntityType TypeOf(AmityDb db, string name) =>
        db.Model.GetEntityTypes().Single(t => t.ClrType.Name == name);

    /// <summary>A deletion's values: each field's value before ([before, null]).</summary>
    private static Dictionary<string, JsonNode?> Values(string changes) =>
        (JsonNode.Parse(changes) as JsonObject ?? []).ToDictionary(f => f.Key, f => f.Value is JsonArray pair && pair.Count > 0 ? pair[0]?.DeepClone() : null);

    private static readonly string[] LabelFields = ["Name", "Kind", "StartsOn", "Place"];

    private static string Label(Dictionary<string, JsonNode?> values) =>
        string.Join(" ", LabelFields
            .Select(f => values.GetValueOrDefault(f)?.ToString()).Where(v => !string.IsNullOrEmpty(v)));
}
