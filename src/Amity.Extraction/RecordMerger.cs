using Amity.Domain;
using Amity.Domain.Countries;
using Amity.Domain.Records;

namespace Amity.Extraction;

/// <summary>
/// Merges records that report the same engagement, across documents (a meeting reported by the host's
/// website and by a news agency): compatible kinds (meeting ≈ talks), overlapping dates and the same
/// people or country sides, with names compared as in <see cref="NameMatch"/>. The merged record keeps every
/// source, the most precise date, the first known value of each other field and the higher confidence.
/// </summary>
public static class RecordMerger
{
    public static IReadOnlyList<EngagementRecord> Merge(IEnumerable<EngagementRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var merged = new List<EngagementRecord>();
        // Only records whose dates overlap can be the same: each is compared with the undated (or loosely dated) ones
        // and those of the days it spans, not with every record kept (a year's readouts hold thousands).
        var undated = new List<int>();
        var byDay = new Dictionary<int, List<int>>();
        var candidates = new List<int>();
        foreach (var record in records)
        {
            candidates.Clear();
            candidates.AddRange(undated);
            if (Days(record) is { } span)
            {
                for (var day = span.First; day <= span.Last; day++)
                {
                    if (byDay.TryGetValue(day, out var kept))
                    {
                        candidates.AddRange(kept);
                    }
                }
                candidates.Sort();
            }
            else
            {
                candidates.Clear();
                candidates.AddRange(Enumerable.Range(0, merged.Count));
            }
            var index = -1;
            var last = -1;
            foreach (var at in candidates)
            {
                if (at != last && Same(merged[at], record))
                {
                    index = at;
                    break;
                }
                last = at;
            }
            if (index < 0)
            {
                index = merged.Count;
                merged.Add(record);
            }
            else
            {
                merged[index] = Combine(merged[index], record);
            }
            if (Days(merged[index]) is { } kept2)
            {
                for (var day = kept2.First; day <= kept2.Last; day++)
                {
                    if (!byDay.TryGetValue(day, out var list))
                    {
                        byDay[day] = list = [];
                    }
                    if (list.Count == 0 || list[^1] != index)
                    {
                        list.Add(index);
                    }
                }
            }
            else if (!undated.Contains(index))
            {
                undated.Add(index);
            }
        }
        return merged;
    }

    /// <summary>The days a record's dates span (as day numbers), or null when undated or spread over more than a month.</summary>
    private static (int First, int Last)? Days(EngagementRecord r)
    {
        if (!PartialDate.TryParse(r.Date, out var start))
        {
            return null;
        }
        var end = PartialDate.TryParse(r.EndDate, out var e) && e.Last > start.Last ? e.Last : start.Last;
        return end.DayNumber - start.First.DayNumber > 31 ? null : (start.First.DayNumber, end.DayNumber);
    }

    /// <summary>True when the two records report the same engagement.</summary>
    public static bool Same(EngagementRecord a, EngagementRecord b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!KindsCompatible(a.Kind, b.Kind) || !DatesOverlap(a.Date, b.Date, a.EndDate, b.EndDate))
        {
            return false;
        }
        var pa = a.Participants.Where(p => !string.IsNullOrWhiteSpace(p.Name)).ToList();
        var pb = b.Participants.Where(p => !string.IsNullOrWhiteSpace(p.Name)).ToList();
        if (pa.Count == 0 || pb.Count == 0)
        {
            return false;
        }
        var (small, large) = pa.Count <= pb.Count ? (pa, pb) : (pb, pa);
        return small.All(s => large.Any(l => SameParticipant(s, l)));
    }

    private static bool SameParticipant(ParticipantRecord a, ParticipantRecord b)
    {
        var aCountry = CountryCatalogue.Instance.ByName(a.Name) is not null;
        var bCountry = CountryCatalogue.Instance.ByName(b.Name) is not null;
        if (aCountry || bCountry)
        {
            return aCountry == bCountry && string.Equals(a.Country, b.Country, StringComparison.OrdinalIgnoreCase);
        }
        return NameMatch.Matches(a.Name, b.Name);
    }

    private static bool KindsCompatible(string? a, string? b) =>
        string.Equals(a, b, StringComparison.OrdinalIgnoreCase)
        || (a is "meeting" or "talks" && b is "meeting" or "talks");

    /// <summary>Overlapping dates; a record with an end date spans to it (a visit and a day inside it).</summary>
    private static bool DatesOverlap(string? a, string? b, string? aEnd, string? bEnd)
    {
        if (!PartialDate.TryParse(a, out var da) || !PartialDate.TryParse(b, out var db))
        {
            return true;
        }
        var aLast = PartialDate.TryParse(aEnd, out var ae) && ae.Last > da.Last ? ae.Last : da.Last;
        var bLast = PartialDate.TryParse(bEnd, out var be) && be.Last > db.Last ? be.Last : db.Last;
        return da.First <= bLast && db.First <= aLast;
    }

    private static EngagementRecord Combine(EngagementRecord a, EngagementRecord b)
    {
        var date = Precise(a.Date, b.Date);
        var participants = a.Participants.ToList();
        for (var i = 0; i < participants.Count; i++)
        {
            var other = b.Participants.FirstOrDefault(p => SameParticipant(participants[i], p));
            if (other is not null)
            {
                participants[i] = participants[i] with
                {
                    Title = participants[i].Title ?? other.Title,
                    Organization = participants[i].Organization ?? other.Organization,
                    Country = participants[i].Country ?? other.Country,
                    LeadsDelegation = participants[i].LeadsDelegation ?? other.LeadsDelegation,
                };
            }
        }
        participants.AddRange(b.Participants.Where(p => !a.Participants.Any(q => SameParticipant(q, p))));
        var sources = a.Sources.ToList();
        sources.AddRange(b.Sources.Where(s => !a.Sources.Any(t => t.Document == s.Document && t.Start == s.Start && t.End == s.End)));
        return a with
        {
            Kind = a.Kind == "meeting" && b.Kind == "talks" ? "talks" : a.Kind,
            Date = date,
            EndDate = a.EndDate ?? b.EndDate,
            Mode = a.Mode ?? b.Mode,
            Place = a.Place ?? b.Place,
            EventName = a.EventName ?? b.EventName,
            Participants = participants,
            Sources = sources,
            Confidence = Math.Min(1, Math.Max(a.Confidence ?? 0, b.Confidence ?? 0) + 0.1),
        };
    }

    private static string? Precise(string? a, string? b)
    {
        var okA = PartialDate.TryParse(a, out var da);
        var okB = PartialDate.TryParse(b, out var db);
        if (!okA)
        {
            return okB ? b : a;
        }
        return okB && db.Precision > da.Precision ? b : a;
    }
}
