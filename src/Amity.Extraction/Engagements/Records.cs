using Amity.Domain;
using Amity.Domain.Records;

namespace Amity.Extraction.Engagements;

/// <summary>Writes a candidate as an <see cref="EngagementRecord"/>, applying the person directory.</summary>
internal static class Records
{
    public static EngagementRecord ToRecord(Candidate c, string document, string text, IPersonDirectory directory)
    {
        var on = c.Date is { Precision: DatePrecision.Day } d ? d.First : (DateOnly?)null;
        var participants = new List<ParticipantRecord>();
        foreach (var p in c.Participants)
        {
            var known = p.Name is not null && !p.IsCountry && !p.IsOrganisation ? directory.Find(p.Name, on) : null;
            participants.Add(new ParticipantRecord
            {
                // Clamped, so that no mention read from a hostile text can make the record fail an import.
                Name = TextLimits.Clamp(known?.CanonicalName ?? p.Name, TextLimits.Name),
                Title = TextLimits.Clamp(p.Title ?? known?.Title, TextLimits.Title),
                Organization = TextLimits.Clamp(p.Organisation ?? known?.Organisation, TextLimits.Title),
                Country = p.Country ?? known?.Country,
                Side = p.Side,
                Role = Codes.Of(p.Role),
                LeadsDelegation = p.LeadsDelegation ? true : null,
            });
        }
        return new EngagementRecord
        {
            Kind = Codes.Of(c.Kind),
            Date = c.Date?.ToString(),
            EndDate = c.EndDate is { } e && c.Date is { } s && e.First > s.Last ? e.ToString() : null,
            Mode = c.Mode is { } m ? Codes.Of(m) : null,
            Place = TextLimits.Clamp(c.Place, TextLimits.Name),
            Participants = participants.Take(TextLimits.Participants).ToList(),
            EventName = TextLimits.Clamp(c.EventName, TextLimits.Title),
            Sources = c.Sources.Select(s => new SourceRecord { Document = document, Start = s.Start, End = s.End }).ToList(),
            Confidence = Math.Round(c.Confidence, 2),
            Verification = "extracted",
        };
    }
}
