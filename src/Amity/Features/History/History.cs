using System.Text.Json.Nodes;
using Amity.Domain;
using Amity.Storage;
using Amity.Storage.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amity.Features.History;

public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>One audited change to a record or one of its rows (a participant, an alias, a member).</summary>
public sealed record HistoryItem(DateTime At, string Actor, string Action, string Entity, long EntityId, string? Note, IReadOnlyList<FieldChange> Changes);

/// <summary>A record's history, read from the audit trail; newest first.</summary>
public static class RecordHistory
{
    public const int Limit = 200;

    // The URL names of the records that have a history, and the type the audit trail knows each by.
    public static readonly IReadOnlyDictionary<string, string> Records = new Dictionary<string, string>
    {
        ["engagements"] = nameof(Engagement),
        ["people"] = nameof(Person),
        ["organisations"] = nameof(Organisation),
        ["delegations"] = nameof(Delegation),
        ["dialogues"] = nameof(DialogueMechanism),
        ["documents"] = nameof(Document),
    };

    public static async Task<IReadOnlyList<HistoryItem>> OfAsync(AmityDb db, string recordType, long id, CancellationToken cancellationToken)
    {
        var entries = await db.AuditTrail
            .Where(a => a.RecordType == recordType && a.RecordId == id)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Take(Limit)
            .ToListAsync(cancellationToken);
        return entries.Select(a => new HistoryItem(a.At, a.Actor, a.Action, a.Entity, a.EntityId, a.Note, Changes(a.Changes))).ToList();
    }

    /// <summary>
    /// Whether the reader may see a record's history: always when cleared; otherwise when the record is not
    /// restricted, or, once deleted, was not restricted when it went (the trail keeps its last values).
    /// </summary>
    public static async Task<bool> CanSeeAsync(AmityDb db, string recordType, long id, CancellationToken cancellationToken)
    {
        if (db.SeesRestricted)
        {
            return true;
        }
        bool? restricted = recordType switch
        {
            nameof(Engagement) => await db.Engagements.IgnoreQueryFilters().Where(e => e.Id == id).Select(e => (bool?)e.Restricted).FirstOrDefaultAsync(cancellationToken),
            nameof(Delegation) => await db.Delegations.IgnoreQueryFilters().Where(d => d.Id == id).Select(d => (bool?)d.Restricted).FirstOrDefaultAsync(cancellationToken),
            nameof(Document) => await db.Documents.IgnoreQueryFilters().Where(d => d.Id == id).Select(d => (bool?)d.Restricted).FirstOrDefaultAsync(cancellationToken),
            _ => false,
        };
        if (restricted is { } now)
        {
            return !now;
        }
        var last = await db.AuditTrail
            .Where(a => a.RecordType == recordType && a.RecordId == id && a.Entity == recordType && a.EntityId == id)
            .OrderByDescending(a => a.Id).Select(a => a.Changes).ToListAsync(cancellationToken);
        // The newest entry that names the mark says what it was last; a record that never had one was never restricted.
        foreach (var json in last)
        {
            if (JsonNode.Parse(json)?[nameof(Engagement.Restricted)] is JsonArray values)
            {
                // [before, after]: a deletion has no after, so its before is the last value.
                var mark = (values.Count > 1 ? values[1] : null) ?? values[0];
                return !(mark is JsonValue value && value.TryGetValue<bool>(out var restrictedThen) && restrictedThen);
            }
        }
        return true;
    }

    private static List<FieldChange> Changes(string json) =>
        JsonNode.Parse(json) is JsonObject fields
            ? fields.Select(f => new FieldChange(f.Key, Text(f.Value?[0]), Text(f.Value?[1]))).ToList()
            : [];

    private static string? Text(JsonNode? value) => value switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => value.ToJsonString(),
    };
}

public static class HistoryApi
{
    public static RouteGroupBuilder MapHistoryApi(this RouteGroupBuilder api)
    {
        api.MapGet("/{record}/{id:long}/history", Get).WithTags("History").WithName("GetHistory")
            .WithSummary("A record's changes from the audit trail, newest first: who, when, and each field's value before and after. record is one of engagements, people, organisations, delegations, dialogues, documents.");
        api.MapGet("/deleted", Deleted).WithTags("History").WithName("ListDeleted")
            .WithSummary("Engagements, people and organisations deleted or merged away and not restored since, newest first.");
        api.MapPost("/{record}/{id:long}/restore", Restore).WithTags("History").WithName("RestoreRecord")
            .WithSummary("Brings a deleted engagement, person or organisation back from the audit trail with its id and the rows deleted with it (participants, sources, aliases, positions).");
        return api;
    }

    public static async Task<Ok<IReadOnlyList<DeletedRecord>>> Deleted(AmityDb db, CancellationToken cancellationToken, int count = 50) =>
        TypedResults.Ok(await Restorer.DeletedAsync(db, Math.Clamp(count, 1, 500), cancellationToken));

    public static async Task<Results<Created, NotFound, ProblemHttpResult>> Restore(string record, long id, AmityDb db, CancellationToken cancellationToken)
    {
        if (!RecordHistory.Records.TryGetValue(record, out var type))
        {
            return TypedResults.NotFound();
        }
        try
        {
            return await Restorer.RestoreAsync(db, type, id, cancellationToken) ? TypedResults.Created($"/api/v1/{record}/{id}") : TypedResults.NotFound();
        }
        catch (DomainException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not deleted", detail: e.Message);
        }
    }

    public static async Task<Results<Ok<IReadOnlyList<HistoryItem>>, NotFound>> Get(string record, long id, AmityDb db, CancellationToken cancellationToken) =>
        RecordHistory.Records.TryGetValue(record, out var type) && await RecordHistory.CanSeeAsync(db, type, id, cancellationToken)
            ? TypedResults.Ok(await RecordHistory.OfAsync(db, type, id, cancellationToken))
            : TypedResults.NotFound();
}
