using System.Text.Json.Nodes;
using Amity.Domain;
using Amity.Storage;
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
        return api;
    }

    public static async Task<Results<Ok<IReadOnlyList<HistoryItem>>, NotFound>> Get(string record, long id, AmityDb db, CancellationToken cancellationToken) =>
        RecordHistory.Records.TryGetValue(record, out var type)
            ? TypedResults.Ok(await RecordHistory.OfAsync(db, type, id, cancellationToken))
            : TypedResults.NotFound();
}
