using Amity.Domain;
using Amity.Domain.Countries;

namespace Amity.Extraction.Engagements;

/// <summary>
/// Merges candidates that report the same engagement: compatible kinds, compatible dates and the same
/// principal people (names matching as in scoring). The merged candidate keeps every source.
/// </summary>
internal static class Merging
{
    public static List<Candidate> MergeWithin(List<Candidate> candidates)
    {
        var merged = new List<Candidate>();
        foreach (var c in candidates)
        {
            var same = merged.FirstOrDefault(m => Same(m, c));
            if (same is null)
            {
                merged.Add(c);
            }
            else
            {
                Absorb(same, c);
            }
        }
        ShareCountries(merged);
        return merged;
    }

    /// <summary>
    /// A person named with a country anywhere in the document ("Chinese President Xi Jinping") keeps it where a
    /// later report names them without one ("President Xi Jinping").
    /// </summary>
    private static void ShareCountries(List<Candidate> candidates)
    {
        var known = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var p in candidates.SelectMany(c => c.Participants))
        {
            if (p.Name is null || p.IsCountry || p.IsOrganisation || p.IsGroup || p.Country is null)
            {
                continue;
            }
            var key = NameKey.Of(p.Name);
            if (known.TryGetValue(key, out var code) && code != p.Country)
            {
                known[key] = null; // two countries for one name: no guess
            }
            else
            {
                known[key] = p.Country;
            }
        }
        // The fullest form of each person's title: "President" stands for "President of the Republic of X" given elsewhere.
        var titles = new Dictionary<string, List<(string Title, string Key)>>(StringComparer.Ordinal);
        foreach (var p in candidates.SelectMany(c => c.Participants))
        {
            if (p.Name is not null && p.Title is not null && !p.IsCountry && !p.IsOrganisation)
            {
                var key = NameKey.Of(p.Name);
                if (!titles.TryGetValue(key, out var list))
                {
                    titles[key] = list = [];
                }
                if (list.Count < 16)
                {
                    list.Add((p.Title, NameKey.Of(p.Title)));
                }
            }
        }
        foreach (var p in candidates.SelectMany(c => c.Participants))
        {
            if (p.Name is null || p.IsCountry || p.IsOrganisation)
            {
                continue;
            }
            var key = NameKey.Of(p.Name);
            if (p.Country is null && known.TryGetValue(key, out var code))
            {
                p.Country = code;
            }
            if (p.Title is { } title && titles.TryGetValue(key, out var forms))
            {
                // "President" → "President of the Republic of X"; "Foreign Minister" → "Federal Foreign Minister".
                var key0 = NameKey.Of(title);
                // A descriptive form ("President of the west African state of X") is the writer's, not the office.
                var fuller = forms.Where(f => f.Key.Length > key0.Length && Qualifies(f.Key, key0)
                        && !Resolution.PersonResolver.Descriptive(f.Title))
                    .Select(f => f.Title).MaxBy(f => f.Length);
                if (fuller is not null)
                {
                    p.Title = fuller;
                }
            }
        }
    }

    /// <summary>
    /// <paramref name="fullerKey"/> is <paramref name="titleKey"/> (both name keys) with one qualifying word before it ("Federal Foreign Minister"
    /// for "Foreign Minister"), not another office ("Vice-President of China" for "President of China").
    /// </summary>
    private static bool Qualifies(string fullerKey, string titleKey)
    {
        if (!fullerKey.EndsWith(titleKey, StringComparison.Ordinal))
        {
            return false;
        }
        var f = fullerKey.Split(' ');
        var t = titleKey.Split(' ');
        return f.Length == t.Length + 1 && f.AsSpan(1).SequenceEqual(t) && f[0] is not ("vice" or "deputy" or "former" or "then" or "acting" or "assistant" or "under");
    }

    internal static bool Same(Candidate a, Candidate b)
    {
        if (!KindsCompatible(a.Kind, b.Kind) || !DatesCompatible(a.Date, b.Date, a.EndDate, b.EndDate))
        {
            return false;
        }
        // Two engagements one sentence reports apart ("King A, Crown Prince B sent condolences") stay apart.
        if (a.Sources.Any(b.Sources.Contains))
        {
            return false;
        }
        if (a.Kind == EngagementKind.Event && b.Kind == EngagementKind.Event && a.EventName is not null && b.EventName is not null
            && !SharesHalf(a.EventName, b.EventName))
        {
            return false;
        }
        // One named event of one document is one engagement, whoever of its attendees each report names.
        if (a.Kind == EngagementKind.Event && b.Kind == EngagementKind.Event && a.EventName is not null && b.EventName is not null
            && a.Date is not null && b.Date is not null)
        {
            return true;
        }
        var pa = Principals(a);
        var pb = Principals(b);
        if (pa.Count == 0 || pb.Count == 0)
        {
            return false;
        }
        var (small, large) = pa.Count <= pb.Count ? (pa, pb) : (pb, pa);
        return small.All(s => large.Any(l => SameParticipant(s, l)));
    }

    private static bool SameParticipant(Participant a, Participant b)
    {
        if (a.IsCountry || b.IsCountry)
        {
            return a.Country is not null && a.Country == b.Country && a.IsCountry == b.IsCountry;
        }
        if (a.Name is null || b.Name is null)
        {
            // An unnamed office-holder of a country ("the leaders of A, B and C") is that country's named person.
            return a.Country is not null && a.Country == b.Country && !a.IsCountry && !b.IsCountry;
        }
        if (a.IsGroup != b.IsGroup)
        {
            // "the delegation" in a headline is the delegation's leader named in the body.
            return a.Side == b.Side && (a.Country is null || b.Country is null || a.Country == b.Country);
        }
        return Amity.Extraction.NameMatch.Matches(a.Name, b.Name);
    }

    private static List<Participant> Principals(Candidate c) => c.Participants.Where(p => p.Name is not null || p.Country is not null).ToList();

    private static bool KindsCompatible(EngagementKind a, EngagementKind b) =>
        a == b || (a is EngagementKind.Meeting or EngagementKind.Talks && b is EngagementKind.Meeting or EngagementKind.Talks);

    /// <summary>Overlapping dates; a visit or event spans from its date to its end date.</summary>
    private static bool DatesCompatible(PartialDate? a, PartialDate? b, PartialDate? aEnd = null, PartialDate? bEnd = null)
    {
        if (a is null || b is null)
        {
            return true;
        }
        var aLast = aEnd is { } ae && ae.Last > a.Value.Last ? ae.Last : a.Value.Last;
        var bLast = bEnd is { } be && be.Last > b.Value.Last ? be.Last : b.Value.Last;
        return a.Value.First <= bLast && b.Value.First <= aLast;
    }

    private static bool SharesHalf(string a, string b)
    {
        var wa = NameKey.Of(a).Split(' ');
        var wb = NameKey.Of(b).Split(' ').ToHashSet(StringComparer.Ordinal);
        var shared = wa.Count(wb.Contains);
        return shared * 2 >= Math.Min(wa.Length, wb.Count);
    }

    internal static void Absorb(Candidate into, Candidate other)
    {
        foreach (var s in other.Sources)
        {
            if (!into.Sources.Contains(s))
            {
                into.Sources.Add(s);
            }
        }
        if (into.Kind == EngagementKind.Meeting && other.Kind == EngagementKind.Talks)
        {
            into.Kind = EngagementKind.Talks;
        }
        if (into.Date is null || (other.Date is { } od && od.Precision > into.Date.Value.Precision && !into.FromHeadline))
        {
            into.Date = other.Date ?? into.Date;
        }
        into.EndDate ??= other.EndDate;
        // A city named by one report is more precise than the country another gives ("Beijing" over "China").
        if (into.Place is null || (other.Place is not null && into.Kind != EngagementKind.Visit && CountryCatalogue.Instance.ByName(into.Place) is not null && CountryCatalogue.Instance.ByName(other.Place) is null))
        {
            into.Place = other.Place ?? into.Place;
        }
        into.Mode ??= other.Mode;
        // "trilateral meeting" then "trilateral meeting of the Weimar Triangle": the fuller name of the same event.
        if (into.EventName is null || (other.EventName is { } fuller && fuller.Length > into.EventName.Length && fuller.StartsWith(into.EventName, StringComparison.OrdinalIgnoreCase)))
        {
            into.EventName = other.EventName ?? into.EventName;
        }
        foreach (var p in other.Participants)
        {
            var match = into.Participants.FirstOrDefault(q => SameParticipant(q, p));
            if (match is null)
            {
                if (!p.IsCountry)
                {
                    into.Participants.Add(p);
                }
                continue;
            }
            if ((match.IsGroup && !p.IsGroup) || (match.Name is null && p.Name is not null))
            {
                match.Name = p.Name;
                match.Title = p.Title;
                match.Organisation = p.Organisation;
                match.Country = p.Country ?? match.Country;
                match.IsGroup = false;
            }
            if (into.FromHeadline && !other.FromHeadline)
            {
                match.Name = p.Name?.Length > match.Name?.Length ? p.Name : match.Name;
                match.Title = p.Title ?? match.Title;
            }
            // "Foreign Minister" in one report, "Federal Foreign Minister" in another: the fuller, formal form.
            match.Title = match.Title is not null && p.Title is not null && !match.IsGroup && !string.Equals(match.Title, p.Title, StringComparison.Ordinal)
                ? Resolution.PersonResolver.Titles(match.Title, p.Title).Known
                : match.Title ?? p.Title;
            match.Organisation ??= p.Organisation;
            match.Country ??= p.Country;
            match.LeadsDelegation |= p.LeadsDelegation;
        }
        into.FromHeadline &= other.FromHeadline;
        into.Confidence = Math.Min(1, Math.Max(into.Confidence, other.Confidence) + 0.1);
    }
}
