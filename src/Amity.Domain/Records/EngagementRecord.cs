using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Amity.Domain.Records;

/// <summary>
/// An engagement in the JSON Lines format of the annotation guide (shared/corpus/ANNOTATION.md): what
/// extraction prints, what import reads and what export writes. Amity's own fields (channel, status,
/// verification, confidence) are optional extras that gold files do not carry.
/// </summary>
public sealed record EngagementRecord
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("kind")] public string? Kind { get; init; }
    [JsonPropertyName("date")] public string? Date { get; init; }
    [JsonPropertyName("end_date")] public string? EndDate { get; init; }
    [JsonPropertyName("mode")] public string? Mode { get; init; }
    [JsonPropertyName("place")] public string? Place { get; init; }
    [JsonPropertyName("participants")] public List<ParticipantRecord> Participants { get; init; } = [];
    [JsonPropertyName("event_name")] public string? EventName { get; init; }
    [JsonPropertyName("sources")] public List<SourceRecord> Sources { get; init; } = [];

    [JsonPropertyName("channel"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Channel { get; init; }

    [JsonPropertyName("status"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Status { get; init; }

    [JsonPropertyName("verification"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Verification { get; init; }

    [JsonPropertyName("confidence"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Confidence { get; init; }

    /// <summary>The record format's options; contracts come from the source generator, so no reflection (the native extractor needs none).</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        TypeInfoResolver = RecordJsonContext.Default,
    };

    /// <summary>The record's contract under <see cref="Json"/>, for reading and writing without reflection.</summary>
    public static readonly JsonTypeInfo<EngagementRecord> JsonContract = (JsonTypeInfo<EngagementRecord>)Json.GetTypeInfo(typeof(EngagementRecord));

    public string ToJsonLine() => JsonSerializer.Serialize(this, JsonContract);
}

[JsonSerializable(typeof(EngagementRecord))]
internal sealed partial class RecordJsonContext : JsonSerializerContext;

public sealed record ParticipantRecord
{
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("organization")] public string? Organization { get; init; }
    [JsonPropertyName("country")] public string? Country { get; init; }
    [JsonPropertyName("side")] public int Side { get; init; }
    [JsonPropertyName("role")] public string? Role { get; init; }

    [JsonPropertyName("principal"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Principal { get; init; }

    [JsonPropertyName("leads_delegation"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? LeadsDelegation { get; init; }
}

public sealed record SourceRecord
{
    [JsonPropertyName("document")] public string? Document { get; init; }
    [JsonPropertyName("start")] public int Start { get; init; }
    [JsonPropertyName("end")] public int End { get; init; }

    [JsonPropertyName("evidence"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Evidence { get; init; }
}
