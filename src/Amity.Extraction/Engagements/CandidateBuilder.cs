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
        context.SentenceTriggers = triggers;
        var result = new List<Candidate>();
        var tokens = m.Sentence.Tokens;
        var kinds = triggers.Select(t => t.Kind).ToHashSet();
        foreach (var trigger in triggers)
        {
            // "paid courtesy visits to": the word inside a longer trigger is not one of its own.
            if (triggers.Any(o => o != trigger && o.First <= trigger.First && o.Last >= trigger.Last && o.Last - o.First > trigger.Last - trigger.First))
            {
                continue;
            }
            // One engagement per sentence and kind; a phone trigger outranks "talks" or "met" beside it.
            if (trigger.Kind is EngagementKind.Meeting or EngagementKind.Talks && kinds.Contains(EngagementKind.Call))
            {
                continue;
            }
            if (trigger.Kind == EngagementKind.Meeting && kinds.Contains(EngagementKind.Talks))
            {
                continue;
            }
            var sameKind = result.Where(c => c.Kind == trigger.Kind || (c.Kind is EngagementKind.Meeting or EngagementKind.Talks && trigger.Kind is EngagementKind.Meeting or EngagementKind.Talks)).ToList();
            if (sameKind.Count > 0 && trigger.Kind is not (EngagementKind.Meeting or EngagementKind.Talks))
            {
                continue;
            }
            if (Planned(tokens, trigger))
            {
                continue;
            }
            if (trigger.Kind == EngagementKind.Meeting && tokens[trigger.First].Lower.StartsWith("welcome", StringComparison.Ordinal) && WelcomedTo(m, trigger, context) is { } welcomed)
            {
                Finish(text, m, trigger, welcomed, context);
                result.Add(welcomed);
                continue;
            }
            // "hosted a dinner in the honour of the delegation": an event the host gave.
            if (trigger.Kind == EngagementKind.Meeting && tokens[trigger.First].Lower is "hosted" or "hosts" or "hosting" && trigger.Last + 2 < tokens.Count
                && tokens[trigger.Last + 1].Lower is "a" or "an" && Enumerable.Range(trigger.Last + 2, Math.Min(3, tokens.Count - trigger.Last - 2)).Any(k => EventNouns.Contains(tokens[k].Bare)))
            {
                var asEvent = trigger with { Kind = EngagementKind.Event };
                var given = Event(text, m, asEvent, context);
                foreach (var c in given)
                {
                    c.Participants.Where(p => p.Role == ParticipantRole.Attendee).ToList().ForEach(p => p.Role = ParticipantRole.Host);
                    Finish(text, m, asEvent, c, context);
                    result.Add(c);
                }
                if (given.Count > 0)
                {
                    continue;
                }
            }
            if (trigger.Kind == EngagementKind.Meeting && tokens[trigger.First].Lower.StartsWith("host", StringComparison.Ordinal) && HostsDelegation(m, trigger, context) is { } hosted)
            {
                Finish(text, m, trigger, hosted, context);
                result.Add(hosted);
                continue;
            }
            var candidates = trigger.Kind switch
            {
                EngagementKind.Meeting or EngagementKind.Talks or EngagementKind.Call => Bilateral(text, m, trigger, context),
                EngagementKind.Visit => Visit(m, trigger, context),
                EngagementKind.Event => Event(text, m, trigger, context),
                EngagementKind.Letter => Letter(text, m, trigger, context),
                EngagementKind.Agreement => Agreement(text, m, trigger, context),
                _ => [],
            };
            // A second meeting word reports a second meeting only with other people ("after discussions with A, X discussed ... with B").
            if (sameKind.Count > 0)
            {
                var seen = sameKind.SelectMany(o => o.Participants).Where(p => p.Name is not null).Select(p => p.Name!).ToList();
                candidates = candidates.Where(c => c.Participants.Any(p => p.Name is { } name && !p.IsCountry && !seen.Any(n => NameMatchSame(n, name)))).ToList();
            }
            foreach (var c in candidates)
            {
                Finish(text, m, trigger, c, context);
                result.Add(c);
            }
            // "travelled to Poland on 3 April for a trilateral meeting": the visit's purpose is an event its visitors attended.
            if (trigger.Kind == EngagementKind.Visit && candidates.Count > 0 && !kinds.Contains(EngagementKind.Event)
                && tokens.FindIndex(trigger.Last + 1, t => t.Is("for")) is var purpose and > 0 && NounPhraseEvent(text, m, purpose + 1) is { } aim)
            {
                var attended = new Candidate { Kind = EngagementKind.Event, EventName = aim.Name };
                foreach (var visitor in candidates.SelectMany(c => c.Participants).Where(p => p.Role == ParticipantRole.Guest && !p.IsCountry).GroupBy(p => p.Name).Select(g => g.First()))
                {
                    var a = visitor.Copy();
                    a.Role = ParticipantRole.Attendee;
                    attended.Participants.Add(a);
                }
                Finish(text, m, trigger with { Kind = EngagementKind.Event }, attended, context);
                result.Add(attended);
            }
            if (trigger.Kind is EngagementKind.Meeting or EngagementKind.Talks && candidates.Count > 0 && !kinds.Contains(EngagementKind.Visit) && StayingIn(m, trigger, context) is { } stay)
            {
                Finish(text, m, trigger, stay, context);
                result.Add(stay);
            }
            if (trigger.Kind is EngagementKind.Meeting or EngagementKind.Talks && candidates.Count > 0 && !kinds.Contains(EngagementKind.Event)
                && Sidelines(m, trigger, candidates[0]) is { } sidelines)
            {
                Finish(text, m, trigger, sidelines, context);
                result.Add(sidelines);
            }
        }
        _ = tokens;
        return result;
    }

    /// <summary>"IGE will visit ... and attend", "is scheduled to meet": announced, not reported as done.</summary>
    private static bool Planned(List<Token> tokens, Trigger trigger)
    {
        for (var k = trigger.First - 1; k >= 0 && k >= trigger.First - 20; k--)
        {
            var w = tokens[k].Lower;
            // A list of places ("will visit A, B and C, and attend") keeps the clause; a new clause ends the search.
            if (tokens[k].Text is ";" or ":" or "“" or "”" or "\"" || w is "said" or "after" or "when" or "while" or "where" or "who" or "which" or "but")
            {
                return false;
            }
            if (w is "will" or "shall" || (w is "to" && k > 0 && tokens[k - 1].Lower is "scheduled" or "expected" or "plans" or "planned" or "plan" or "going" or "due"))
            {
                return true;
            }
            // "frequently attended or issued letters to ...": a habit, not one engagement.
            if (w is "frequently" or "often" or "regularly" or "repeatedly" or "usually" or "routinely")
            {
                return true;
            }
        }
        return false;
    }

    // ---- agents and counterparts ----

    /// <summary>The people before the trigger (the agent, with coordinated agents), resolving pronouns and "the delegation".</summary>
    private static List<PersonMention> Agents(SentenceMentions m, Trigger trigger, ArticleContext context)
    {
        var tokens = m.Sentence.Tokens;
        // A clause reported inside another ("Li noted that Xi has just had a visit"): its subject comes after the boundary.
        var boundary = -1;
        for (var k = trigger.First - 1; k >= 0; k--)
        {
            if (tokens[k].Lower is "that" or ";" && m.Persons.Any(p => p.Last < k) && m.Persons.Any(p => p.First > k && p.Last < trigger.First))
            {
                boundary = k;
                break;
            }
        }
        // 'X said in a statement: "The visit ..."': the speaker is not the agent of the quoted clause.
        for (var k = trigger.First - 1; k > boundary; k--)
        {
            if (tokens[k].Text is ":" or "“" or "«")
            {
                boundary = k;
                break;
            }
        }
        // "At the invitation of X, A and B travelled to ...": X invited, and is not the agent.
        var before = m.Persons.Where(p => p.Last < trigger.First && p.First > boundary && !Invites(tokens, p)).ToList();
        if (before.Count == 0 && Fronted(m, trigger) is { } subject)
        {
            return [subject];
        }
        // "who is visiting Japan": the person the relative clause hangs on.
        var who = -1;
        for (var k = trigger.First - 1; k >= 0 && k >= trigger.First - 6; k--)
        {
            // "during which X met": a preposition's relative names no subject.
            if (tokens[k].Lower is "who" or "which" && !(k > 0 && tokens[k - 1].Lower is "during" or "in" or "at" or "after" or "before" or "on" or "of"))
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
        // "Following on from discussions with A, B discussed ...": a fronted phrase's people are not the subject.
        if (before.Count > 1 && before[^1].Last == trigger.First - 1 && tokens[0].Lower is "following" or "after" or "before" or "in" or "during" or "on" or "at" or "while"
            && Enumerable.Range(before[^2].Last + 1, before[^1].First - before[^2].Last - 1).Any(k => tokens[k].Text == ","))
        {
            return [before[^1]];
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
                    var copy = At(leader, k);
                    copy.IsGroup = true;
                    copy.Country ??= Group(m, k, context).Country; // "the Vietnamese delegation"
                    return [copy];
                }
                return [Group(m, k, context)];
            }
            if (Array.IndexOf(Pronouns, w) >= 0 && context.Focus is { } focus)
            {
                return [At(focus, k)];
            }
            if (w is "i" or "my" && tokens[k].Text is "I" or "my" or "My" && context.Narrator is { } narrator)
            {
                return [At(narrator, k)];
            }
            // "During our week-long visit to Madagascar": a delegation's own report speaks of it as "we".
            if (w is "our" or "we" && context.Narrator is null && context.LastGroup is { } us && !tokens.Take(k).Any(t => t.Text is "“" or "\""))
            {
                return [At(us, k)];
            }
            // "It also held talks with ...": the delegation the article follows.
            if (w == "it" && k >= trigger.First - 3 && (k == 0 || !tokens[k - 1].IsWord) && context.DelegationLeader is { } delegationLeader)
            {
                var copy = At(delegationLeader, k);
                copy.IsGroup = true;
                return [copy];
            }
        }
        // "The Foreign Secretary travelled to ...": an office-holder named by the office only.
        // "The Foreign Secretary travelled to Afghanistan this week to attend ...": the subject of the whole sentence.
        var office = 1;
        while (office < trigger.First && (Words.TitleHeads.Contains(tokens[office].Bare) || Words.TitleModifiers.Contains(tokens[office].Bare)) && tokens[office].IsCapitalised)
        {
            office++;
        }
        if (trigger.First >= 2 && tokens[0].Is("the") && office > 1 && Words.TitleHeads.Contains(tokens[office - 1].Bare)
            && (office == trigger.First || (tokens[office].IsWord && !tokens[office].IsCapitalised && tokens[office].Lower is not ("of" or "and" or "for"))))
        {
            return [new PersonMention { Name = "", NameFirst = 1, NameLast = office - 1, First = 0, Last = office - 1, Title = string.Join(' ', tokens.Skip(1).Take(office - 1).Select(t => t.Text)) }];
        }
        return [];
    }

    /// <summary>A person remembered from an earlier sentence, standing at token <paramref name="k"/> of this one ("he", "the delegation").</summary>
    private static PersonMention At(PersonMention p, int k)
    {
        var copy = p.Copy();
        copy.First = k;
        copy.Last = k;
        return copy;
    }

    private static bool Invites(List<Token> tokens, PersonMention p)
    {
        for (var k = p.First - 1; k >= 0 && k >= p.First - 6; k--)
        {
            if (tokens[k].Text is "," or ";")
            {
                return false;
            }
            if (tokens[k].Bare is "invitation" or "invited" && (k + 1 < tokens.Count && tokens[k + 1].Lower is "of" or "by"))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] Subordinators = ["when", "while", "after", "before", "during", "in", "at", "on", "upon", "following", "since", "as", "his", "her", "their"];

    /// <summary>
    /// The subject of the main clause when the trigger stands in a fronted clause ("On May 5, when attending X, Li
    /// said", "In his speech at X, President Y noted", "In his first trip to the US, Z met"): the first person after
    /// the comma that closes the clause, not inside the trigger's own clause.
    /// </summary>
    private static PersonMention? Fronted(SentenceMentions m, Trigger trigger)
    {
        var tokens = m.Sentence.Tokens;
        var fronted = trigger.First == 0;
        for (var k = trigger.First - 1; k >= 0 && k >= trigger.First - 4 && !fronted; k--)
        {
            if (tokens[k].Text is "," or ";" || (k == trigger.First - 1 && tokens[k].Lower is "he" or "she" or "they" or "we" or "i"))
            {
                break;
            }
            fronted = Array.IndexOf(Subordinators, tokens[k].Lower) >= 0;
        }
        if (!fronted || m.Persons.Any(p => p.Last < trigger.First))
        {
            return null;
        }
        var comma = tokens.FindIndex(trigger.Last + 1, t => t.Text == ",");
        while (comma >= 0)
        {
            // "In his first trip to the US as Prime Minister, David Cameron met": "as <title>," describes the agent.
            var agent = m.Persons.FirstOrDefault(p => p.First > 0 && p.First < comma && p.NameFirst == comma + 1 && tokens[p.First - 1].Is("as")) ?? m.Persons.FirstOrDefault(p => p.First > comma);
            if (agent is null || Enumerable.Range(comma + 1, Math.Max(0, agent.First - comma - 1)).Any(k => tokens[k].Lower is "will" or "would" or "shall" or "'ll"))
            {
                return null;
            }
            if (!IsInsideTitleOf(m, agent, comma) && agent.First <= comma + 4)
            {
                // "During the visit, X will visit ...": a main clause in the future reports nothing done.
                return TriggerFinder.IsUnreal(tokens, Math.Min(tokens.Count - 1, agent.Last + 3)) ? null : agent;
            }
            comma = tokens.FindIndex(comma + 1, t => t.Text == ",");
        }
        return null;
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
        // "some NGIC board members": the body the members belong to, and what they are of it.
        string? organisation = null;
        string? title = null;
        if (first == k)
        {
            var modifier = k;
            while (modifier > 0 && modifier > k - 2 && tokens[modifier - 1].IsWord && !tokens[modifier - 1].IsCapitalised
                && tokens[modifier - 1].Lower is "board" or "executive" or "standing" or "council" or "committee" or "party" or "senior" or "leading")
            {
                modifier--;
            }
            if (modifier > 0 && m.Organisations.FirstOrDefault(o => o.Last == modifier - 1) is { } body)
            {
                organisation = body.Acronym is { Length: > 0 } acronym && !body.Name.Contains('(', StringComparison.Ordinal) ? $"{body.Name} ({acronym})" : body.Name;
                country ??= body.Country;
                title = modifier < k ? string.Join(' ', tokens.Skip(modifier).Take(k - modifier + 1).Select(t => t.Text)) : null;
                first = body.First;
            }
        }
        var name = first < k ? string.Join(' ', tokens.Skip(first).Take(k - first + 1).Select(t => t.Text)) : tokens[k].Text;
        var group = new PersonMention
        {
            Name = name,
            NameFirst = first,
            NameLast = k,
            First = first,
            Last = k,
            Title = title,
            Organisation = organisation,
            Country = country ?? context.DelegationCountry,
            IsGroup = true,
        };
        context.LastGroup = group;
        return group;
    }

    private static readonly string[] TriggerNouns = ["call", "calls", "talks", "consultations", "conference", "videoconference", "video-conference", "teleconference", "summit", "meeting", "link", "phone", "telephone"];

    /// <summary>The people after the trigger, up to the end of the clause.</summary>
    private static List<PersonMention> Counterparts(SentenceMentions m, Trigger trigger, ArticleContext context)
    {
        var tokens = m.Sentence.Tokens;
        if (trigger.Last + 2 < tokens.Count && tokens[trigger.Last + 1].Lower is "his" or "her" or "their" or "the"
            && tokens[trigger.Last + 2].Bare is "guest" or "guests" or "visitor" or "visitors" && context.Visitors.Count > 0)
        {
            // "Meeting his guest, Xi said": the visitor the article reported.
            return [At(context.Visitors[^1], trigger.Last + 2)];
        }
        var after = new List<PersonMention>();
        // A noun trigger ("held a video call", "talks") reaches its counterparts through "with" or "between".
        var noun = trigger.Kind is EngagementKind.Call or EngagementKind.Talks && Array.IndexOf(TriggerNouns, tokens[trigger.Last].Lower) >= 0;
        var stopAt = tokens.Count;
        foreach (var p in m.Persons)
        {
            if (p.First <= trigger.Last)
            {
                continue;
            }
            // Stop at a new clause ("..., Li said", "; ...") or a bracketed credit ("[Name/Agency]").
            var stop = false;
            var linked = !noun;
            for (var k = trigger.Last + 1; k < p.First; k++)
            {
                if (tokens[k].Text is ";" or "[" || tokens[k].Lower is "said" or "says" or "noted" or "stressed" or "added" || StartsNewPredicate(tokens, k))
                {
                    stop = true;
                }
                linked |= tokens[k].Lower is "with" or "between" or "among" or "to" or "from" or "by";
            }
            if (stop || !linked)
            {
                stopAt = p.First;
                break;
            }
            after.Add(p);
        }
        if (after.Count > 0)
        {
            // "... with X, Y, and representatives of the Harbour Institute": the organisation's people, as one participant.
            var end = Math.Min(stopAt, ClauseEnd(tokens, trigger.Last + 1) + 1);
            foreach (var o in m.Organisations.Where(o => o.First > after[^1].Last && o.Last < end))
            {
                var k = o.First - 1;
                if (k >= 0 && tokens[k].Is("the"))
                {
                    k--;
                }
                if (k < 1 || !tokens[k].Is("of") || Array.IndexOf(PeopleNouns, tokens[k - 1].Bare) < 0 || m.Persons.Any(p => p.First <= o.Last && p.Last >= o.First))
                {
                    continue;
                }
                var name = string.Join(' ', tokens.Skip(k - 1).Take(o.First - k + 1).Select(t => t.Text)) + " " + o.Name;
                after.Add(new PersonMention { Name = name, NameFirst = k - 1, NameLast = o.Last, First = k - 1, Last = o.Last, Organisation = o.Name, Country = o.Country });
            }
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
                        return [At(leader, k)];
                    }
                    return [Group(m, k, context)];
                }
            }
        }
        return after;
    }

    /// <summary>
    /// Unnamed office-holders of listed countries ("leaders of South Korea, Indonesia and New Zealand", "Presidents
    /// of A and B, the Prime Ministers of C and D and the Speaker of the Parliament of E"): one participant a
    /// country, titled by the office and found later by its country. Spans that hold a named person are skipped.
    /// </summary>
    internal static List<PersonMention> CountryGroups(SentenceMentions m, int from, int to)
    {
        var tokens = m.Sentence.Tokens;
        var result = new List<PersonMention>();
        to = Math.Min(to, tokens.Count - 1);
        for (var k = Math.Max(0, from); k < to; k++)
        {
            if (!Words.TitleHeads.Contains(tokens[k].Bare) || !tokens[k + 1].Is("of"))
            {
                continue;
            }
            // A group begins with a plural office ("leaders of", "Presidents of"); a singular one may follow in its list.
            var plural = tokens[k].Lower.EndsWith('s') && !tokens[k].Lower.EndsWith("ss", StringComparison.Ordinal);
            if (!plural && result.Count == 0)
            {
                continue;
            }
            var titleFirst = k;
            while (titleFirst > from && Words.TitleModifiers.Contains(tokens[titleFirst - 1].Bare))
            {
                titleFirst--;
            }
            // "of the Parliament of Bangladesh": skip a short institution before the country.
            var j = k + 2;
            var skipped = 0;
            while (j <= to && m.CountryAt(j) is null && skipped < 5 && (tokens[j].Is("the") || tokens[j].Is("of") || tokens[j].IsCapitalised))
            {
                j++;
                skipped++;
            }
            var title = Singular(string.Join(' ', tokens.Skip(titleFirst).Take(k - titleFirst + 1).Select(t => t.Text)));
            var institution = skipped > 0 ? " " + string.Join(' ', tokens.Skip(k + 1).Take(j - k - 1).Select(t => t.Text)) : "";
            var found = new List<PlaceMention>();
            while (j <= to && m.Labelled.PlaceAt[j] is { } place && place.Entry.Kind == PlaceKind.Country && !place.InCompound)
            {
                found.Add(place);
                j = place.Last + 1;
                if (j <= to && tokens[j].Text == "," && j + 1 <= to && m.CountryAt(j + 1) is not null)
                {
                    j++;
                }
                else if (j <= to && tokens[j].Is("and") && j + 1 <= to && m.CountryAt(j + 1) is not null)
                {
                    j++;
                }
                else if (j + 1 <= to && tokens[j].Text == "," && tokens[j + 1].Is("and") && j + 2 <= to && m.CountryAt(j + 2) is not null)
                {
                    j += 2;
                }
                else
                {
                    break;
                }
            }
            var last = found.Count > 0 ? found[^1].Last : k;
            if (found.Count == 0 || m.Persons.Any(p => p.First <= last && p.Last >= titleFirst))
            {
                continue;
            }
            foreach (var place in found)
            {
                if (result.Any(r => r.Country == place.Entry.Code))
                {
                    continue;
                }
                var country = CountryCatalogue.Instance.ByCode(place.Entry.Code)?.Name ?? place.Entry.Name;
                result.Add(new PersonMention
                {
                    Name = "",
                    NameFirst = place.First,
                    NameLast = place.Last,
                    First = titleFirst,
                    Last = place.Last,
                    Title = title + (found.Count == 1 ? institution + " of " + country : institution + " of " + country),
                    Country = place.Entry.Code,
                });
            }
            k = last;
        }
        return result;
    }

    private static string Singular(string title)
    {
        if (title.EndsWith("ies", StringComparison.Ordinal))
        {
            return title[..^3] + "y";
        }
        if (title.EndsWith('s') && !title.EndsWith("ss", StringComparison.Ordinal))
        {
            return title[..^1];
        }
        return title;
    }

    private static readonly string[] Verbs = ["held", "had", "met", "gave", "made", "paid", "took", "spoke", "exchanged", "discussed", "attended", "signed", "visited", "briefed", "expressed", "agreed", "reviewed", "called", "thanked"];

    /// <summary>
    /// A new predicate or a credit begins at <paramref name="k"/>: "and discussed ...", "to discuss ...", "(Photo by ...)".
    /// People after it are not the trigger's counterparts.
    /// </summary>
    private static bool StartsNewPredicate(List<Token> tokens, int k)
    {
        if (k + 1 >= tokens.Count)
        {
            return false;
        }
        var next = tokens[k + 1];
        if (tokens[k].Lower is "and" or "," && !next.IsCapitalised && next.IsWord
            && (Array.IndexOf(Verbs, next.Lower) >= 0 || (next.Lower.EndsWith("ed", StringComparison.Ordinal) && next.Lower is not ("led" or "headed" or "accompanied" or "invited" or "based" or "appointed" or "elected" or "designated" or "retired"))))
        {
            return true;
        }
        if (tokens[k].Is("to") && next.IsWord && !next.IsCapitalised && next.Lower is "discuss" or "exchange" or "review" or "sign" or "brief" or "explore" or "talk" or "mark" or "celebrate" or "attend" or "promote")
        {
            return true;
        }
        return tokens[k].Text == "(" && next.Lower is "photo" or "photos" or "pic" or "source" or "credit" or "image";
    }

    // ---- kinds ----

    private static List<Candidate> Bilateral(string text, SentenceMentions m, Trigger trigger, ArticleContext context)
    {
        var agents = Agents(m, trigger, context);
        if (agents.Count == 0)
        {
            agents = CountryGroups(m, 0, trigger.First - 1);
        }
        var counterparts = Counterparts(m, trigger, context).Where(c => !agents.Any(a => Same(a, c))).ToList();
        if (counterparts.Count == 0 || counterparts.All(c => c.IsGroup))
        {
            var groups = CountryGroups(m, trigger.Last + 1, ClauseEnd(m.Sentence.Tokens, trigger.Last + 1));
            if (groups.Count > 0)
            {
                counterparts = groups;
            }
        }
        if (agents.Count > 1 && agents.All(a => a.Name.Length == 0) && counterparts.Count > 0)
        {
            // "Presidents of A and B called on C": one engagement a country.
            (agents, counterparts) = ([counterparts[0]], agents);
        }
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
                // "met separately with friendly personages ...": the people may be listed in the next sentence.
                var tokens = m.Sentence.Tokens;
                if (trigger.Kind == EngagementKind.Meeting && !trigger.Passive
                    && Enumerable.Range(trigger.Last + 1, Math.Max(0, Math.Min(tokens.Count, trigger.Last + 6) - trigger.Last - 1)).Any(k => Array.IndexOf(PeopleNouns, tokens[k].Bare) >= 0))
                {
                    context.PendingMeeting = agents[0];
                }
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
            // "received by the President and his wife X": the spouse is present at the same meeting.
            if (list.Count > 0 && Spouse(m.Sentence.Tokens, counterpart))
            {
                var with = list[^1].Participants[trigger.Passive ? 0 : 1];
                var spouse = Person(counterpart, with.Side, with.Role == ParticipantRole.Host ? ParticipantRole.Host : ParticipantRole.Present);
                spouse.Country ??= with.Country;
                list[^1].Participants.Add(spouse);
                continue;
            }
            var (host, guest) = trigger.Passive ? (counterpart, agents[0]) : (agents[0], counterpart);
            var c = new Candidate { Kind = trigger.Kind };
            c.Participants.Add(Person(host, 0, ParticipantRole.Host));
            c.Participants.Add(Person(guest, 1, ParticipantRole.Guest));
            list.Add(c);
        }
        _ = text;
        return list;
    }

    private static bool Spouse(List<Token> tokens, PersonMention p) =>
        p.First >= 2 && tokens[p.First - 1].Bare is "wife" or "husband" or "spouse" && tokens[p.First - 2].Lower is "his" or "her" or "their";

    private static readonly string[] PeopleNouns = ["personages", "personalities", "figures", "officials", "leaders", "representatives", "dignitaries", "friends", "guests", "people", "members", "experts", "scholars"];

    /// <summary>
    /// "X met separately with friendly personages ... Among them were A, B and C.": a meeting of X with each person
    /// the listing sentence names.
    /// </summary>
    public static List<Candidate> Listed(string text, SentenceMentions m, ArticleContext context)
    {
        var agent = context.PendingMeeting;
        context.PendingMeeting = null;
        var tokens = m.Sentence.Tokens;
        if (agent is null || tokens.Count < 3 || m.Persons.Count == 0)
        {
            return [];
        }
        var lists = (tokens[0].Lower == "among" && tokens[1].Lower is "them" or "those" or "whom")
            || (tokens[0].Lower is "they" or "these" or "those" && tokens[1].Lower is "included" or "include" or "were");
        if (!lists)
        {
            return [];
        }
        var trigger = new Trigger(EngagementKind.Meeting, 0, 0, EngagementMode.InPerson, false);
        var result = new List<Candidate>();
        foreach (var p in m.Persons.Where(p => !Same(p, agent)))
        {
            var c = new Candidate { Kind = EngagementKind.Meeting };
            c.Participants.Add(Person(p, 0, ParticipantRole.Host));
            c.Participants.Add(Person(agent, 1, ParticipantRole.Guest));
            Finish(text, m, trigger, c, context);
            result.Add(c);
        }
        return result;
    }

    /// <summary>"X welcomed Y to Australia": Y's visit to the country (the welcome itself is part of it).</summary>
    private static Candidate? WelcomedTo(SentenceMentions m, Trigger trigger, ArticleContext context)
    {
        var tokens = m.Sentence.Tokens;
        var guest = m.Persons.FirstOrDefault(p => p.First > trigger.Last && p.First <= trigger.Last + 3);
        var k = guest is null ? -1 : guest.Last + 1;
        if (guest is null || k + 1 >= tokens.Count || !tokens[k].Is("to") || m.Labelled.PlaceAt[k + 1] is not { } place || place.Entry.Kind == PlaceKind.Demonym)
        {
            return null;
        }
        var code = place.Entry.Code;
        if (guest.Country == code)
        {
            return null;
        }
        var c = new Candidate { Kind = EngagementKind.Visit, Place = place.Entry.Name };
        c.Participants.Add(Person(guest, 1, ParticipantRole.Guest));
        c.Participants.Add(new Participant { Name = CountryCatalogue.Instance.ByCode(code)?.Name ?? place.Entry.Name, Country = code, Side = 0, Role = ParticipantRole.Host, IsCountry = true });
        var host = m.Persons.LastOrDefault(p => p.Last < trigger.First);
        if (host is not null)
        {
            c.Participants.Add(Person(host, 0, ParticipantRole.Host));
        }
        context.VisitDestination ??= place.Entry;
        return c;
    }

    /// <summary>
    /// "X is hosting the youth delegation from Chile in Kenya": the delegation's visit to the host's country (the
    /// country after "in", else the host's, else the dateline's).
    /// </summary>
    private static Candidate? HostsDelegation(SentenceMentions m, Trigger trigger, ArticleContext context)
    {
        var tokens = m.Sentence.Tokens;
        var k = tokens.FindIndex(trigger.Last + 1, t => t.Bare is "delegation" or "delegations");
        // "a delegation from Turkey", "a delegation from the Turkish Grand National Assembly"
        var at = k + 2 < tokens.Count && tokens[k + 2].Is("the") ? k + 3 : k + 2;
        if (k < 0 || k > trigger.Last + 6 || at >= tokens.Count || tokens[k + 1].Lower != "from" || m.Labelled.PlaceAt[at] is not { } from)
        {
            return null;
        }
        var guestCountry = from.Entry.Code;
        string? hostCountry = null;
        for (var j = from.Last + 1; j + 1 < tokens.Count && j <= from.Last + 3; j++)
        {
            if (tokens[j].Lower == "in" && m.Labelled.PlaceAt[j + 1] is { } there && there.Entry.Kind != PlaceKind.Demonym)
            {
                hostCountry = there.Entry.Code;
                break;
            }
        }
        hostCountry ??= m.Persons.LastOrDefault(p => p.Last < trigger.First)?.Country
            ?? m.Organisations.LastOrDefault(o => o.Last < trigger.First)?.Country ?? context.DatelineCity?.Code;
        // "... Chairman of the Turkey-UK Friendship Group": the one country the sentence pairs with the guests'.
        var pairs = m.Places.Where(p => p.InCompound && p.Entry.Kind == PlaceKind.Country && p.Entry.Code != guestCountry
            && m.Places.Any(o => o.First == p.First && o.Entry.Code == guestCountry)).Select(p => p.Entry.Code).Distinct().ToList();
        if (pairs.Count == 0)
        {
            foreach (var t in tokens.Where(t => t.Text.Contains('-', StringComparison.Ordinal)))
            {
                var codes = t.Text.Split('-').Select(part => CountryCatalogue.Instance.ByName(part)?.Code ?? Gazetteer.Instance.Lookup(Gazetteer.Key(part))?.FirstOrDefault(e => e.Kind == PlaceKind.Country)?.Code).ToList();
                if (codes.Count == 2 && codes.Contains(guestCountry) && codes.FirstOrDefault(c => c is not null && c != guestCountry) is { } other)
                {
                    pairs.Add(other);
                }
            }
        }
        if (hostCountry is null && pairs.Distinct().Count() == 1)
        {
            hostCountry = pairs[0];
        }
        if (hostCountry is null || hostCountry == guestCountry)
        {
            return null;
        }
        var first = k;
        while (first > trigger.Last + 1 && tokens[first - 1].IsCapitalised)
        {
            first--;
        }
        var name = string.Join(' ', tokens.Skip(first).Take(k - first + 1).Select(t => t.Text)) + " from " + (CountryCatalogue.Instance.ByCode(guestCountry)?.Name ?? from.Entry.Name);
        var country = CountryCatalogue.Instance.ByCode(hostCountry);
        var c = new Candidate { Kind = EngagementKind.Visit, Place = country?.Name };
        // "... led by Mr Hayati Yazici": the leader stands for the delegation.
        var led = tokens.FindIndex(k, t => t.Lower is "led" or "headed");
        var leader = led > 0 && led + 1 < tokens.Count && tokens[led + 1].Is("by") ? m.Persons.FirstOrDefault(p => p.First > led + 1 && p.First <= led + 4) : null;
        if (leader is not null)
        {
            var guest = Person(leader, 1, ParticipantRole.Guest);
            guest.Country ??= guestCountry;
            guest.LeadsDelegation = true;
            c.Participants.Add(guest);
        }
        else
        {
            c.Participants.Add(new Participant { Name = name, Country = guestCountry, Side = 1, Role = ParticipantRole.Guest, IsGroup = true });
        }
        c.Participants.Add(new Participant { Name = country?.Name, Country = hostCountry, Side = 0, Role = ParticipantRole.Host, IsCountry = true });
        return c;
    }

    /// <summary>"met with X, ..., who was in China for the forum": X's visit to that country.</summary>
    private static Candidate? StayingIn(SentenceMentions m, Trigger trigger, ArticleContext context)
    {
        var tokens = m.Sentence.Tokens;
        for (var k = trigger.Last + 1; k + 3 < tokens.Count; k++)
        {
            if (tokens[k].Lower != "who" || tokens[k + 1].Lower is not ("is" or "was" or "were" or "are") || tokens[k + 2].Lower != "in"
                || m.Labelled.PlaceAt[k + 3] is not { } place || place.Entry.Kind != PlaceKind.Country)
            {
                continue;
            }
            var guest = m.Persons.LastOrDefault(p => p.First > trigger.Last && p.First < k);
            var code = place.Entry.Code;
            if (guest is null || guest.Country == code || context.Visitors.Any(v => Same(v, guest)))
            {
                return null;
            }
            var country = CountryCatalogue.Instance.ByCode(code);
            var c = new Candidate { Kind = EngagementKind.Visit, Place = country?.Name ?? place.Entry.Name };
            c.Participants.Add(Person(guest, 1, ParticipantRole.Guest));
            c.Participants.Add(new Participant { Name = country?.Name ?? place.Entry.Name, Country = code, Side = 0, Role = ParticipantRole.Host, IsCountry = true });
            context.Visitors.Add(guest);
            return c;
        }
        return null;
    }

    /// <summary>"met ... on the sidelines of the 8th East Asia Summit": the agent attended that event.</summary>
    private static Candidate? Sidelines(SentenceMentions m, Trigger trigger, Candidate meeting)
    {
        var tokens = m.Sentence.Tokens;
        for (var k = trigger.Last + 1; k + 1 < tokens.Count; k++)
        {
            // "on the sidelines of", "during their attendance at", "while attending": the event both were at.
            if (tokens[k].Lower is "sidelines" or "sideline" or "margins" or "margin" or "fringes" or "fringe" && tokens[k + 1].Is("of")
                || tokens[k].Lower == "attendance" && tokens[k + 1].Lower is "at" or "of"
                || tokens[k].Lower == "attending" && tokens[k - 1].Lower is "while" or "when" or "during")
            {
                var ev = m.Events.FirstOrDefault(e => e.First > k && e.First <= k + 4);
                if (ev is null)
                {
                    return null;
                }
                var agent = meeting.Participants.FirstOrDefault(p => p.Side == (trigger.Passive ? 1 : 0) && p.Name is not null);
                if (agent is null)
                {
                    return null;
                }
                var c = new Candidate { Kind = EngagementKind.Event, EventName = ev.Name, Place = ev.Place };
                c.Participants.Add(new Participant { Name = agent.Name, Title = agent.Title, Organisation = agent.Organisation, Country = agent.Country, Side = 0, Role = ParticipantRole.Attendee });
                // "during their attendance": the counterpart was there too.
                if (tokens[k - 1].Lower is "their" && meeting.Participants.FirstOrDefault(p => p != agent && p.Name is not null) is { } other)
                {
                    var also = other.Copy();
                    also.Side = 1;
                    also.Role = ParticipantRole.Attendee;
                    c.Participants.Add(also);
                }
                return c;
            }
        }
        return null;
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
        if (destinations.Count == 1)
        {
            context.VisitDestination = destinations[0].Entry;
        }
        var agents = Agents(m, trigger, context);
        // "said Mr. Gayoom’s visit to India": the possessor is the visitor, whoever speaks.
        if (trigger.First > 0 && tokens[trigger.First - 1].IsPossessive && m.Persons.FirstOrDefault(p => p.NameLast == trigger.First - 1) is { } possessor)
        {
            agents = [possessor];
        }
        // "Warm welcome for the UK delegation to X": the delegation is the visitor.
        if (tokens[trigger.First].Bare == "delegation")
        {
            agents = context.DelegationLeader is { } head ? [head.Copy()] : [Group(m, trigger.First, context)];
        }
        // "the visit led by X": X leads it; "the visit made by X", "the visit of X": X is the visitor.
        if (LedBy(m, trigger) is { } ledBy)
        {
            agents = [ledBy];
        }
        else if (VisitBy(tokens, trigger) is { } by)
        {
            var visitor = m.Persons.FirstOrDefault(p => p.First > by && p.First <= by + 6);
            if (visitor is null)
            {
                return [];
            }
            agents = [visitor];
        }
        if (agents.Count == 0 && context.DelegationLeader is { } leader && (tokens.Any(t => t.Bare == "delegation") || Definite(tokens, trigger)))
        {
            agents = [leader.Copy()];
        }
        if (destinations.Count == 0 && agents.Count > 0 && ThatCountry(tokens, trigger) && agents[0].Country is { } own)
        {
            // "a visit to the Southeast Asian country": the other country the sentence named before.
            var named = m.Places.LastOrDefault(p => p.Last < trigger.First && p.Entry.Kind is PlaceKind.Country or PlaceKind.Demonym && p.Entry.Code != own);
            if (named is not null)
            {
                var code = named.Entry.Code;
                var country = CountryCatalogue.Instance.ByCode(code);
                var c = new Candidate { Kind = EngagementKind.Visit, Place = country?.Name };
                c.Participants.Add(Person(agents[0], 1, ParticipantRole.Guest));
                c.Participants.Add(new Participant { Name = country?.Name, Country = code, Side = 0, Role = ParticipantRole.Host, IsCountry = true });
                context.Visitors.Add(agents[0]);
                return [c];
            }
        }
        if (destinations.Count == 0 && agents.Count > 0 && Definite(tokens, trigger))
        {
            // "his visit", "the visit", "on the first day of her visit": the destination named before, or the dateline's country.
            var known = context.VisitDestination ?? context.DatelineCity;
            var named = Enumerable.Range(trigger.Last + 1, Math.Max(0, Math.Min(tokens.Count, trigger.Last + 4) - trigger.Last - 1)).Any(k => tokens[k].Lower is "to" or "in");
            if (known is null && !named && context.Visitors.Count == 0 && agents.Count == 1 && agents[0].Name.Length > 0)
            {
                // "on the first day of her visit, Minister Pandor held talks": the host country is told later, if at all.
                var pending = new Candidate { Kind = EngagementKind.Visit, AwaitsHost = true };
                pending.Participants.Add(Person(agents[0], 1, ParticipantRole.Guest));
                context.Visitors.Add(agents[0]);
                return [pending];
            }
            if (known is not null && known.Kind != PlaceKind.Demonym && !named)
            {
                var code = known.Code;
                var country = CountryCatalogue.Instance.ByCode(code);
                var list0 = new List<Candidate>();
                foreach (var visitor in agents.Where(a => a.Country is null || a.Country != code).Take(1))
                {
                    if (context.Visitors.Any(v => Same(v, visitor)))
                    {
                        continue; // that visit is reported already
                    }
                    var c = new Candidate { Kind = EngagementKind.Visit, Place = country?.Name ?? known.Name };
                    c.Participants.Add(Person(visitor, 1, ParticipantRole.Guest));
                    c.Participants.Add(new Participant { Name = country?.Name ?? known.Name, Country = code, Side = 0, Role = ParticipantRole.Host, IsCountry = true });
                    list0.Add(c);
                    context.Visitors.Add(visitor);
                }
                return list0;
            }
        }
        if (destinations.Count == 0)
        {
            return [];
        }
        if (agents.Count == 0)
        {
            return [];
        }
        var list = new List<Candidate>();
        // "Foreign Minister A and his French opposite number B travelled to Wrocław": a visit each.
        foreach (var visitor in agents)
        {
            var codes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var destination in destinations)
            {
                var code = destination.Entry.Code;
                if (visitor.Country == code || !codes.Add(code))
                {
                    continue; // a domestic trip, or a second city of the same country
                }
                var country = CountryCatalogue.Instance.ByCode(code);
                var c = new Candidate { Kind = EngagementKind.Visit, Place = destination.Entry.Name };
                c.Participants.Add(Person(visitor, 1, ParticipantRole.Guest));
                c.Participants.Add(new Participant { Name = country?.Name ?? destination.Entry.Name, Country = code, Side = 0, Role = ParticipantRole.Host, IsCountry = true });
                c.JoinsDelegation = agents.Count == 1 && WithDelegation(tokens, trigger);
                list.Add(c);
                context.Visitors.Add(visitor);
                context.VisitDestination ??= destination.Entry;
            }
        }
        return list;
    }

    /// <summary>"traveled to New York with the CPIFA Delegation": the traveller goes as one of a delegation.</summary>
    private static bool WithDelegation(List<Token> tokens, Trigger trigger)
    {
        var end = Math.Min(tokens.Count, trigger.Last + 30);
        for (var k = trigger.Last + 1; k < end; k++)
        {
            if (tokens[k].Text is ";" or "." || StartsNewPredicate(tokens, k))
            {
                return false;
            }
            if (tokens[k].Lower is "with" or "in" && Enumerable.Range(k + 1, Math.Max(0, Math.Min(end, k + 16) - k - 1)).Any(j => tokens[j].Bare is "delegation"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A visit whose destination the sentence left unsaid goes to the one country the article names besides the
    /// visitor's own; with none or several, it is dropped.
    /// </summary>
    internal static void VisitHosts(List<Candidate> candidates, ArticleContext context)
    {
        foreach (var c in candidates.Where(c => c.AwaitsHost).ToList())
        {
            var visitor = c.Participants[0];
            var others = context.CountriesNamed.Where(code => code != visitor.Country).ToList();
            if (visitor.Country is null || others.Count != 1)
            {
                candidates.Remove(c);
                continue;
            }
            var country = CountryCatalogue.Instance.ByCode(others[0]);
            c.Participants.Add(new Participant { Name = country?.Name, Country = others[0], Side = 0, Role = ParticipantRole.Host, IsCountry = true });
            c.Place ??= country?.Name;
            c.AwaitsHost = false;
        }
    }

    /// <summary>A visit made with a delegation is the delegation's: its leader, once the article names one, leads the visit.</summary>
    internal static void DelegationVisits(List<Candidate> candidates, ArticleContext context)
    {
        if (context.DelegationLeader is not { Name.Length: > 0 } leader)
        {
            return;
        }
        foreach (var c in candidates)
        {
            if (c.JoinsDelegation && !c.Participants.Exists(p => p.Name is not null && NameMatchSame(p.Name, leader.Name)))
            {
                var lead = Person(leader, 1, ParticipantRole.Guest);
                lead.LeadsDelegation = true;
                c.Participants.Insert(0, lead);
            }
        }
    }

    /// <summary>"visit to the Southeast Asian country", "trip to the Gulf nation": a destination named by its kind.</summary>
    private static bool ThatCountry(List<Token> tokens, Trigger trigger)
    {
        var k = trigger.Last + 1;
        if (k + 2 >= tokens.Count || tokens[k].Lower != "to" || tokens[k + 1].Lower != "the")
        {
            return false;
        }
        for (var j = k + 2; j < tokens.Count && j <= k + 5; j++)
        {
            if (tokens[j].Bare is "country" or "nation" or "kingdom" or "republic")
            {
                return !tokens[j].IsCapitalised;
            }
            if (!tokens[j].IsWord)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>"his visit", "the visit", "this trip": a visit the article already spoke of.</summary>
    private static bool Definite(List<Token> tokens, Trigger trigger)
    {
        for (var k = trigger.First - 1; k >= 0 && k >= trigger.First - 3; k--)
        {
            if (tokens[k].Lower is "his" or "her" or "their" or "the" or "this" or "its")
            {
                return true;
            }
            if (!tokens[k].IsWord || tokens[k].IsCapitalised)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>"visit made by", "visit paid by", "visit by", "visit of" before a name or a possessive: the token before the visitor.</summary>
    private static int? VisitBy(List<Token> tokens, Trigger trigger)
    {
        var k = trigger.Last + 1;
        if (k < tokens.Count && tokens[k].Lower is "made" or "paid" or "undertaken")
        {
            k++;
        }
        if (k + 1 >= tokens.Count || tokens[k].Lower is not ("by" or "of"))
        {
            return null;
        }
        var next = tokens[k + 1];
        return next.IsCapitalised || next.Lower is "his" or "her" or "their" or "the" ? k : null;
    }

    /// <summary>"the visit led by X", "the trip headed by X": the person who leads it.</summary>
    private static PersonMention? LedBy(SentenceMentions m, Trigger trigger)
    {
        var tokens = m.Sentence.Tokens;
        for (var k = trigger.Last + 1; k + 1 < tokens.Count && k <= trigger.Last + 2; k++)
        {
            if (tokens[k].Lower is "led" or "headed" && tokens[k + 1].Lower == "by")
            {
                return m.Persons.FirstOrDefault(p => p.First > k + 1 && p.First <= k + 8)?.Copy();
            }
        }
        return null;
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
        ev ??= DescribedEvent(text, m, trigger);
        if (ev is null)
        {
            return [];
        }
        // An event named in an earlier sentence ("the summit") spans none of this sentence's tokens.
        var (evFirst, evLast) = m.Events.Contains(ev) || ev.First >= trigger.First ? (ev.First, ev.Last) : (-1, -1);
        var agents = Agents(m, trigger, context).Where(a => a.Last < evFirst || a.First > evLast).ToList();
        if (agents.Count == 0 && tokens[trigger.First].Lower is "speech" or "address" or "presentation" or "keynote" or "remarks"
            && tokens.FindIndex(trigger.Last + 1, t => t.Is("by")) is var by and > 0 && by <= trigger.Last + 3
            && m.Persons.FirstOrDefault(p => p.First > by && p.First <= by + 3) is { } giver)
        {
            agents.Add(giver); // "the presentation delivered by X at ..."
        }
        var organisers = m.Organisations.Where(o => o.Last < trigger.First && (o.Last < evFirst || o.First > evLast)).ToList();
        var eventName = ev.Name;
        if (ev.Last + 2 < tokens.Count && tokens[ev.Last + 1].Is("of") && m.Organisations.FirstOrDefault(o => o.First >= ev.Last + 2 && o.First <= ev.Last + 4) is { } owner
            && Enumerable.Range(ev.Last + 2, owner.First - ev.Last - 2).All(k => tokens[k].Lower is "the" || tokens[k].IsCapitalised || tokens[k].Lower is "ruling" or "governing"))
        {
            // "the 55th National Conference of the ruling Harbour Party (HP)": the event is the organisation's.
            eventName = text[tokens[ev.First].Start..tokens[owner.Last].End];
        }
        var c = new Candidate { Kind = EngagementKind.Event, EventName = eventName, Place = ev.Place };
        var speaker = tokens.Any(t => t.Bare is "addressed" or "speech" or "remarks" or "address" or "keynote");
        if (agents.Count > 0)
        {
            var side = 0;
            foreach (var a in agents)
            {
                c.Participants.Add(Person(a, side++, speaker ? ParticipantRole.Speaker : ParticipantRole.Attendee));
            }
            // "attended the X Forum jointly held by A and B": the organisers host it.
            foreach (var o in HeldBy(m, ev))
            {
                if (!c.Participants.Exists(p => p.Organisation == o.Name && p.Name == o.Name))
                {
                    c.Participants.Add(Organisation(o, side++, ParticipantRole.Host));
                }
            }
        }
        else if (HeldBy(m, ev) is { Count: > 0 } conveners)
        {
            // "Experts attended talks at the X Dialogue, convened by A and B": the conveners are its principals.
            var side = 0;
            foreach (var o in conveners)
            {
                c.Participants.Add(Organisation(o, side++, ParticipantRole.Host));
            }
        }
        else if (organisers.Count > 0 && tokens.Any(t => t.Bare is "held" or "hosted" or "co-hosted" or "organised" or "organized" or "convened"))
        {
            var side = 0;
            foreach (var o in organisers)
            {
                c.Participants.Add(Organisation(o, side++, ParticipantRole.Host));
            }
        }
        else
        {
            return [];
        }
        // "attended the IX Global Baku Forum and the XXIV High-Level Meeting": one event each, dated in turn
        // when the sentence gives as many dates ("This June and September").
        var list = new List<Candidate> { c };
        var previous = ev;
        foreach (var next in m.Events.Where(e => e.First > ev.Last))
        {
            if (!Enumerable.Range(previous.Last + 1, next.First - previous.Last - 1).All(k => tokens[k].Lower is "and" or "the" or ","))
            {
                break;
            }
            var other = new Candidate { Kind = EngagementKind.Event, EventName = next.Name, Place = next.Place };
            other.Participants.AddRange(c.Participants.Where(p => !p.IsOrganisation).Select(p => p.Copy()));
            list.Add(other);
            previous = next;
        }
        var dates = m.Dates.Where(d => !d.IsDateline).ToList();
        if (list.Count > 1 && dates.Count == list.Count)
        {
            for (var i = 0; i < list.Count; i++)
            {
                list[i].DateAt = dates[i];
            }
        }
        _ = text;
        return list;
    }

    private static readonly HashSet<string> SpeechWords = new(StringComparer.Ordinal)
    {
        "said", "says", "remarked", "remark", "remarks", "uttered", "proposed", "introduced", "announced", "stated", "declared",
        "delivered", "speech", "address", "presentation", "told", "stressed", "noted", "unveiled", "forward",
    };

    /// <summary>
    /// "uttered by X at the Munich Security Conference", "put forward by Xi at the Boao Forum", "X said at the Y
    /// Summit": a person who spoke at a named event attended it as a speaker.
    /// </summary>
    public static Candidate? SpokeAt(string text, SentenceMentions m, ArticleContext context)
    {
        var tokens = m.Sentence.Tokens;
        if (m.Events.Count == 0 || m.Sentence.IsHeadline || !tokens.Exists(t => SpeechWords.Contains(t.Lower)))
        {
            return null;
        }
        foreach (var ev in m.Events)
        {
            var (nameFirst, name) = MeetingOf(text, m, ev) ?? (ev.First, ev.Name);
            var at = nameFirst - 1;
            // "during the opening ceremony of the sixth ministerial meeting of ...": the ceremony is part of the event.
            while (at > 0 && tokens[at].Lower is "the" or "this" or "last" or "a" or "opening" or "closing" or "plenary" or "ceremony" or "session" or "of")
            {
                at--;
            }
            if (at < 0 || tokens[at].Lower is not ("at" or "during"))
            {
                continue;
            }
            var speaker = at < 1 ? null : m.Persons.LastOrDefault(p => p.Last < at && p.Last >= at - 3 && p.Name.Length > 0);
            var verb = speaker is null ? -1 : Enumerable.Range(Math.Max(0, speaker.First - 4), at - Math.Max(0, speaker.First - 4)).FirstOrDefault(k => SpeechWords.Contains(tokens[k].Lower), -1);
            if (speaker is null || verb < 0)
            {
                speaker = FrontedSpeaker(m, ev, at, context);
            }
            if (speaker is null)
            {
                continue;
            }
            var c = new Candidate { Kind = EngagementKind.Event, EventName = name, Place = ev.Place };
            c.Participants.Add(Person(speaker, 0, ParticipantRole.Speaker));
            Finish(text, m, new Trigger(EngagementKind.Event, at, at, null, false), c, context);
            c.Mode = null;
            return c;
        }
        return null;
    }

    /// <summary>"the sixth ministerial meeting of the China-Arab Cooperation Forum": a numbered session of a named body.</summary>
    private static (int First, string Name)? MeetingOf(string text, SentenceMentions m, EventMention ev)
    {
        var tokens = m.Sentence.Tokens;
        var k = ev.First - 1;
        if (k < 3 || !tokens[k].Is("the") || !tokens[k - 1].Is("of") || !Words.EventHeads.Contains(tokens[k - 2].Lower))
        {
            return null;
        }
        var first = k - 2;
        while (first > 1 && tokens[first - 1].IsWord && !tokens[first - 1].IsCapitalised && !tokens[first - 1].Is("the") && !Words.Ordinals.ContainsKey(tokens[first - 1].Bare))
        {
            first--;
        }
        return first > 1 && (Words.Ordinals.ContainsKey(tokens[first - 1].Bare) || tokens[first - 1].IsNumber)
            ? (first - 1, text[tokens[first - 1].Start..tokens[ev.Last].End])
            : null;
    }

    /// <summary>
    /// "During the X Forum last year, I proposed ...", "At the X Summit, President Y stressed ...": the speaker of a
    /// sentence that opens at the event, the subject right after its comma (the narrator for "I").
    /// </summary>
    private static PersonMention? FrontedSpeaker(SentenceMentions m, EventMention ev, int at, ArticleContext context)
    {
        var tokens = m.Sentence.Tokens;
        if (at != 0 && !(at == 1 && tokens[0].Text is "“" or "\""))
        {
            return null;
        }
        var comma = tokens.FindIndex(ev.Last + 1, t => t.Text is "," or ";" or ".");
        if (comma < 0 || comma > ev.Last + 6 || tokens[comma].Text != "," || comma + 2 >= tokens.Count)
        {
            return null;
        }
        var subject = comma + 1;
        PersonMention? speaker = tokens[subject].Text == "I" ? context.Narrator
            : m.Persons.FirstOrDefault(p => p.First == subject && p.Name.Length > 0);
        if (speaker is null)
        {
            return null;
        }
        var after = tokens[subject].Text == "I" ? subject : speaker.Last;
        return after + 1 < tokens.Count && SpeechWords.Contains(tokens[after + 1].Lower) ? speaker : null;
    }

    private static readonly HashSet<string> EventNouns = new(StringComparer.Ordinal)
    {
        "ceremony", "dinner", "luncheon", "lunch", "banquet", "reception", "inauguration", "discussion", "round-table", "roundtable",
        "seminar", "symposium", "workshop", "meeting", "dialogue", "session", "celebration", "gala", "festival", "exhibition",
        "opening", "launch", "funeral", "parade", "commemoration", "conference", "forum", "summit", "negotiations", "rally",
        "concert", "briefing", "debate", "consultations", "dedication", "unveiling", "groundbreaking", "premiere", "fair",
    };

    /// <summary>
    /// An event the text describes rather than names: "attended the welcoming ceremony", "attended the inauguration of
    /// X as president of the Y", "took part in a round-table discussion on ..."; "his speech at Seoul University".
    /// </summary>
    private static EventMention? DescribedEvent(string text, SentenceMentions m, Trigger trigger)
    {
        var tokens = m.Sentence.Tokens;
        var word = tokens[trigger.First].Lower;
        if (word is "speech" or "address" or "presentation" or "keynote")
        {
            // Past an appositive ("the presentation delivered by X, co-editor of Y, at a round-table discussion on Z").
            for (var j = trigger.Last + 1; j + 1 < tokens.Count && j <= trigger.Last + 25 && tokens[j].Text is not ";"; j++)
            {
                if (!tokens[j].Is("at"))
                {
                    continue;
                }
                if (NounPhraseEvent(text, m, j + 1) is { } described)
                {
                    return described;
                }
                if (word is "presentation" or "keynote")
                {
                    return null;
                }
                var from = tokens[j + 1].Is("the") ? j + 2 : j + 1;
                var to = from - 1;
                while (to + 1 < tokens.Count && (tokens[to + 1].IsCapitalised || (to >= from && tokens[to + 1].Lower is "of" or "for" && to + 2 < tokens.Count && tokens[to + 2].IsCapitalised)))
                {
                    to++;
                }
                return to < from ? null : new EventMention(trigger.First, to, "speech at " + text[tokens[from].Start..tokens[to].End], null);
            }
            return null;
        }
        if (word is not ("attended" or "attend" or "attends" or "attending" or "participated" or "took" or "take" or "takes" or "hosted" or "hosts" or "hosting"))
        {
            return null;
        }
        var k = trigger.Last + 1;
        if (k < tokens.Count && tokens[k].Is("in"))
        {
            k++;
        }
        return NounPhraseEvent(text, m, k);
    }

    /// <summary>"a trilateral meeting of the Weimar Triangle", "the welcoming ceremony": an event noun phrase from its determiner at <paramref name="k"/>.</summary>
    private static EventMention? NounPhraseEvent(string text, SentenceMentions m, int k)
    {
        var tokens = m.Sentence.Tokens;
        if (k >= tokens.Count || tokens[k].Lower is not ("the" or "a" or "an"))
        {
            return null;
        }
        var first = k + 1;
        var last = first - 1;
        var head = -1;
        for (var j = first; j < tokens.Count && j < first + 16; j++)
        {
            var t = tokens[j];
            if (!t.IsWord && t.Text is not ("-" or "–" or "’" or "'") || t.Lower is "where" or "which" or "who" or "when" or "while" or "held" or "organised" or "organized" or "hosted"
                || StartsNewPredicate(tokens, j) || m.Dates.Exists(d => d.Start == t.Start) || (t.Lower is "in" or "at" && m.Labelled.PlaceAt[Math.Min(j + 1, tokens.Count - 1)] is { Entry.Kind: PlaceKind.City }))
            {
                break;
            }
            if (head < 0 && j < first + 4 && EventNouns.Contains(t.Bare))
            {
                head = j;
            }
            last = j;
        }
        while (last > first && tokens[last].Lower is "and" or "of" or "the" or "on" or "in" or "for")
        {
            last--;
        }
        if (head < 0 || last == first)
        {
            return null;
        }
        return new EventMention(first, last, text[tokens[first].Start..tokens[last].End], null);
    }

    /// <summary>The organisations right after "held by", "hosted by", "organised by" that follow the event's name.</summary>
    private static List<OrganisationMention> HeldBy(SentenceMentions m, EventMention ev)
    {
        var tokens = m.Sentence.Tokens;
        var k = ev.Last + 1;
        if (k < tokens.Count && tokens[k].Text == ",")
        {
            k++; // "the X Dialogue, convened by A and B"
        }
        if (k < tokens.Count && tokens[k].Lower is "jointly" or "co")
        {
            k++;
        }
        if (k + 1 >= tokens.Count || tokens[k].Lower is not ("held" or "hosted" or "organised" or "organized" or "co-hosted" or "co-organised" or "co-organized" or "sponsored" or "convened")
            || !tokens[k + 1].Is("by"))
        {
            return [];
        }
        var end = ClauseEnd(tokens, k + 2);
        return m.Organisations.Where(o => o.First > k + 1 && o.Last <= end && o.First <= k + 12).ToList();
    }

    private static List<Candidate> Letter(string text, SentenceMentions m, Trigger trigger, ArticleContext context)
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
            // "a joint letter to express their support": an infinitive, no recipient.
            if (j < tokens.Count && tokens[j].IsWord && !tokens[j].IsCapitalised && tokens[j].Lower is not ("the" or "a" or "an" or "his" or "her" or "their" or "all" or "both" or "each")
                && m.Labelled.PlaceAt[j] is null)
            {
                continue;
            }
            if (j < tokens.Count && tokens[j].Is("the"))
            {
                j++;
            }
            var person = m.Persons.FirstOrDefault(p => p.First >= j && p.First <= j + 8 && !senders.Any(s => Same(s, p)));
            var ev = m.Events.FirstOrDefault(e => e.First >= j && e.First <= j + 3);
            var org = m.Organisations.FirstOrDefault(o => o.First >= j && o.First <= j + 2);
            // "to the victims, their families and the Chinese people"; not a town named further on ("... that struck Tabriz").
            var place = m.Places.FirstOrDefault(p => p.First >= j && p.First <= (p.Entry.Kind == PlaceKind.City ? j + 4 : j + 10) && !p.InCompound);
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
                recipient = Organisation(org, 1, ParticipantRole.Recipient);
            }
            else if (place is not null && place.First == j && place.Entry.Kind == PlaceKind.Demonym && place.Last + 1 < tokens.Count && Words.TitleHeads.Contains(tokens[place.Last + 1].Bare))
            {
                // "a letter to Chinese leader": an office-holder of that country, unnamed.
                var title = text[tokens[place.First].Start..tokens[place.Last + 1].End];
                recipient = new Participant { Title = title, Country = place.Entry.Code, Side = 1, Role = ParticipantRole.Recipient };
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
        if (recipient is null && senders.Count > 0)
        {
            // "sent congratulation letters respectively" after "X held the Y Convention": the event; else the recipient of the run of letters.
            var congratulates = tokens.Any(t => t.Lower.StartsWith("congratulat", StringComparison.Ordinal) || t.Lower is "greetings" or "greeting");
            if (congratulates && context.LastEvent is { } ev)
            {
                // "extended warm congratulations on the convening of the conference", no letter or message named: said there.
                if (!tokens.Exists(t => t.Bare is "letter" or "letters" or "message" or "messages" or "telegram" or "cable" or "note" or "video")
                    && tokens.Exists(t => t.Lower is "extended" or "expressed" or "conveyed") && tokens.Exists(t => t.Lower is "opening" or "convening" or "establishment" or "holding" or "launch"))
                {
                    var spoken = new Candidate { Kind = EngagementKind.Event, EventName = ev.Name, Place = ev.Place, Mode = EngagementMode.InPerson };
                    spoken.Participants.AddRange(senders.Select((p, i) => Person(p, i, ParticipantRole.Speaker)));
                    return [spoken];
                }
                recipient = new Participant { Name = ev.Name, Side = 1, Role = ParticipantRole.Recipient };
            }
            else if (context.LastLetterRecipient is { } previous)
            {
                recipient = previous;
            }
        }
        // "sent a joint letter to express their support for China’s fight": written to the one country it names.
        if (recipient is null && senders.Count > 0
            && m.Places.Where(p => p.Last > trigger.Last && !p.InCompound && p.Entry.Kind == PlaceKind.Country && !senders.Any(s => s.Country == p.Entry.Code)).Select(p => p.Entry.Code).Distinct().ToList() is [var only])
        {
            recipient = CountrySide(only, 1);
            recipient.Role = ParticipantRole.Recipient;
        }
        if (senders.Count == 0 || recipient is null)
        {
            return [];
        }
        context.LastLetterRecipient = recipient;
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

    private static List<Candidate> Agreement(string text, SentenceMentions m, Trigger trigger, ArticleContext context)
    {
        var tokens = m.Sentence.Tokens;
        if (tokens[trigger.First].Lower.StartsWith("sign", StringComparison.Ordinal) || tokens[trigger.First].Is("inked"))
        {
            context.SigningReported = true;
        }
        else if (tokens[trigger.First].Bare is not ("joint" or "statement") && !context.SigningReported)
        {
            return []; // "implementing the Agreement between A and B": a document referred to, not one signed here
        }
        var sides = new List<Participant>();
        var betweens = Enumerable.Range(trigger.Last + 1, Math.Max(0, tokens.Count - trigger.Last - 1)).Where(k => tokens[k].Is("between")).ToList();
        var between = betweens.Count > 0 ? betweens[0] : -1;
        if (betweens.Count > 1 && AgreementsBetween(text, m, betweens) is { Count: > 1 } listed)
        {
            return listed; // "the A Agreement between X and Y; B between P and Q as well as C between R and S"
        }
        if (between >= 0)
        {
            AddSides(text, m, between + 1, tokens.Count - 1, sides);
        }
        if (sides.Count < 2)
        {
            sides.Clear();
            AddSides(text, m, 0, trigger.First - 1, sides);
        }
        if (sides.Count < 2)
        {
            // "X signed agreements with Y": the signer's and the other's countries.
            var with = tokens.FindIndex(trigger.Last + 1, t => t.Lower == "with");
            if (with > 0 && with <= trigger.Last + 4)
            {
                var signer = m.Persons.LastOrDefault(p => p.Last < trigger.First);
                var other = m.Persons.FirstOrDefault(p => p.First > with && p.First <= with + 6);
                if (signer?.Country is { } a && other?.Country is { } b && a != b)
                {
                    sides.Clear();
                    sides.Add(CountrySide(a, 0));
                    sides.Add(CountrySide(b, 1));
                }
                else if (signer is not null && other is not null && !Same(signer, other) && (signer.Country is null || other.Country is null))
                {
                    sides.Clear();
                    sides.Add(Signer(signer, 0));
                    sides.Add(Signer(other, 1));
                }
            }
        }
        if (sides.Count < 2 && tokens.FindIndex(trigger.Last + 1, t => t.Lower == "with") is var with2 and > 0 && with2 <= trigger.Last + 4)
        {
            // "Sierra Leone signed a pact with China Road and Bridge Corporation": a country or organisation each side.
            var before = Side(m, 0, trigger.First - 1, fromEnd: true);
            var after = Side(m, with2 + 1, Math.Min(tokens.Count - 1, with2 + 8), fromEnd: false);
            if (before is not null && after is not null && !(before.IsCountry && after.IsCountry && before.Country == after.Country))
            {
                sides.Clear();
                before.Side = 0;
                after.Side = 1;
                sides.Add(before);
                sides.Add(after);
            }
        }
        if (sides.Count < 2)
        {
            // "Joint Statement Following A-B Consultations": the two countries of the compound.
            var compound = m.Places.Where(p => p.InCompound && p.Entry.Kind == PlaceKind.Country).Select(p => p.Entry.Code).Distinct().ToList();
            if (compound.Count == 2 && m.Places.All(p => p.Entry.Kind != PlaceKind.Country || p.InCompound || compound.Contains(p.Entry.Code)))
            {
                sides.Clear();
                sides.Add(CountrySide(compound[0], 0));
                sides.Add(CountrySide(compound[1], 1));
            }
        }
        if (sides.Count < 2 && tokens.Take(trigger.First).Any(t => (!t.IsCapitalised && Array.IndexOf(SideWords, t.Bare) >= 0) || Array.IndexOf(Pronouns, t.Lower) >= 0)
            && context.LastBilateral is { } last)
        {
            sides.Clear();
            foreach (var code in last.Participants.Select(p => p.Country).Where(c => c is not null).Distinct().Take(2))
            {
                sides.Add(CountrySide(code!, sides.Count));
            }
            // "The two signed agreements" after a meeting of two people whose countries the article gives later.
            var people = last.Participants.Where(p => !p.IsCountry && !p.IsOrganisation && !p.IsGroup && p.Name is not null).ToList();
            if (sides.Count < 2 && between < 0 && people.Count == 2 && people.Any(p => p.Country is null))
            {
                sides.Clear();
                sides.AddRange(people.Select((p, i) => new Participant { Name = p.Name, Title = p.Title, Organisation = p.Organisation, Country = p.Country, Side = i, Role = ParticipantRole.Present, SignsForCountry = true }));
            }
            else if (sides.Count == 2 && between < 0 && people.Count == 2)
            {
                // The two who met signed: they are present for their countries.
                sides.AddRange(people.Select(p => new Participant { Name = p.Name, Title = p.Title, Organisation = p.Organisation, Country = p.Country, Side = sides.FirstOrDefault(s => s.Country == p.Country)?.Side ?? 0, Role = ParticipantRole.Present }));
            }
        }
        if (sides.Count < 2 && context.LastBilateral is null && context.LastPair is { } pair
            && tokens.Take(trigger.First).Any(t => !t.IsCapitalised && Array.IndexOf(SideWords, t.Bare) >= 0))
        {
            // "China and the EU made progress ... The two sides signed the agreement": the pair named before.
            sides.Clear();
            foreach (var (party, side) in new[] { (pair.A, 0), (pair.B, 1) })
            {
                sides.Add(party.IsCountry
                    ? CountrySide(party.Country!, side)
                    : new Participant { Name = party.Name, Organisation = party.Name, Country = party.Country, Side = side, Role = ParticipantRole.Present, IsOrganisation = true });
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

    /// <summary>
    /// One agreement for each "between A and B" of a list, each pair ending where the next item starts
    /// (at ";", "as well as", or the next "between").
    /// </summary>
    private static List<Candidate> AgreementsBetween(string text, SentenceMentions m, List<int> betweens)
    {
        var tokens = m.Sentence.Tokens;
        var found = new List<Candidate>();
        for (var n = 0; n < betweens.Count; n++)
        {
            var first = betweens[n] + 1;
            var limit = n + 1 < betweens.Count ? betweens[n + 1] : tokens.Count;
            var last = first;
            while (last < limit && tokens[last].Text is not (";" or ".") && !(tokens[last].Is("as") && last + 2 < limit && tokens[last + 1].Is("well") && tokens[last + 2].Is("as")))
            {
                last++;
            }
            var sides = new List<Participant>();
            AddSides(text, m, first, last - 1, sides, pairOnly: true);
            if (sides.Count == 2)
            {
                var c = new Candidate { Kind = EngagementKind.Agreement };
                c.Participants.AddRange(sides);
                found.Add(c);
            }
        }
        return found;
    }

    /// <summary>The one organisation or country named in a span (nearest its end or its start), as an agreement side.</summary>
    private static Participant? Side(SentenceMentions m, int first, int last, bool fromEnd)
    {
        if (m.Persons.Exists(p => p.First >= first && p.Last <= last))
        {
            return null;
        }
        var orgs = m.Organisations.Where(o => o.First >= first && o.Last <= last && o.Name.Length > 5).ToList();
        var places = m.Places.Where(p => p.First >= first && p.Last <= last && !p.InCompound && p.Entry.Kind == PlaceKind.Country
            && !orgs.Any(o => o.First <= p.First && o.Last >= p.Last)).ToList();
        var org = fromEnd ? orgs.LastOrDefault() : orgs.FirstOrDefault();
        var place = fromEnd ? places.LastOrDefault() : places.FirstOrDefault();
        if (org is not null && (place is null || (fromEnd ? org.Last > place.Last : org.First < place.First)))
        {
            return Organisation(org, 0, ParticipantRole.Present);
        }
        return place is null ? null : CountrySide(place.Entry.Code, 0);
    }

    /// <summary>Organisations, countries, or people's countries in a span, as agreement sides.</summary>
    private static void AddSides(string text, SentenceMentions m, int first, int last, List<Participant> sides, bool pairOnly = false)
    {
        var orgs = m.Organisations.Where(o => o.First >= first && o.Last <= last && o.Name.Length > 5 && !m.Events.Any(e => e.First <= o.First && e.Last >= o.Last)).ToList();
        var persons0 = m.Persons.Count(p => p.First >= first && p.Last <= last);
        if (pairOnly && persons0 == 0 && PairBetween(text, m, first, last, orgs) is { } two)
        {
            sides.AddRange(two);
            return;
        }
        if (orgs.Count == 1 && persons0 == 0 && SplitAnd(orgs[0].Name) is { } pair)
        {
            // "A and the B signed ...", "between A and B": one mention that holds both organisations.
            sides.Add(new Participant { Name = pair.A, Organisation = pair.A, Side = sides.Count, Role = ParticipantRole.Present, IsOrganisation = true });
            sides.Add(new Participant { Name = pair.B, Organisation = pair.B, Side = sides.Count, Role = ParticipantRole.Present, IsOrganisation = true });
            return;
        }
        var persons = m.Persons.Where(p => p.First >= first && p.Last <= last).ToList();
        var places = m.Places.Where(p => p.First >= first && p.Last <= last && !p.InCompound && p.Entry.Kind == PlaceKind.Country
            && !orgs.Any(o => o.First <= p.First && o.Last >= p.Last)).ToList();
        // Organisations sign for themselves, or people sign for them ("X representing A and Y for B signed").
        if (orgs.Count >= 2 && (persons.Count == 0 || persons.Select(p => p.Country).Where(c => c is not null).Distinct().Count() < 2))
        {
            foreach (var o in orgs)
            {
                sides.Add(Organisation(o, sides.Count, ParticipantRole.Present));
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

    /// <summary>
    /// The two parties of "between A and B" in a list item: organisations, or a city named as a party ("Dali City",
    /// "the City of Pittsburgh"); one mention that holds both is split at its "and".
    /// </summary>
    private static List<Participant>? PairBetween(string text, SentenceMentions m, int first, int last, List<OrganisationMention> orgs)
    {
        var tokens = m.Sentence.Tokens;
        var and = Enumerable.Range(first, Math.Max(0, last - first + 1)).Where(k => tokens[k].Is("and")).ToList();
        if (and.Count != 1)
        {
            return null;
        }
        var parties = new List<Participant>();
        foreach (var (from, to) in new[] { (first, and[0] - 1), (and[0] + 1, last) })
        {
            var start = tokens[from].Is("the") ? from + 1 : from;
            if (start > to || !tokens[start].IsCapitalised)
            {
                return null;
            }
            var org = orgs.FirstOrDefault(o => o.First <= start && o.Last >= to);
            var name = text[tokens[start].Start..tokens[to].End];
            var code = (org is not null && org.First >= start && org.Last <= to ? org.Country : null)
                ?? m.Places.Where(p => p.First >= start && p.Last <= to).Select(p => p.Entry.Code).FirstOrDefault();
            var named = org is not null || tokens.Skip(start).Take(to - start + 1).Any(t => t.IsCapitalised && Words.OrganisationHeads.Contains(t.Lower))
                || m.Places.Any(p => p.First >= start && p.Last <= to && p.Entry.Kind == PlaceKind.City && (p.Last == to || tokens[to].Is("city")));
            if (!named || to - start > 12)
            {
                return null;
            }
            parties.Add(new Participant { Name = name, Organisation = name, Country = code, Side = parties.Count, Role = ParticipantRole.Present, IsOrganisation = true });
        }
        return parties;
    }

    /// <summary>"A and the B" → (A, B) when each half is a name of two or more capitalised words.</summary>
    private static (string A, string B)? SplitAnd(string name)
    {
        var at = name.LastIndexOf(" and ", StringComparison.Ordinal);
        if (at <= 0)
        {
            return null;
        }
        var a = name[..at].Trim();
        var b = name[(at + 5)..].Trim();
        if (b.StartsWith("the ", StringComparison.Ordinal))
        {
            b = b[4..];
        }
        static bool Named(string s)
        {
            var words = s.Split([' ', '('], StringSplitOptions.RemoveEmptyEntries);
            return char.IsUpper(s[0]) && words.Count(w => char.IsUpper(w[0])) >= 2
                && words.Any(w => Words.OrganisationHeads.Contains(w.ToLowerInvariant().TrimEnd(')', '.', ',')));
        }
        return Named(a) && Named(b) ? (a, b) : null;
    }

    private static Participant Signer(PersonMention p, int side)
    {
        var signer = Person(p, side, ParticipantRole.Present);
        signer.SignsForCountry = true;
        return signer;
    }

    /// <summary>
    /// Agreements signed by people for countries the article named only later: each signer's country becomes a side
    /// and the signer one present, once every signer has a distinct country.
    /// </summary>
    internal static void SignerCountries(List<Candidate> candidates)
    {
        foreach (var c in candidates)
        {
            var signers = c.Participants.Where(p => p.SignsForCountry).ToList();
            if (signers.Count < 2 || signers.Any(p => p.Country is null) || signers.Select(p => p.Country).Distinct().Count() < signers.Count)
            {
                continue;
            }
            c.Participants.InsertRange(0, signers.Select(p => CountrySide(p.Country!, p.Side)));
            signers.ForEach(p => p.SignsForCountry = false);
        }
    }

    /// <summary>An agreement whose signers' countries the document never gives has no sides to record.</summary>
    internal static bool SidesUnknown(Candidate c) => c.Kind == EngagementKind.Agreement && c.Participants.Any(p => p.SignsForCountry);

    /// <summary>An organisation as a participant, named with its acronym where the article gives one ("NGIC" is found in it).</summary>
    private static Participant Organisation(OrganisationMention o, int side, ParticipantRole role)
    {
        var name = o.Acronym is { Length: > 0 } acronym && !o.Name.Contains('(', StringComparison.Ordinal) && o.Name != acronym ? $"{o.Name} ({acronym})" : o.Name;
        return new Participant { Name = name, Organisation = name, Country = o.Country, Side = side, Role = role, IsOrganisation = true };
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
            if ((d.IsDateline && m.Dates.Count > 1) || (d.Anchor == DateAnchor.Range && context.LastRange is null))
            {
                continue;
            }
            // A date past another trigger belongs to that one ("Welcoming X, Y said X's visit to India in January 2014").
            // Not when the other trigger sits before this event's name and the date after it ("talks at the X Dialogue ..., October 20-22").
            var named = c.Kind == EngagementKind.Event ? m.Events.FirstOrDefault(e => e.Name == c.EventName) : null;
            if (context.SentenceTriggers.Any(o => o.First != trigger.First && o.Kind != trigger.Kind && tokens[o.First].Start > Math.Min(d.Start, triggerPos) && tokens[o.First].Start < Math.Max(d.Start, triggerPos)
                && !(named is not null && o.First < named.First && tokens[named.Last].End <= d.Start)))
            {
                continue;
            }
            if (best is null || Math.Abs(d.Start - triggerPos) < Math.Abs(best.Start - triggerPos))
            {
                best = d;
            }
        }
        best = c.DateAt ?? best;
        // "On the last day, X hosted a dinner ... today": the day of the range told before, not the release's "today".
        if (best is { Anchor: DateAnchor.Reference } && context.LastRange is not null && m.Dates.FirstOrDefault(d => d.Anchor == DateAnchor.Range) is { } rangeDay)
        {
            best = rangeDay;
        }
        // "Today, 5 May 2024, on the first day of her visit, X held talks": a date fronting the sentence dates all of it.
        if (best is null && m.Dates.FirstOrDefault(d => !d.IsDateline && d.Start <= tokens[Math.Min(2, tokens.Count - 1)].Start) is { } fronted
            && tokens.FindIndex(t => t.Start >= fronted.End) is var after and >= 0 && tokens[after].Text == ",")
        {
            best = fronted;
        }
        // "yesterday (May 27, 2014)": the calendar date beside a relative one is the more precise.
        if (best is not null && best.Anchor != DateAnchor.Calendar)
        {
            best = m.Dates.FirstOrDefault(d => d.Anchor == DateAnchor.Calendar && d.Day is not null && Math.Abs(d.Start - best.End) <= 3) ?? best;
        }
        if (best is not null && best.Anchor == DateAnchor.Calendar && best.Year is null && context.Reference is null && context.PreviousDate is { } earlier)
        {
            // "On May 23" in an undated page after "from 23 to 27 May, 2011": the year told before.
            best = best with { Year = earlier.Year };
        }
        if (best is not null)
        {
            c.Date = DateResolver.Resolve(best, context.Reference, context.PreviousDate, context.LastRange);
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
        else if (c.Kind == EngagementKind.Event && c.EventName is { } attended && context.EventDays.TryGetValue(attended, out var heldOn))
        {
            // "On July 10, the 15th Conference ... was staged in Ufa. X attended the summit": the day it was held.
            c.Date = heldOn;
        }
        else if (context.NarrativeDate is { } narrative && !m.Sentence.IsHeadline)
        {
            // A letter or event told later is of that month; one told in the next sentences is of that day.
            c.Date = narrative.Precision == DatePrecision.Day && c.Kind is EngagementKind.Letter or EngagementKind.Event && context.SentenceIndex - context.NarrativeSetAt > 2
                ? new PartialDate(narrative.Year, narrative.Month)
                : narrative;
        }
        // Whether the place locates the hosts (a place named or implied for this engagement, not an event's venue abroad).
        var hostsPlace = c.Kind == EngagementKind.Visit;
        // Place: "in/at <place>" in the sentence, an event's place, "here" in a dateline, the visit under way, the running place.
        if (c.Kind is not (EngagementKind.Letter or EngagementKind.Call) && c.Mode != EngagementMode.Video)
        {
            if (c.Kind != EngagementKind.Visit)
            {
                var explicitPlace = ExplicitPlace(m);
                var venue = explicitPlace is null ? m.Events.FirstOrDefault(e => e.Place is not null)?.Place : null;
                hostsPlace = venue is null;
                c.Place = explicitPlace ?? venue ?? c.Place;
                if (c.Place is null && tokens.Any(t => t.Lower == "here") && context.DatelineCity is { } city)
                {
                    c.Place = city.Name;
                    hostsPlace = true;
                }
                if (c.Place is null)
                {
                    // The visit under way locates the visitor's engagements, not those of others the article reports.
                    var visitor = context.Visitors.Count == 0 || c.Participants.Any(p => p.Name is not null && context.Visitors.Any(v => v.Name.Length > 0 && NameMatchSame(v.Name, p.Name)));
                    // The later of the two: "the summit was staged in Ufa" after a visit to China told before.
                    var destination = visitor && !(context.NarrativePlace is not null && context.NarrativePlaceAt > context.VisitDestinationAt) ? context.VisitDestination?.Name : null;
                    c.Place = destination ?? context.NarrativePlace;
                }
                // "met with X, who is visiting Japan": the meeting is where the visitor is.
                if (c.Place is null && explicitPlace is null && c.Kind is EngagementKind.Meeting or EngagementKind.Talks
                    && context.SentenceTriggers.FirstOrDefault(t => t.Kind == EngagementKind.Visit && t.First > trigger.Last) is { } visiting
                    && m.Places.FirstOrDefault(p => p.First > visiting.Last && p.First <= visiting.Last + 2 && !p.InCompound && p.Entry.Kind != PlaceKind.Demonym) is { } visited)
                {
                    c.Place = visited.Entry.AsPlace;
                }
                c.Place = PlaceResolver.Refine(c.Place, m, context, explicitPlace);
                if (explicitPlace is not null && c.Kind is EngagementKind.Meeting or EngagementKind.Talks)
                {
                    context.NarrativePlace = explicitPlace;
                }
            }
        }
        else
        {
            // A call or letter has no place; an event joined by video keeps its own venue ("the IX Global Baku Forum").
            c.Place = c.Kind == EngagementKind.Event ? c.Place : null;
        }
        if (c.Date is not null && (c.Kind != EngagementKind.Visit || context.PreviousDate is null))
        {
            // A visit's date gives the year to later dates only when none came before ("visited from 23 to 27 May, 2011. On May 23, ...").
            context.PreviousDate = c.Date;
        }
        // A vaguer, earlier date ("since his visit in 2018") recalls the background; the narrative stays where it was.
        var background = c.Date is { } told && context.NarrativeDate is { } current && told.Precision < current.Precision && told.Last < current.First;
        if (c.Date is not null && !background)
        {
            // After a multi-day visit, what happened "during the stay" is known only to the month.
            context.NarrativeDate = c.EndDate is not null && c.Date is { Precision: DatePrecision.Day } first ? new PartialDate(first.Year, first.Month) : c.Date;
        }
        // Countries still unknown: a host takes the country of the place; anyone may take a known person's.
        var placeCountry = c.Place is null ? null : Gazetteer.Instance.Lookup(Gazetteer.Key(c.Place))?[0].Code;
        foreach (var p in c.Participants)
        {
            if (p.Country is null && p.Role is ParticipantRole.Host && hostsPlace && placeCountry is not null && !c.Participants.Any(o => o != p && o.Country == placeCountry))
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
        // "held the biannual Australia-New Zealand Foreign Minister Consultations": a round of a named mechanism.
        if (c.Kind is EngagementKind.Meeting or EngagementKind.Talks && c.EventName is null && m.Events.FirstOrDefault(e => e.First <= trigger.First && trigger.Last <= e.Last) is { } round)
        {
            c.EventName = round.Name;
        }
        if (c.Kind is EngagementKind.Meeting or EngagementKind.Talks && c.EventName is null && context.HeldEvent is { } held)
        {
            c.EventName = context.HeldEventName ?? held.Name;
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
        var bare = k < tokens.Count ? title[tokens[k].Start..] : title;
        // "President of the west African state of Sierra Leone" → "President": the other side's office, not its country.
        for (var j = k + 1; j < tokens.Count - 1; j++)
        {
            if (tokens[j].Is("of") && NamesOnlyACountry(tokens, j + 1))
            {
                return title[tokens[k].Start..tokens[j - 1].End];
            }
        }
        return bare;
    }

    /// <summary>The tokens from <paramref name="from"/> on name a country and nothing else ("the west African state of Sierra Leone").</summary>
    private static bool NamesOnlyACountry(List<Token> tokens, int from)
    {
        var rest = new List<string>();
        var country = false;
        for (var j = from; j < tokens.Count; j++)
        {
            var t = tokens[j];
            if (!t.IsCapitalised)
            {
                continue;
            }
            // Nationalities and regional adjectives ("west African", "Central Asian") qualify the country.
            if (Gazetteer.Instance.Lookup(t.Bare) is { } entries && entries.Any(e => e.Kind == PlaceKind.Demonym)
                || (rest.Count == 0 && t.Bare.Length > 4 && (t.Bare.EndsWith("an", StringComparison.Ordinal) || t.Bare.EndsWith("ese", StringComparison.Ordinal))))
            {
                continue;
            }
            rest.Add(t.Text);
        }
        if (rest.Count > 0)
        {
            country = CountryCatalogue.Instance.ByName(string.Join(' ', rest)) is not null;
        }
        return country;
    }

    private static string? ExplicitPlace(SentenceMentions m)
    {
        var tokens = m.Sentence.Tokens;
        string? venue = null;
        foreach (var p in m.Places)
        {
            if (p.InCompound || p.Entry.Kind == PlaceKind.Demonym || p.First == 0)
            {
                continue;
            }
            var prev = tokens[p.First - 1].Lower;
            if (prev is "in" or "at" || (prev == "the" && p.First >= 2 && tokens[p.First - 2].Lower is "in"))
            {
                if (!OpensLongerName(m, p))
                {
                    return p.Entry.AsPlace;
                }
                venue ??= p.Entry.AsPlace; // "at Seoul University": Seoul, unless a place follows ("at Bolivar Hall in London")
            }
        }
        return venue;
    }

    /// <summary>"at Bolivar Hall", "in Victoria Park": a place name that starts the name of a building or venue.</summary>
    private static bool OpensLongerName(SentenceMentions m, PlaceMention p)
    {
        var tokens = m.Sentence.Tokens;
        var next = p.Last + 1;
        return next < tokens.Count && tokens[next].IsCapitalised && tokens[next].IsWord && m.Labelled.PlaceAt[next] is null
            && Words.PlaceHeads.Contains(tokens[next].Lower) && tokens[next].Lower is not ("province" or "city" or "county" or "prefecture" or "region" or "state" or "district" or "island" or "islands");
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

    /// <summary>The token that ends the clause started at <paramref name="from"/> ("; ...", "..., X said").</summary>
    private static int ClauseEnd(List<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count; k++)
        {
            if (tokens[k].Text is ";" || tokens[k].Lower is "said" or "says" or "noted" or "stressed" or "added" or "where" or "which" or "who")
            {
                return k - 1;
            }
        }
        return tokens.Count - 1;
    }

    private static Participant Person(PersonMention p, int side, ParticipantRole role) => new()
    {
        Name = p.Name.Length == 0 ? null : p.Name,
        Title = p.Title,
        Organisation = p.Organisation,
        Country = p.Country,
        Side = side,
        Role = role,
        IsGroup = p.IsGroup && p.Title is null,
    };

    private static bool Same(PersonMention a, PersonMention b) =>
        a.Name.Length == 0 || b.Name.Length == 0 ? a.Name.Length == b.Name.Length && a.Country == b.Country : NameMatchSame(a.Name, b.Name);

    private static bool NameMatchSame(string a, string b) => NameMatch.Matches(a, b);
}
