using Amity.Extraction.Engagements;
using Amity.Extraction.Lexicons;
using Amity.Extraction.Mentions;

namespace Amity.Extraction.Resolution;

/// <summary>
/// The country a participant represents when neither title nor organisation names it: the one country the
/// sentence names that no other participant holds ("Xi sent a message to Joe Doe to congratulate him on his
/// election as US president"), else the dateline's country for a side that no other participant holds
/// (home officials go without a nationality in their own country's reports).
/// </summary>
internal static class CountryResolver
{
    public static void Fill(List<Participant> participants, SentenceMentions m, ArticleContext context)
    {
        var dateline = context.DatelineCity;
        var tokens = m.Sentence.Tokens;
        // "met the CPIFA delegation": a group takes the organisation named just before "delegation".
        foreach (var p in participants)
        {
            if (!p.IsGroup || p.Organisation is not null || p.Country is not null)
            {
                continue;
            }
            foreach (var o in m.Organisations)
            {
                if (o.Last + 1 < tokens.Count && tokens[o.Last + 1].Bare is "delegation" or "delegations")
                {
                    p.Organisation = o.Name;
                    p.Country ??= o.Country ?? OrganisationFinder.CountryOfName(o.Name);
                    break;
                }
            }
        }
        if (!participants.Any(NeedsCountry))
        {
            return;
        }
        var named = new List<string>();
        foreach (var place in m.Places)
        {
            if (place.Entry.Kind == PlaceKind.City || place.InCompound)
            {
                continue;
            }
            // "in Thailand", "to Japan": where it happens or where someone goes, not whom someone represents.
            if (place.First > 0 && tokens[place.First - 1].Lower is "in" or "to" or "at" or "visit" or "visiting" or "into" or "across"
                || place.First > 1 && tokens[place.First - 1].Is("the") && tokens[place.First - 2].Lower is "in" or "to" or "at")
            {
                continue;
            }
            // A country named as a topic ("discussed Afghanistan") says nothing of anyone: only a nationality, "of X",
            // "as X president", "X's" or "X Minister" does.
            var next = place.Last + 1 < tokens.Count ? m.Labelled.Labels[place.Last + 1] : Label.Other;
            var prev = place.First > 0 ? tokens[place.First - 1].Lower : "";
            if (prev == "the" && place.First > 1)
            {
                prev = tokens[place.First - 2].Lower == "of" ? "of" : "";
            }
            if (place.Entry.Kind == PlaceKind.Country && prev is not ("of" or "as" or "from") && !tokens[place.Last].IsPossessive
                && next is not (Label.TitleHead or Label.TitleModifier or Label.OrganisationHead or Label.Common))
            {
                continue;
            }
            // "a discussion on Venezuela's foreign policy": a country's possession as the topic, not whom anyone represents.
            if (tokens[place.Last].IsPossessive && prev is "on" or "about" or "regarding" or "into" && next is not (Label.TitleHead or Label.TitleModifier))
            {
                continue;
            }
            // "his French opposite number Laurent Fabius": a nationality inside another person's title is theirs.
            if (m.Persons.Exists(o => o.First <= place.First && o.Last >= place.Last && o.First < o.NameFirst | o.Last > o.NameLast))
            {
                continue;
            }
            if (!named.Contains(place.Entry.Code))
            {
                named.Add(place.Entry.Code);
            }
        }
        foreach (var p in participants)
        {
            if (!NeedsCountry(p))
            {
                continue;
            }
            var free = named.Where(code => !participants.Any(o => o != p && o.Country == code)).ToList();
            if (free.Count == 1 && participants.Count(NeedsCountry) == 1 && participants.Count > 1)
            {
                p.Country = free[0];
            }
        }
        if (dateline is not null)
        {
            foreach (var p in participants)
            {
                // The leader of a visiting delegation is no local.
                if (NeedsCountry(p) && !participants.Any(o => o.Country == dateline.Code)
                    && !(context.DelegationLeader is { } leader && NameMatch.Matches(leader.Name, p.Name)))
                {
                    p.Country = dateline.Code;
                }
            }
        }
    }

    private static readonly string[] GovernmentHeads = ["government", "ministry", "embassy", "consulate", "office", "parliament", "cabinet"];

    /// <summary>
    /// Notes the countries whose own institutions the sentence names ("the British government", "Azerbaijan's
    /// Foreign Ministry", "the Government of Sri Lanka"): a report speaks of its own government so.
    /// </summary>
    public static void NoteHome(SentenceMentions m, ArticleContext context)
    {
        var tokens = m.Sentence.Tokens;
        foreach (var o in m.Organisations)
        {
            if (o.Country is not null && o.Last > o.First && Array.IndexOf(GovernmentHeads, HeadOf(tokens, o)) >= 0)
            {
                Count(context, o.Country);
            }
        }
        foreach (var p in m.Places)
        {
            if (p.Entry.Kind != PlaceKind.City && !p.InCompound && p.Last + 1 < tokens.Count
                && !tokens[p.Last + 1].IsCapitalised && Array.IndexOf(GovernmentHeads, tokens[p.Last + 1].Bare) >= 0)
            {
                Count(context, p.Entry.Code);
            }
        }
    }

    /// <summary>
    /// After the article: a person still without a country, in an article with no dateline, takes the country the
    /// article names its own institutions of, when no other participant holds it.
    /// </summary>
    public static void FillHome(List<Candidate> candidates, ArticleContext context)
    {
        var home = context.DatelineCity is null && context.HomeEvidence.Count > 0 ? context.HomeEvidence.MaxBy(kv => kv.Value).Key : null;
        var known = KnownCountries(candidates);
        foreach (var p in candidates.SelectMany(c => c.Participants))
        {
            // "Xi Jinping" in the headline is the "Chinese leader, Xi Jinping" of the body.
            if (NeedsCountry(p) && known.GetValueOrDefault(Amity.Domain.NameKey.Of(p.Name!)) is { } same)
            {
                p.Country = same;
            }
        }
        foreach (var c in candidates)
        {
            foreach (var p in c.Participants)
            {
                // "KPA" named before "Kenya Progressive Alliance (KPA)" was defined: the full name, and its country.
                if (p.Organisation is { } org && context.Acronyms.TryGetValue(org, out var full))
                {
                    p.Organisation = full;
                }
                // "the CPIFA delegation": the group of the organisation the acronym stands for.
                if (p.IsGroup && p.Organisation is null && p.Name is { } groupName)
                {
                    foreach (var word in groupName.Split(' '))
                    {
                        if (context.Acronyms.TryGetValue(word, out var expanded))
                        {
                            p.Organisation = expanded;
                            break;
                        }
                    }
                }
                if (p.Country is null && !p.IsCountry && p.Organisation is { } named)
                {
                    p.Country = OrganisationFinder.CountryOfName(named);
                }
                if (home is not null && NeedsCountry(p) && !p.IsGroup && !c.Participants.Exists(o => o.Country == home))
                {
                    p.Country = home;
                }
                // "Congolese" is either Congo: the one the article names ("China-Congo relations").
                if (p.Country is { } code && !context.CountriesNamed.Contains(code)
                    && Amity.Domain.Countries.CountryCatalogue.Instance.SharingDemonym(code).Where(o => context.CountriesNamed.Contains(o.Code)).ToList() is [var sameDemonym])
                {
                    p.Country = sameDemonym.Code;
                }
                // "member of the Party Central Committee" in a one-party state's readout: that state's party.
                if (p.Organisation is null && !p.IsCountry && RulingParties.Of(p.Country, p.Title) is { } party)
                {
                    p.Organisation = party;
                }
            }
            // One side known, the other not, and the article names just one other country: the other side's.
            if (c.Participants.Count(NeedsCountry) == 1 && c.Participants.Exists(o => o.Country is not null))
            {
                var others = context.CountriesNamed.Where(code => !c.Participants.Exists(o => o.Country == code)).ToList();
                // Else the article's one pairing of the known side with another country ("China-Azerbaijan relations").
                var sides = c.Participants.Where(o => o.Country is not null).Select(o => o.Country!).Distinct().ToList();
                var paired = sides.Count == 1
                    ? context.CountryPairs.Where(pair => pair.Item1 == sides[0] || pair.Item2 == sides[0]).Select(pair => pair.Item1 == sides[0] ? pair.Item2 : pair.Item1).Distinct().ToList()
                    : [];
                if (others.Count == 1)
                {
                    c.Participants.First(NeedsCountry).Country = others[0];
                }
                else if (paired.Count == 1)
                {
                    c.Participants.First(NeedsCountry).Country = paired[0];
                }
            }
        }
    }

    /// <summary>Each person's country where the article gives one name exactly one.</summary>
    private static Dictionary<string, string?> KnownCountries(List<Candidate> candidates)
    {
        var known = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var p in candidates.SelectMany(c => c.Participants))
        {
            if (p.Country is { } code && p.Name is { } name && !p.IsCountry && !p.IsOrganisation && !p.IsGroup)
            {
                var key = Amity.Domain.NameKey.Of(name);
                known[key] = known.TryGetValue(key, out var other) && other != code ? null : code;
            }
        }
        return known;
    }

    private static void Count(ArticleContext context, string code) =>
        context.HomeEvidence[code] = context.HomeEvidence.GetValueOrDefault(code) + 1;

    private static string HeadOf(List<Amity.Extraction.Text.Token> tokens, OrganisationMention o)
    {
        var head = "";
        for (var k = o.First; k <= o.Last && tokens[k].Text != "("; k++)
        {
            if (tokens[k].Is("of") || tokens[k].Is("in"))
            {
                break;
            }
            head = tokens[k].Bare;
        }
        return head;
    }

    private static bool NeedsCountry(Participant p) => p.Country is null && !p.IsOrganisation && !p.IsCountry && p.Name is not null;
}
