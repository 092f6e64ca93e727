using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Amity.Domain.Countries;

namespace Amity.Domain.Records;

/// <summary>What makes an engagement record valid, and the fingerprint that makes importing it twice a no-op.</summary>
public static class RecordRules
{
    /// <summary>Every problem with the record, as (field, message) pairs; empty when it is valid.</summary>
    public static List<(string Field, string Message)> Validate(EngagementRecord record)
    {
        var problems = new List<(string, string)>();
        if (!Codes.TryParse<EngagementKind>(record.Kind, out _))
        {
            problems.Add(("kind", $"'{record.Kind}' is not one of: {string.Join(", ", Codes.All<EngagementKind>())}"));
        }
        PartialDate? date = null;
        if (record.Date is not null)
        {
            if (PartialDate.TryParse(record.Date, out var d))
            {
                date = d;
            }
            else
            {
                problems.Add(("date", $"'{record.Date}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"));
            }
        }
        if (record.EndDate is not null)
        {
            if (!PartialDate.TryParse(record.EndDate, out var end))
            {
                problems.Add(("end_date", $"'{record.EndDate}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"));
            }
            else if (date is { } start && end.Last < start.First)
            {
                problems.Add(("end_date", $"end_date {record.EndDate} is before date {record.Date}"));
            }
        }
        CheckCode<EngagementMode>(record.Mode, "mode", problems);
        CheckCode<Channel>(record.Channel, "channel", problems);
        CheckCode<EngagementStatus>(record.Status, "status", problems);
        CheckCode<Verification>(record.Verification, "verification", problems);
        if (record.Confidence is < 0 or > 1)
        {
            problems.Add(("confidence", "confidence must be between 0 and 1"));
        }
        if (record.Participants.Count == 0)
        {
            problems.Add(("participants", "a record needs at least one participant"));
        }
        if (record.Participants.Count > TextLimits.Participants)
        {
            problems.Add(("participants", $"a record takes at most {TextLimits.Participants} participants; this one has {record.Participants.Count}"));
        }
        CheckLength(record.Place, "place", TextLimits.Name, problems);
        CheckLength(record.EventName, "event_name", TextLimits.Title, problems);
        for (var i = 0; i < record.Participants.Count; i++)
        {
            var p = record.Participants[i];
            var at = $"participants[{i}]";
            if (string.IsNullOrWhiteSpace(p.Name) && p.Title is null && p.Organization is null && p.Country is null)
            {
                problems.Add(($"{at}.name", "a participant needs a name, title, organization or country"));
            }
            if (p.Country is not null && !CountryCatalogue.Instance.IsCode(p.Country))
            {
                problems.Add(($"{at}.country", $"unknown country code '{p.Country}' (ISO 3166-1 alpha-2 expected)"));
            }
            CheckLength(p.Name, $"{at}.name", TextLimits.Name, problems);
            CheckLength(p.Title, $"{at}.title", TextLimits.Title, problems);
            CheckLength(p.Organization, $"{at}.organization", TextLimits.Title, problems);
            if (p.Side < 0)
            {
                problems.Add(($"{at}.side", "side must be 0 or more"));
            }
            if (!Codes.TryParse<ParticipantRole>(p.Role, out _))
            {
                problems.Add(($"{at}.role", $"'{p.Role}' is not one of: {string.Join(", ", Codes.All<ParticipantRole>())}"));
            }
        }
        for (var i = 0; i < record.Sources.Count; i++)
        {
            var s = record.Sources[i];
            if (string.IsNullOrWhiteSpace(s.Document))
            {
                problems.Add(($"sources[{i}].document", "document is required"));
            }
            if (s.Start < 0 || s.End < s.Start)
            {
                problems.Add(($"sources[{i}]", $"span {s.Start}..{s.End} is not a valid span"));
            }
        }
        return problems;
    }

    private static void CheckLength(string? value, string field, int limit, List<(string, string)> problems)
    {
        if (value?.Length > limit)
        {
            problems.Add((field, TextLimits.TooLong(field, value.Length, limit)));
        }
    }

    private static void CheckCode<T>(string? value, string field, List<(string, string)> problems) where T : struct, Enum
    {
        if (value is not null && !Codes.TryParse<T>(value, out _))
        {
            problems.Add((field, $"'{value}' is not one of: {string.Join(", ", Codes.All<T>())}"));
        }
    }

    /// <summary>
    /// A hash of what the record says (kind, dates, mode, place, event, participants, cited spans), leaving out
    /// its id, quotes and review state, so the same engagement exported and imported again is recognised.
    /// </summary>
    public static string Fingerprint(EngagementRecord record)
    {
        var canonical = new EngagementRecord
        {
            Kind = record.Kind?.ToLowerInvariant(),
            Date = record.Date,
            EndDate = record.EndDate,
            Mode = record.Mode,
            Place = record.Place,
            EventName = record.EventName,
            Participants = record.Participants
                .Select(p => p with { Principal = p.Principal ?? false, LeadsDelegation = p.LeadsDelegation ?? false })
                .ToList(),
            Sources = record.Sources.Select(s => s with { Evidence = null }).ToList(),
        };
        var json = JsonSerializer.Serialize(canonical, EngagementRecord.JsonContract);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
    }
}
