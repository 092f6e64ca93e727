using Amity.Domain;
using Amity.Domain.Countries;
using Amity.Extraction.Lexicons;
using Amity.Extraction.Mentions;
using Amity.Extraction.Resolution;
using Amity.Extraction.Text;

namespace Amity.Extraction.Engagements;

/// <summary>
/// Turns the triggers of a sentence into candidate engagements: finds each trigger's agent (the people before
/// it, or the person "he" or "the delegation" refers to) and its counterparts (the people, organisations,
/// countries or event after it), then dates, places and modes them from the sentence and the article context.
/// </summary>
internal static class CandidateBuilder
{
    private static readonly string[] Pronouns = ["he", "she", "they", "his", "her", "their", "him"];
    private static readonly string[] GroupWords = ["delegation", "delegations", "participants", "members", "delegates", "representatives"];
    private static readonly string[] SideWords = ["sides", "two", "both", "parties", "ministers", "leaders", "countries"];

    public static List<Candidate> Build(string text, SentenceMentions m, List<Trigger> triggers, ArticleContext context)
    {
        var result = new List<Candidate>();
        var tokens = m.Sentence.Tokens;
        var kinds = triggers.Select(t => t.Kind).ToHashSet();
        foreach (var trigger in triggers)
        {
            // One engagement per sentence and kind; a phone trigger outranks "talks" or "met" beside it.
            if (trigger.Kind is EngagementKind.Meeting or EngagementKind.Talks && kinds.Contains(EngagementKind.Call))
            {
                continue;
            }
            if (trigger.Kind == EngagementKind.Meeting && kinds.Contains(EngagementKind.Talks))
            {
                continue;
            }
            if (result.Any(c => c.Kind == trigger.Kind || (c.Kind is EngagementKind.Meeting or EngagementKind.Talks && trigger.Kind is EngagementKind.Meeting or EngagementKind.Talks)))
            {
                continue;
            }
            var candidates = trigger.Kind switch
            {
                EngagementKind.Meeting or EngagementKind.Talks or EngagementKind.Call => Bilateral(text, m, trigger, context),
                EngagementKind.Visit => Visit(m, trigger, context),
                EngagementKind.Event => Event(text, m, trigger, context),
                EngagementKind.Letter => Letter(m, trigger, context),
                EngagementKind.Agreement => Agreement(m, trigger, context),
                _ => [],
            };
            foreach (var c in candidates)
            {
                Finish(text, m, trigger, c, context);
                result.Add(c);
            }
        }
        _ = tokens;
        return result;
    }

    // ---- agents and counterparts ----

    /// <summary>The people before the trigger (the agent, with coordinated agents), resolving pronouns and "the delegation".</summary>
    private static List<PersonMention> Agents(SentenceMentions m, Trigger trigger, ArticleContext context)
    {
        var before = m.Persons.Where(p => p.Last < trigger.First).ToList();
        var tokens = m.Sentence.Tokens;
        // "who is visiting Japan": the person the relative clause hangs on.
        var who = -1;
        for (var k = trigger.First - 1; k >= 0 && k >= trigger.First - 6; k--)
        {
            if (tokens[k].Lower is "who" or "which")
            {
                who = k;
                break;
            }
        }
        if (who >= 0)
        {
            var head = before.LastOrDefault(p => p.Last < who);
            return head is null ? [] : [head];
        }
        if (before.Count > 0)
        {
            // The subject and people coordinated with it ("Hayashi, Blinken and Park").
            var agents = new List<PersonMention> { before[0] };
            for (var i = 1; i < before.Count; i++)
            {
                var gap = before[i].First - before[i - 1].Last - 1;
                var joiner = gap >= 0 && gap <= 2 && Enumerable.Range(before[i - 1].Last + 1, gap).All(k => tokens[k].Lower is "and" or "," or "&" or "his" or "her");
                if (!joiner)
                {
                    break;
                }
                agents.Add(before[i]);
            }
            // A subject far from the trigger inside a subordinate phrase is not the agent ("When meeting X, Li said").
            return agents;
        }
        for (var k = trigger.First - 1; k >= 0; k--)
        {
            var w = tokens[k].Lower;
            if (Array.IndexOf(GroupWords, tokens[k].Bare) >= 0)
            {
                if (context.DelegationLeader is { } leader)
                {
                    var copy = leader.Copy();
                    copy.IsGroup = true;
                    copy.Country ??= Group(m, k, context).Country; // "the Vietnamese delegation"
                    return [copy];
                }
                return [Group(m, k, context)];
            }
            if (Array.IndexOf(Pronouns, w) >= 0 && context.Focus is { } focus)
            {
                return [focus.Copy()];
            }
        }
        // "When meeting with X, Li said", "Meeting his guest on February 28, Xi Jinping noted": the agent follows the fronted clause.
        if (trigger.First <= 2)
        {
            var comma = tokens.FindIndex(trigger.Last + 1, t => t.Text == ",");
            while (comma >= 0)
            {
                var agent = m.Persons.FirstOrDefault(p => p.First > comma);
                if (agent is null)
                {
                    break;
                }
                if (!IsInsideTitleOf(m, agent, comma))
                {
                    return [agent];
                }
                comma = tokens.FindIndex(comma + 1, t => t.Text == ",");
            }
        }
        return [];
    }

    private static bool IsInsideTitleOf(SentenceMentions m, PersonMention agent, int comma) =>
        m.Persons.Any(p => p != agent && p.First < comma && p.Last >= agent.First);

    /// <summary>A group participant ("the UK delegation") when no leader is known.</summary>
    private static PersonMention Group(SentenceMentions m, int k, ArticleContext context)
    {
        var tokens = m.Sentence.Tokens;
        string? country = null;
        var first = k;
        for (var j = k - 1; j >= 0 && j >= k - 3; j--)
        {
            if (m.CountryAt(j) is { } place)
            {
                country = place.Code;
                first = m.Labelled.PlaceAt[j]!.First;
                break;
            }
        }
        var name = first < k ? string.Join(' ', tokens.Skip(first).Take(k - first + 1).Select(t => t.Text)) : tokens[k].Text;
        return new PersonMention
        {
            Name = name,
            NameFirst = first,
            NameLast = k,
            First = first,
            Last = k,
            Country = country ?? context.DelegationCountry,
            IsGroup = true,
        };
    }

    /// <summary>The people after the trigger, up to the end of the clause.</summary>
    private static List<PersonMention> Counterparts(SentenceMentions m, Trigger trigger, ArticleContext context)
    {
        var tokens = m.Sentence.Tokens;
        var after = new List<PersonMention>();
        foreach (var p in m.Persons)
        {
            if (p.First <= trigger.Last)
            {
                continue;
            }
            // Stop at a new clause ("..., Li said", "; ...").
            var stop = false;
            for (var k = trigger.Last + 1; k < p.First; k++)
            {
                if (tokens[k].Text is ";" || tokens[k].Lower is "said" or "says" or "noted" or "stressed" or "added")
                {
                    stop = true;
                }
            }
            if (stop)
            {
                break;
            }
            after.Add(p);
        }
        if (after.Count == 0)
        {
            // "met with the delegation", "received the Youth Delegation from Bangladesh"
            for (var k = trigger.Last + 1; k < tokens.Count && k <= trigger.Last + 8; k++)
            {
                if (tokens[k].Bare is "delegation" or "delegates" or "participants")
                {
                    if (context.DelegationLeader is { } leader)
                    {
                        return [leader.Copy()];
                    }
                    return [Group(m, k, context)];
                }
            }
        }
        return after;
    }

    // ---- kinds ----

    private static List<Candidate> Bilateral(string text, SentenceMentions m, Trigger trigger, ArticleContext context)
    {
        var agents = Agents(m, trigger, context);
        var counterparts = Counterparts(m, trigger, context).Where(c => !agents.Any(a => Same(a, c))).ToList();
        if (agents.Count == 1 && agents[0].First > trigger.Last)
        {
            counterparts = counterparts.Where(c => c.Last < agents[0].First).ToList();
        }
        var list = new List<Candidate>();
        if (agents.Count == 0 && counterparts.Count >= 2 && trigger.Kind != EngagementKind.Meeting)
        {
            // "... held a video call between A and B"
            agents = [counterparts[0]];
            counterparts.RemoveAt(0);
        }
        if (agents.Count == 0)
        {
            return list;
        }
        if (counterparts.Count == 0)
        {
            if (agents.Count < 2)
            {
                return list;
            }
            var c = new Candidate { Kind = trigger.Kind };
            for (var i = 0; i < agents.Count; i++)
            {
                c.Participants.Add(Person(agents[i], i, i == 0 ? ParticipantRole.Host : ParticipantRole.Guest));
            }
            if (agents.Count > 2)
            {
                foreach (var p in c.Participants)
                {
                    p.Role = ParticipantRole.Present;
                }
            }
            list.Add(c);
            return list;
        }
        foreach (var counterpart in counterparts)
        {
            var (host, guest) = trigger.Passive ? (counterpart, agents[0]) : (agents[0], counterpart);
            var c = new Candidate { Kind = trigger.Kind };
            c.Participants.Add(Person(host, 0, ParticipantRole.Host));
            c.Participants.Add(Person(guest, 1, ParticipantRole.Guest));
            list.Add(c);
        }
        _ = text;
        return list;
    }

    private static List<Candidate> Visit(SentenceMentions m, Trigger trigger, ArticleContext context)
    {
        var tokens = m.Sentence.Tokens;
        // The destination, and further ones coordinated with it ("visiting Thailand, Hong Kong and the Philippines").
        var destinations = new List<PlaceMention>();
        foreach (var p in m.Places)
        {
            if (p.First <= trigger.Last || p.InCompound || p.Entry.Kind == PlaceKind.Demonym)
            {
                continue;
            }
            if (destinations.Count == 0)
            {
                if (p.First - trigger.Last > 8)
                {
                    break;
                }
                destinations.Add(p);
                continue;
            }
            var gap = Enumerable.Range(destinations[^1].Last + 1, Math.Max(0, p.First - destinations[^1].Last - 1));
            if (gap.All(k => tokens[k].Lower is "," or "and" or "the"))
            {
                destinations.Add(p);
            }
            else
            {
                break;
            }
        }
        if (destinations.Count == 0)
        {
            return [];
        }
        var agents = Agents(m, trigger, context);
        if (agents.Count == 0 && context.DelegationLeader is { } leader && m.Sentence.Tokens.Any(t => t.Bare == "delegation"))
        {
            agents = [leader.Copy()];
        }
        if (agents.Count == 0)
        {
            return [];
        }
        var visitor = agents[0];
        var list = new List<Candidate>();
        foreach (var destination in destinations)
        {
            var code = destination.Entry.Code;
            if (visitor.Country == code || list.Any(c => c.Participants[1].Country == code))
            {
                continue; // a domestic trip, or a second city of the same country
            }
            var country = CountryCatalogue.Instance.ByCode(code);
            var c = new Candidate { Kind = EngagementKind.Visit, Place = destination.Entry.Name };
            c.Participants.Add(Person(visitor, 1, ParticipantRole.Guest));
            c.Participants.Add(new Participant { Name = country?.Name ?? destination.Entry.Name, Country = code, Side = 0, Role = ParticipantRole.Host, IsCountry = true });
            list.Add(c);
            context.VisitDestination ??= destination.Entry;
        }
        if (destinations.Count == 1)
        {
            context.VisitDestination = destinations[0].Entry;
        }
        return list;
    }

    private static List<Candidate> Event(string text, SentenceMentions m, Trigger trigger, ArticleContext context)
    {
        var tokens = m.Sentence.Tokens;
        var ev = m.Events.FirstOrDefault(e => e.First > trigger.Last) ?? m.Events.LastOrDefault(e => e.Last < trigger.First);
        if (ev is null)
        {
            // "the conference", "the dialogue", "this event": the event named before.
            for (var k = trigger.Last + 1; k < tokens.Count && k <= trigger.Last + 6; k++)
            {
                if ((Words.EventHeads.Contains(tokens[k].Bare) || tokens[k].Bare == "event") && context.LastEvent is { } last)
                {
                    ev = last;
                    break;
                }
            }
        }
        if (ev is null)
        {
            return [];
        }
        var agents = Agents(m, trigger, context).Where(a => a.Last < ev.First || a.First > ev.Last).ToList();
        var organisers = m.Organisations.Where(o => o.Last < trigger.First && (o.Last < ev.First || o.First > ev.Last)).ToList();
        var c = new Candidate { Kind = EngagementKind.Event, EventName = ev.Name, Place = ev.Place };
        var speaker = tokens.Any(t => t.Bare is "addressed" or "speech" or "remarks" or "address" or "keynote");
        if (agents.Count > 0)
        {
            var side = 0;
            foreach (var a in agents)
            {
                c.Participants.Add(Person(a, side++, speaker ? ParticipantRole.Speaker : ParticipantRole.Attendee));
            }
        }
        else if (organisers.Count > 0 && tokens.Any(t => t.Bare is "held" or "hosted" or "co-hosted" or "organised" or "organized" or "convened"))
        {
            var side = 0;
            foreach (var o in organisers)
            {
                c.Participants.Add(new Participant { Name = o.Name, Organisation = o.Name, Country = o.Country, Side = side++, Role = ParticipantRole.Host, IsOrganisation = true });
            }
        }
        else
        {
            return [];
        }
        _ = text;
        return [c];
    }

    private static List<Candidate> Letter(SentenceMentions m, Trigger trigger, ArticleContext context)
    {
        var tokens = m.Sentence.Tokens;
        var senders = Agents(m, trigger, context);
        // The recipient: after "to" or "with" following the trigger word (or before it: "sent a message to X to congratulate").
        Participant? recipient = null;
        var from = m.Persons.Count > 0 && senders.Count > 0 ? senders[^1].Last + 1 : 0;
        for (var k = Math.Min(from, trigger.First); k < tokens.Count && recipient is null; k++)
        {
            if (tokens[k].Lower is not ("to" or "with"))
            {
                continue;
            }
            var j = k + 1;
            if (j < tokens.Count && tokens[j].Is("the"))
            {
                j++;
            }
            var person = m.Persons.FirstOrDefault(p => p.First >= j && p.First <= j + 8 && !senders.Any(s => Same(s, p)));
            var ev = m.Events.FirstOrDefault(e => e.First >= j && e.First <= j + 3);
            var org = m.Organisations.FirstOrDefault(o => o.First >= j && o.First <= j + 2);
            var place = m.Places.FirstOrDefault(p => p.First >= j && p.First <= j + 10 && !p.InCompound);
            if (ev is not null && (person is null || ev.First < person.First))
            {
                recipient = new Participant { Name = ev.Name, Side = 1, Role = ParticipantRole.Recipient };
            }
            else if (person is not null && (place is null || person.First <= place.First + 1))
            {
                recipient = Person(person, 1, ParticipantRole.Recipient);
            }
            else if (org is not null && (place is null || org.First <= place.First))
            {
                recipient = new Participant { Name = org.Name, Organisation = org.Name, Country = org.Country, Side = 1, Role = ParticipantRole.Recipient, IsOrganisation = true };
            }
            else if (place is not null)
            {
                var country = CountryCatalogue.Instance.ByCode(place.Entry.Code);
                recipient = new Participant { Name = country?.Name, Country = place.Entry.Code, Side = 1, Role = ParticipantRole.Recipient, IsCountry = true };
            }
        }
        if (senders.Count == 0 && recipient is not null && context.Focus is { } focus && tokens.Take(trigger.First).Any(t => Array.IndexOf(Pronouns, t.Lower) >= 0))
        {
            senders = [focus.Copy()];
        }
        if (senders.Count == 0 || recipient is null)
        {
            return [];
        }
        var list = new List<Candidate>();
        foreach (var sender in senders)
        {
            if (recipient.Name is not null && NameMatchSame(sender.Name, recipient.Name))
            {
                continue;
            }
            var c = new Candidate { Kind = EngagementKind.Letter, Mode = EngagementMode.Written };
            c.Participants.Add(Person(sender, 0, ParticipantRole.Sender));
            c.Participants.Add(new Participant
            {
                Name = recipient.Name,
                Title = recipient.Title,
                Organisation = recipient.Organisation,
                Country = recipient.Country,
                Side = 1,
                Role = ParticipantRole.Recipient,
                IsCountry = recipient.IsCountry,
                IsOrganisation = recipient.IsOrganisation,
            });
            list.Add(c);
        }
        return list;
    }

    private static List<Candidate> Agreement(SentenceMentions m, Trigger trigger, ArticleContext context)
    {
        var tokens = m.Sentence.Tokens;
        var sides = new List<Participant>();
        var between = -1;
        for (var k = trigger.Last + 1; k < tokens.Count; k++)
        {
            if (tokens[k].Lower == "between")
            {
                between = k;
                break;
            }
        }
        if (between >= 0)
        {
            AddSides(m, between + 1, tokens.Count - 1, sides);
        }
        if (sides.Count < 2)
        {
            sides.Clear();
            AddSides(m, 0, trigger.First - 1, sides);
        }
        if (sides.Count < 2 && tokens.Take(trigger.First).Any(t => Array.IndexOf(SideWords, t.Bare) >= 0 || Array.IndexOf(Pronouns, t.Lower) >= 0)
            && context.LastBilateral is { } last)
        {
            sides.Clear();
            foreach (var code in last.Participants.Select(p => p.Country).Where(c => c is not null).Distinct().Take(2))
            {
                sides.Add(CountrySide(code!, sides.Count));
            }
        }
        if (sides.Count < 2)
        {
            return [];
        }
        var c = new Candidate { Kind = EngagementKind.Agreement };
        c.Participants.AddRange(sides.Take(4));
        return [c];
    }

    /// <summary>Organisations, countries, or people's countries in a span, as agreement sides.</summary>
    private static void AddSides(SentenceMentions m, int first, int last, List<Participant> sides)
    {
        var orgs = m.Organisations.Where(o => o.First >= first && o.Last <= last && o.Name.Length > 5).ToList();
        var persons = m.Persons.Where(p => p.First >= first && p.Last <= last).ToList();
        var places = m.Places.Where(p => p.First >= first && p.Last <= last && !p.InCompound && p.Entry.Kind == PlaceKind.Country
            && !orgs.Any(o => o.First <= p.First && o.Last >= p.Last)).ToList();
        if (orgs.Count >= 2 && persons.Count == 0)
        {
            foreach (var o in orgs)
            {
                sides.Add(new Participant { Name = o.Name, Organisation = o.Name, Country = o.Country, Side = sides.Count, Role = ParticipantRole.Present, IsOrganisation = true });
            }
            return;
        }
        if (places.Count >= 2)
        {
            foreach (var code in places.Select(p => p.Entry.Code).Distinct())
            {
                sides.Add(CountrySide(code, sides.Count));
            }
            return;
        }
        if (persons.Count >= 2)
        {
            foreach (var code in persons.Select(p => p.Country).Where(c => c is not null).Distinct())
            {
                sides.Add(CountrySide(code!, sides.Count));
            }
        }
    }

    private static Participant CountrySide(string code, int side) =>
        new() { Name = CountryCatalogue.Instance.ByCode(code)?.Name, Country = code, Side = side, Role = ParticipantRole.Present, IsCountry = true };

    // ---- dates, places, modes ----

    private static void Finish(string text, SentenceMentions m, Trigger trigger, Candidate c, ArticleContext context)
    {
        var tokens = m.Sentence.Tokens;
        c.Sources.Add((m.Sentence.Start, m.Sentence.End));
        c.FromHeadline = m.Sentence.IsHeadline;
        c.Mode ??= trigger.Mode;
        if (c.Kind == EngagementKind.Call && tokens.Any(t => t.Bare.StartsWith("video", StringComparison.Ordinal) || t.Bare == "virtual"))
        {
            c.Mode = EngagementMode.Video;
        }
        if (c.Kind == EngagementKind.Event && tokens.Any(t => t.Bare.StartsWith("video", StringComparison.Ordinal) || t.Bare is "virtual" or "virtually" or "online"))
        {
            c.Mode = EngagementMode.Video;
        }
        // Date: the mention nearest the trigger, else the running date of the article.
        var triggerPos = tokens[trigger.First].Start;
        DateMention? best = null;
        foreach (var d in m.Dates)
        {
            if (d.IsDateline && m.Dates.Count > 1)
            {
                continue;
            }
            if (best is null || Math.Abs(d.Start - triggerPos) < Math.Abs(best.Start - triggerPos))
            {
                best = d;
            }
        }
        if (best is not null)
        {
            c.Date = DateResolver.Resolve(best, context.Reference, context.PreviousDate);
            if (best.RangeEnd is { } end && c.Kind is EngagementKind.Visit or EngagementKind.Event)
            {
                c.EndDate = DateResolver.Resolve(end with { Year = end.Year ?? best.Year }, context.Reference, context.PreviousDate);
                if (c.Date is { } s && c.EndDate is { } e && e.First < s.First)
                {
                    // "from 23 to 27 May" with the year given last: the start takes the end's year and month.
                    c.EndDate = null;
                }
                if (best.Year is null && c.EndDate is { } e2 && c.Date is { } s2 && s2.Year != e2.Year && best.Anchor == DateAnchor.Calendar)
                {
                    c.Date = new PartialDate(e2.Year, s2.Month, s2.Day);
                }
            }
            else if (best.RangeEnd is not null && c.Kind is EngagementKind.Meeting or EngagementKind.Talks && c.Date is { } rangeStart)
            {
                // A meeting somewhere inside a range is known only to its month.
                c.Date = new PartialDate(rangeStart.Year, rangeStart.Month);
            }
        }
        else if (context.NarrativeDate is { } narrative && !m.Sentence.IsHeadline)
        {
            c.Date = narrative.Precision == DatePrecision.Day && c.Kind is EngagementKind.Letter or EngagementKind.Event
                ? new PartialDate(narrative.Year, narrative.Month)
                : narrative;
        }
        // Place: "in/at <place>" in the sentence, "here" in a dateline, the visit under way, the running place.
        if (c.Kind is not (EngagementKind.Letter or EngagementKind.Call) && c.Mode != EngagementMode.Video)
        {
            if (c.Kind != EngagementKind.Visit)
            {
                var explicitPlace = ExplicitPlace(m);
                c.Place = explicitPlace ?? c.Place;
                if (c.Place is null && tokens.Any(t => t.Lower == "here") && context.DatelineCity is { } city)
                {
                    c.Place = city.Name;
                }
                c.Place ??= context.VisitDestination?.Name ?? context.NarrativePlace;
                c.Place = PlaceResolver.Refine(c.Place, m, context, explicitPlace);
                if (explicitPlace is not null && c.Kind is EngagementKind.Meeting or EngagementKind.Talks)
                {
                    context.NarrativePlace = explicitPlace;
                }
            }
        }
        else
        {
            c.Place = null;
        }
        if (c.Date is not null && c.Kind != EngagementKind.Visit)
        {
            context.PreviousDate = c.Date;
        }
        if (c.Date is not null)
        {
            context.NarrativeDate = c.Date;
        }
        // Countries still unknown: a host takes the country of the place; anyone may take a known person's.
        var placeCountry = c.Place is null ? null : Gazetteer.Instance.Lookup(Gazetteer.Key(c.Place))?[0].Code;
        foreach (var p in c.Participants)
        {
            if (p.Country is null && p.Role is ParticipantRole.Host && placeCountry is not null && !c.Participants.Any(o => o != p && o.Country == placeCountry))
            {
                p.Country = placeCountry;
            }
        }
        CountryResolver.Fill(c.Participants, m, context);
        if (c.Kind is EngagementKind.Meeting or EngagementKind.Talks or EngagementKind.Call)
        {
            context.LastBilateral = c;
        }
        // "his Chinese counterpart Xi Jinping": the other side's title, without its nationality.
        foreach (var p in c.Participants)
        {
            if (p.Title is { } title && (title.Contains("counterpart", StringComparison.OrdinalIgnoreCase) || title.Contains("opposite number", StringComparison.OrdinalIgnoreCase)))
            {
                var other = c.Participants.FirstOrDefault(o => o != p && o.Title is not null && !o.Title.Contains("counterpart", StringComparison.OrdinalIgnoreCase));
                p.Title = other?.Title is { } t ? WithoutNationality(t) : null;
            }
        }
        if (c.Kind is EngagementKind.Meeting or EngagementKind.Talks && c.EventName is null && context.HeldEvent is { } held)
        {
            c.EventName = held.Name;
            c.Place ??= context.HeldEventPlace;
        }
        c.Confidence = Confidence(c);
        _ = text;
    }

    /// <summary>"Russian President" → "President", "Australia's Foreign Minister" → "Foreign Minister".</summary>
    private static string WithoutNationality(string title)
    {
        var tokens = Tokenizer.Tokenize(title, 0, title.Length);
        var k = 0;
        while (k < tokens.Count - 1 && (Gazetteer.Instance.Lookup(tokens[k].Bare) is not null || tokens[k].Lower is "the" or "his" or "her"))
        {
            k++;
        }
        return k < tokens.Count ? title[tokens[k].Start..] : title;
    }

    private static string? ExplicitPlace(SentenceMentions m)
    {
        var tokens = m.Sentence.Tokens;
        foreach (var p in m.Places)
        {
            if (p.InCompound || p.Entry.Kind == PlaceKind.Demonym || p.First == 0)
            {
                continue;
            }
            var prev = tokens[p.First - 1].Lower;
            if (prev is "in" or "at" || (prev == "the" && p.First >= 2 && tokens[p.First - 2].Lower is "in"))
            {
                return p.Entry.Kind == PlaceKind.City ? p.Entry.Name : CountryCatalogue.Instance.ByCode(p.Entry.Code)?.Name ?? p.Entry.Name;
            }
        }
        return null;
    }

    private static double Confidence(Candidate c)
    {
        var score = 0.5;
        if (c.Participants.Count(p => p.Name is not null) >= 2)
        {
            score += 0.2;
        }
        if (c.Date is not null)
        {
            score += 0.1;
        }
        if (c.Participants.All(p => p.Country is not null))
        {
            score += 0.1;
        }
        if (c.FromHeadline)
        {
            score -= 0.2;
        }
        return Math.Clamp(score, 0, 1);
    }

    private static Participant Person(PersonMention p, int side, ParticipantRole role) => new()
    {
        Name = p.Name,
        Title = p.Title,
        Organisation = p.Organisation,
        Country = p.Country,
        Side = side,
        Role = role,
        IsGroup = p.IsGroup && p.Title is null,
    };

    private static bool Same(PersonMention a, PersonMention b) => NameMatchSame(a.Name, b.Name);

    private static bool NameMatchSame(string a, string b) => NameMatch.Matches(a, b);
}
