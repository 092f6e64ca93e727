using Amity.Domain;

namespace Amity.Features.Engagements;

// What the API returns for engagements; the pages render the same shapes.

public sealed record ParticipantView(
    string? Name, string? Title, string? Organization, string? Country, int Side, string Role, bool Principal,
    bool LeadsDelegation, long? PersonId, long? OrganisationId)
{
    /// <summary>The name, else what the source calls the participant.</summary>
    public string Label => Name ?? Title ?? Organization ?? CountryNames.Of(Country);
}

public sealed record EngagementSummary(
    long Id, string Kind, string? Date, string? EndDate, string? Mode, string? Place, string? Channel, string Status,
    string Verification, string? EventName, IReadOnlyList<ParticipantView> Participants, int SourceCount, bool Restricted)
{
    public static EngagementSummary From(Engagement e) => new(
        e.Id, Codes.Of(e.Kind), e.Date?.ToString(), e.EndDate?.ToString(), e.Mode is { } m ? Codes.Of(m) : null, e.Place,
        e.Channel is { } c ? Codes.Of(c) : null, Codes.Of(e.Status), Codes.Of(e.Verification), e.EventName,
        e.Participants.OrderBy(p => p.Side).ThenBy(p => p.Id).Select(ParticipantOf).ToList(), e.Sources.Count, e.Restricted);

    public static ParticipantView ParticipantOf(Participant p) => new(
        p.Name, p.Title, p.OrganisationName, p.CountryCode, p.Side, Codes.Of(p.Role), p.IsPrincipal, p.LeadsDelegation,
        p.PersonId, p.OrganisationId);

    /// <summary>"Liu Jianchao (CN) — Stephanos Stephanou (CY)": the principals of each side, for lists.</summary>
    public string Headline => string.Join(" — ", Participants
        .Where(p => p.Principal || Participants.All(x => !x.Principal))
        .GroupBy(p => p.Side)
        .Select(g => string.Join(", ", g.Select(p => p.Country is null ? p.Label : $"{p.Label} ({p.Country})"))));
}

public sealed record SourceView(long DocumentId, string Document, string? Title, string? Publisher, string? Url, string? Published, int Start, int End, string? Passage);

public sealed record EngagementDetail(
    EngagementSummary Engagement, IReadOnlyList<string> Topics, IReadOnlyList<string> Outcomes, string? Summary,
    double? Confidence, string? ExternalId, long? MechanismId, int? RoundNumber, long? DelegationId, IReadOnlyList<SourceView> Sources,
    int Version)
{
    public static EngagementDetail From(Engagement e) => new(
        EngagementSummary.From(e), e.Topics, e.Outcomes, e.Summary, e.Confidence, e.ExternalId, e.MechanismId, e.RoundNumber, e.DelegationId,
        e.Sources.OrderBy(s => s.Id).Select(s => new SourceView(
            s.DocumentId, s.Document.Key, s.Document.Title, s.Document.Publisher, s.Document.Url,
            s.Document.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), s.Start, s.End, s.Passage)).ToList(),
        e.Version);
}

public sealed record PageOf<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

/// <summary>The text around a cited passage, so a reader sees it in its place in the document.</summary>
public static class PassageContext
{
    public static string Before(IReadOnlyDictionary<long, string> texts, SourceView s, int length) =>
        texts.TryGetValue(s.DocumentId, out var text) && s.Start <= text.Length ? "…" + text[Math.Max(0, s.Start - length)..s.Start] : "";

    public static string After(IReadOnlyDictionary<long, string> texts, SourceView s, int length) =>
        texts.TryGetValue(s.DocumentId, out var text) && s.End <= text.Length ? text[s.End..Math.Min(text.Length, s.End + length)] + "…" : "";
}
