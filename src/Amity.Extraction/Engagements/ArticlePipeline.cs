using Amity.Domain;
using Amity.Extraction.Lexicons;
using Amity.Extraction.Mentions;
using Amity.Extraction.Text;

namespace Amity.Extraction.Engagements;

/// <summary>Runs one article through sentences, mentions, triggers and candidates, keeping the article context.</summary>
internal static class ArticlePipeline
{
    /// <summary>Diagnostics: sees each sentence's mentions, triggers and candidates (set by tests on their own thread).</summary>
    [ThreadStatic]
    internal static Action<SentenceMentions, List<Trigger>, List<Candidate>>? Observer;

    /// <summary>Verbs that say an event happened ("was held", "was staged", "took place"): the sentence dates what follows.</summary>
    private static readonly HashSet<string> HeldVerbs = new(StringComparer.Ordinal) { "held", "convened", "opened", "began", "took", "staged", "kicked", "commenced", "organised", "organized" };

    /// <summary>The publisher's country counts as this many mentions of home institutions.</summary>
    private const int PublisherWeight = 3;

    public static List<Candidate> Run(string text, Article article, string? publisherCountry = null)
    {
        var context = new ArticleContext { Reference = article.Published };
        if (publisherCountry is not null)
        {
            // A ministry's own release names its officials without a nationality, as a dateline at home does.
            context.HomeEvidence[publisherCountry] = PublisherWeight;
        }
        var candidates = new List<Candidate>();
        var sentences = SentenceSplitter.Split(text, article.Start, article.End, article.HeadlineEnd);
        var bodySeen = 0;
        foreach (var sentence in sentences)
        {
            context.SentenceIndex++;
            var acronyms = context.Acronyms.Keys.ToHashSet(StringComparer.Ordinal);
            var labelled = Labeller.Label(sentence, acronyms, context.CountriesNamed);
            var mentions = new SentenceMentions { Labelled = labelled, Dates = DateFinder.Find(text, sentence.Start, sentence.End) };
            if (Resolution.DateResolver.Dateline(mentions.Dates, article.Published) is { } dateline)
            {
                context.Reference = dateline.First;
                context.NarrativeDate = context.PreviousDate = dateline;
            }
            if (!sentence.IsHeadline && (bodySeen++ < 3 || (bodySeen <= 6 && sentence.Tokens.Count > 0 && sentence.Tokens[0].IsAllCaps)))
            {
                // An all-caps dateline may follow a few photo captions ("KUNMING, China: ...").
                Dateline(mentions, context);
            }
            OrganisationFinder.Find(text, mentions, context.Acronyms);
            NamedBefore(mentions, context);
            EventFinder.Find(text, mentions);
            EventFinder.Themed(text, mentions);
            PersonFinder.Find(text, mentions);
            Plausible(mentions);
            // "Topics discussed ...": a plural noun opening a sentence, when no one of that name came before.
            mentions.Persons.RemoveAll(p => p.First == 0 && p.Title is null && p.NameFirst == p.NameLast && p.Name.Length > 4 && p.Name.EndsWith('s')
                && !p.Name.EndsWith("ss", StringComparison.Ordinal) && !context.People.Exists(k => k.Name.Contains(p.Name, StringComparison.Ordinal)));
            for (var i = 0; i < mentions.Persons.Count; i++)
            {
                mentions.Persons[i] = context.Resolve(mentions.Persons[i]);
            }
            Descriptions(mentions, context);
            foreach (var p in mentions.Places)
            {
                if (p.Entry.Kind == PlaceKind.Country)
                {
                    context.CountriesNamed.Add(p.Entry.Code);
                }
            }
            // "China-Azerbaijan relations": the two countries a compound pairs (two entries on the same tokens).
            foreach (var p in mentions.Places)
            {
                if (p.InCompound && p.Entry.Kind == PlaceKind.Country && mentions.Places.FirstOrDefault(o => o != p && o.First == p.First && o.InCompound && o.Entry.Kind == PlaceKind.Country && string.CompareOrdinal(o.Entry.Code, p.Entry.Code) > 0) is { } other)
                {
                    context.CountryPairs.Add((p.Entry.Code, other.Entry.Code));
                }
            }
            NoteDelegation(mentions, context);
            NotePair(mentions, context);
            NoteInterviewee(mentions, context);
            Resolution.CountryResolver.NoteHome(mentions, context);
            if (context.PendingMeeting is not null)
            {
                var listed = CandidateBuilder.Listed(text, mentions, context);
                candidates.AddRange(listed);
            }
            var triggers = TriggerFinder.Find(sentence);
            // "the High-Level Video Conference on ...": a call word inside an event's name reports no call.
            triggers.RemoveAll(t => t.Kind == EngagementKind.Call && mentions.Events.Exists(e => e.First <= t.First && t.Last <= e.Last));
            if (triggers.All(t => t.Kind != EngagementKind.Event) && CandidateBuilder.SpokeAt(text, mentions, context) is { } spoke)
            {
                candidates.Add(spoke);
            }
            if (triggers.Count == 0)
            {
                Observer?.Invoke(mentions, triggers, []);
            }
            if (triggers.Count > 0)
            {
                var built = CandidateBuilder.Build(text, mentions, triggers, context);
                Observer?.Invoke(mentions, triggers, built);
                candidates.AddRange(built);
                // A dated report that yields no record still sets the running date ("met with delegations ... on Friday").
                if (built.Count == 0 && !sentence.IsHeadline && mentions.Dates.Count > 0)
                {
                    var d = Resolution.DateResolver.Resolve(mentions.Dates.FirstOrDefault(x => !x.IsDateline) ?? mentions.Dates[0], context.Reference, context.PreviousDate);
                    if (d is not null)
                    {
                        context.NarrativeDate = d;
                        context.PreviousDate = d;
                    }
                }
            }
            RememberRange(mentions, context);
            // "The dialogue was held in Beijing on 21 December": what follows happened that day, there.
            if (triggers.Count == 0 && !sentence.IsHeadline && sentence.Tokens.Any(t => HeldVerbs.Contains(t.Lower))
                && mentions.Dates.FirstOrDefault(d => !d.IsDateline && (d.Day is not null || d.Weekday is not null)) is { } heldOn
                && Resolution.DateResolver.Resolve(heldOn, context.Reference, context.PreviousDate) is { Precision: Amity.Domain.DatePrecision.Day } heldDay)
            {
                context.NarrativeDate = heldDay;
                context.PreviousDate = heldDay;
                foreach (var ev in mentions.Events)
                {
                    context.EventDays[ev.Name] = heldDay;
                }
                // "The forum was held in Yinchuan on Thursday": the event named before.
                if (mentions.Events.Count == 0 && context.LastEvent is { } named
                    && sentence.Tokens.Where((t, k) => k > 0 && sentence.Tokens[k - 1].Is("the") && Words.EventHeads.Contains(t.Bare)).Any())
                {
                    context.EventDays[named.Name] = heldDay;
                }
                context.NarrativePlace = HeldIn(mentions) ?? context.NarrativePlace;
            }
            // "At the meeting held in Katoomba, the Ministers discussed ...": where the article's meeting took place.
            if (!sentence.IsHeadline && MeetingPlace(mentions) is { } venue)
            {
                context.MeetingPlace = venue;
                context.MeetingPlaceDate = context.LastBilateral?.Date;
            }
            // "The Sixth X Dialogue was held in Beijing on ...": the next sentence's meeting is that round.
            context.HeldEvent = mentions.Events.Count > 0 && mentions.Persons.Count == 0
                && sentence.Tokens.Any(t => t.Lower is "held" or "convened" or "opened" or "staged") ? mentions.Events[0] : null;
            context.HeldEventPlace = context.HeldEvent is null ? null : HeldIn(mentions);
            context.HeldEventName = context.HeldEvent is { } heldEvent ? SubjectName(text, sentence, heldEvent) : null;
            if (mentions.Events.Count > 0)
            {
                context.LastEvent = mentions.Events[^1];
            }
            // The sentence's subject: its first person, not one nested in another's span ("Maldivian" in "Maldivian President X").
            var subject = mentions.Persons.FirstOrDefault(p => !mentions.Persons.Any(o => o != p && o.First <= p.First && o.Last >= p.Last && o.Last - o.First > p.Last - p.First));
            // "In his first trip to the US as Prime Minister, David Cameron met ...": a fronted phrase before the subject.
            var frontedPhrase = subject is not null && sentence.Tokens.Count > 0 && sentence.Tokens[0].Lower is "in" or "during" or "after" or "while" or "on" or "at" or "following"
                && sentence.Tokens.FindIndex(t => t.Text == ",") is var comma and > 0 && comma <= subject.NameFirst && subject.NameFirst <= comma + 4;
            if (subject is not null && !sentence.IsHeadline && (subject.First <= 6 || frontedPhrase) && !subject.IsGroup)
            {
                context.Focus = subject;
            }
        }
        HeldOn(candidates, context);
        if (context.MeetingPlace is { } met)
        {
            foreach (var c in candidates.Where(c => c.Place is null && c.Kind is not (EngagementKind.Letter or EngagementKind.Call or EngagementKind.Visit)
                && c.Mode != EngagementMode.Video && (c.Date is null || context.MeetingPlaceDate is null || c.Date == context.MeetingPlaceDate)))
            {
                c.Place = met;
            }
        }
        CandidateBuilder.DelegationVisits(candidates, context);
        FullNames(candidates, context.People);
        Resolution.CountryResolver.FillHome(candidates, context);
        CandidateBuilder.VisitHosts(candidates, context);
        CandidateBuilder.SignerCountries(candidates);
        DateHeadlines(candidates);
        return candidates;
    }

    /// <summary>
    /// An undated letter to an event, or attendance at it, happened when the article says the event was held
    /// ("sent a letter to the Expo. The forum was held ... on Thursday"): the day for attendance, the month for a letter.
    /// </summary>
    private static void HeldOn(List<Candidate> candidates, ArticleContext context)
    {
        if (context.EventDays.Count == 0)
        {
            return;
        }
        foreach (var c in candidates)
        {
            if (c.Date is not null || c.Kind is not (EngagementKind.Letter or EngagementKind.Event))
            {
                continue;
            }
            var name = c.EventName ?? c.Participants.FirstOrDefault(p => p.Role == ParticipantRole.Recipient)?.Name;
            if (name is not null && context.EventDays.TryGetValue(name, out var day))
            {
                c.Date = c.Kind == EngagementKind.Letter ? new PartialDate(day.Year, day.Month) : day;
            }
        }
    }

    /// <summary>
    /// A person is in one place on one day: an engagement with no place takes the place another engagement of the
    /// document gives for the same day and the same person ("met X ... in Bandar Seri Begawan", then "also met Y").
    /// </summary>
    internal static void SameDaySamePlace(List<Candidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (c.Place is not null || c.Kind == EngagementKind.Visit || c.Date is not { Precision: Amity.Domain.DatePrecision.Day } day)
            {
                continue;
            }
            string? place = null;
            var agreed = true;
            foreach (var other in candidates)
            {
                if (other == c || other.Place is null || other.Kind == EngagementKind.Visit || other.Date != day
                    || !other.Participants.Any(o => o.Name is not null && !o.IsCountry && c.Participants.Any(p => !p.IsCountry && string.Equals(p.Name, o.Name, StringComparison.Ordinal))))
                {
                    continue;
                }
                agreed &= place is null || place == other.Place;
                place = other.Place;
            }
            if (agreed && place is not null)
            {
                c.Place = place;
            }
        }
    }

    /// <summary>
    /// A person named in short somewhere ("Jokowi", "Pandor") and in full elsewhere in the article
    /// ("Joko “Jokowi” Widodo") is written in full everywhere, when exactly one full form contains the short one.
    /// </summary>
    private static void FullNames(List<Candidate> candidates, IEnumerable<PersonMention> known)
    {
        var names = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var person in known)
        {
            if (person.Name is { Length: > 1 } name && !person.IsGroup && !names.ContainsKey(name))
            {
                names[name] = Amity.Domain.NameKey.Of(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
        }
        foreach (var c in candidates)
        {
            foreach (var p in c.Participants)
            {
                if (p.Name is { Length: > 1 } name && IsPerson(p) && !names.ContainsKey(name))
                {
                    names[name] = Amity.Domain.NameKey.Of(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                }
            }
        }
        if (names.Count < 2)
        {
            return;
        }
        var full = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, words) in names)
        {
            if (words.Length == 0)
            {
                continue;
            }
            string? longest = null;
            var ambiguous = false;
            foreach (var (other, otherWords) in names)
            {
                if (otherWords.Length <= words.Length || !words.All(w => otherWords.Contains(w, StringComparer.Ordinal)))
                {
                    continue;
                }
                if (longest is null || names[longest].All(w => otherWords.Contains(w, StringComparer.Ordinal)))
                {
                    longest = other;
                }
                else if (!otherWords.All(w => names[longest].Contains(w, StringComparer.Ordinal)))
                {
                    ambiguous = true; // "Wang" inside both "Wang Yi" and "Wang Chao"
                }
            }
            if (longest is not null && !ambiguous)
            {
                full[name] = longest;
            }
        }
        foreach (var c in candidates)
        {
            foreach (var p in c.Participants)
            {
                if (p.Name is { } name && IsPerson(p) && full.TryGetValue(name, out var longer))
                {
                    p.Name = longer;
                }
            }
        }
    }

    private static bool IsPerson(Participant p) => !p.IsCountry && !p.IsOrganisation && !p.IsGroup;

    /// <summary>
    /// "The Sixth A-B Foreign and Strategic Dialogue was held in ...": the whole capitalised subject before "was held" when
    /// the event found ends it, else the event's own name.
    /// </summary>
    private static string SubjectName(string text, Sentence sentence, EventMention ev)
    {
        var tokens = sentence.Tokens;
        if (ev.Last + 2 >= tokens.Count || tokens[ev.Last + 1].Lower is not ("was" or "were" or "is") || tokens[ev.Last + 2].Lower is not ("held" or "convened" or "opened"))
        {
            return ev.Name;
        }
        var first = ev.First;
        while (first > 0 && first > ev.First - 8 && (tokens[first - 1].IsCapitalised || tokens[first - 1].IsNumber || tokens[first - 1].Lower is "and" or "of" or "-" or "on" or "for"))
        {
            first--;
        }
        while (first < ev.First && tokens[first].Lower is "and" or "of" or "on" or "for" or "the")
        {
            first++;
        }
        if (first > 0 && tokens[first].Lower == "the")
        {
            first++;
        }
        if (first < ev.First && tokens[first].Is("the"))
        {
            first++;
        }
        return first < ev.First ? text[tokens[first].Start..tokens[ev.Last].End] : ev.Name;
    }

    /// <summary>
    /// A headline's engagement that no body sentence reports again ("A-B Joint Statement") happened on the article's
    /// first dated engagement's day.
    /// </summary>
    private static void DateHeadlines(List<Candidate> candidates)
    {
        var at = candidates.FindIndex(c => !c.FromHeadline && c.Date is not null);
        if (at < 0)
        {
            return;
        }
        var first = candidates[at].Date;
        for (var i = 0; i < candidates.Count; i++)
        {
            // A headline's, or an undated report's before the article gives any date (the lead of a news item).
            var c = candidates[i];
            if (c.Date is null && (c.FromHeadline || i < at) && !candidates.Any(o => o != c && o.Date is not null && Merging.Same(o, c)))
            {
                c.Date = first;
            }
        }
    }

    // Capitalised words of documents and directions that open sentences or headlines but name nobody.
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "memorandum", "understanding", "agreement", "agreements", "statement", "declaration", "protocol", "communique", "treaty",
        "southeast", "northeast", "southwest", "northwest", "warm", "welcome", "prospect", "photo", "caption",
    };

    private static readonly string[] ImageEndings = [".jpg", ".jpeg", ".png", ".gif"];

    /// <summary>
    /// Drops person mentions that name no one: places joined by hyphens ("Australia-China", "Syrian-led"), single document
    /// words ("Memorandum"); and strips an image file's ending from a caption's name ("X.JPG").
    /// </summary>
    internal static void Plausible(SentenceMentions m)
    {
        m.Persons.RemoveAll(p => !IsPlausibleName(p));
        // "Associate Minister for Māori Development, Hon Nanaia Mahuta": a word inside another person's title is no person.
        m.Persons.RemoveAll(p => m.Persons.Exists(o => o != p && o.First <= p.First && p.Last <= o.Last && (p.Last < o.NameFirst || p.First > o.NameLast) && p.Title is null));
        m.Persons.Sort((a, b) => a.First.CompareTo(b.First));
        foreach (var p in m.Persons)
        {
            foreach (var ending in ImageEndings)
            {
                if (p.Name.EndsWith(ending, StringComparison.OrdinalIgnoreCase) && p.Name.Length > ending.Length)
                {
                    p.Name = p.Name[..^ending.Length];
                }
            }
        }
        m.Persons.RemoveAll(p => p.Name.Length > 0 && Gazetteer.Instance.Lookup(Gazetteer.Key(p.Name)) is { } e && e.Any(x => x.Kind == PlaceKind.Country));
    }

    private static bool IsPlausibleName(PersonMention p)
    {
        if (p.Name.Length == 0)
        {
            return true;
        }
        var words = p.Name.Split([' ', '-', '‐', '–'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1 && p.Title is null && NotNames.Contains(words[0].ToLowerInvariant()))
        {
            return false;
        }

        // Every part of a hyphenated name a place or a lower-case word ("Japan-U.S.", "Syrian-led"): a compound modifier, not a person.
        if (p.Name.IndexOfAny(['-', '‐', '–']) < 0)
        {
            return true;
        }
        var places = 0;
        foreach (var w in words)
        {
            var key = Gazetteer.Key(w);
            if (key.Length == 0 || char.IsLower(w[0]))
            {
                continue;
            }
            if (Gazetteer.Instance.Lookup(key) is null && key is not ("us" or "u s" or "uk" or "eu"))
            {
                return true;
            }
            places++;
        }
        return places == 0 && words.Any(w => char.IsUpper(w[0]));
    }

    /// <summary>"BEIJING, Feb. 28 (Xinhua) --", "Beijing, February 27th—", "Vientiane (VNA) –": the dateline's city and date.</summary>
    private static void Dateline(SentenceMentions m, ArticleContext context)
    {
        var tokens = m.Sentence.Tokens;
        if (tokens.Count < 3 || context.DatelineCity is not null)
        {
            return;
        }
        var place = m.Labelled.PlaceAt[0];
        if (place is null || place.Entry.Kind == PlaceKind.Demonym)
        {
            return;
        }
        var next = place.Last + 1;
        while (next + 1 < tokens.Count && tokens[next].Text == "/" && m.Labelled.PlaceAt[next + 1] is { } other)
        {
            next = other.Last + 1;
        }
        if (next >= tokens.Count || tokens[next].Text is not ("," or "(" or ":"))
        {
            return;
        }
        context.DatelineCity = place.Entry;
        var first = m.Dates.FirstOrDefault();
        if (first is not null && first.Start <= tokens[next].End + 2)
        {
            var resolved = Resolution.DateResolver.Resolve(first, context.Reference, null);
            if (resolved is { Precision: Amity.Domain.DatePrecision.Day } day)
            {
                context.Reference = day.First;
                // A wire report's undated lead happened on its dateline's day.
                context.NarrativeDate ??= day;
            }
            m.Dates[0] = first with { IsDateline = true };
        }
        context.NarrativePlace ??= place.Entry.Kind == PlaceKind.City ? place.Entry.Name : null;
    }

    /// <summary>
    /// "was received by the Chinese President": an office-holder named by nationality and office only is the one
    /// person of that country the article has named with that office, or its only person of that country.
    /// </summary>
    private static void Descriptions(SentenceMentions m, ArticleContext context)
    {
        var tokens = m.Sentence.Tokens;
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (!tokens[i].Is("the") || m.Labelled.PlaceAt[i + 1] is not { Entry.Kind: PlaceKind.Demonym } demonym || demonym.First != i + 1)
            {
                continue;
            }
            var last = demonym.Last;
            while (last + 1 < tokens.Count && (Words.TitleHeads.Contains(tokens[last + 1].Bare) || Words.TitleModifiers.Contains(tokens[last + 1].Bare)))
            {
                last++;
            }
            // "the Sierra Leonean head of state"
            if (last + 2 < tokens.Count && tokens[last].Bare == "head" && tokens[last + 1].Is("of") && tokens[last + 2].Lower is "state" or "government")
            {
                last += 2;
            }
            var head = tokens[last].Bare is "state" or "government" ? "head" : tokens[last].Bare;
            // A name right after the office ("the Chinese President Xi Jinping") is a person already found.
            if (last == demonym.Last || !Words.TitleHeads.Contains(head) || (last + 1 < tokens.Count && tokens[last + 1].IsCapitalised)
                || TokenSpans.Overlapping(m.Persons, i, last) is not null)
            {
                continue;
            }
            var code = demonym.Entry.Code;
            if (OfficeHolder(context, code, head) is not { } known)
            {
                continue;
            }
            var reference = new PersonMention
            {
                Name = known.Name,
                NameFirst = demonym.Last + 1,
                NameLast = last,
                First = i + 1,
                Last = last,
                Title = known.Title,
                Organisation = known.Organisation,
                Country = code,
                IsReference = true,
            };
            TokenSpans.InsertAfter(m.Persons, reference, last);
            i = last;
        }
    }

    /// <summary>The one person of the country the article named with that office, else its only person of that country.</summary>
    private static PersonMention? OfficeHolder(ArticleContext context, string code, string office)
    {
        var ofCountry = context.People.Where(p => p.Country == code && !p.IsGroup && p.Name.Length > 0).ToList();
        var withOffice = ofCountry.Where(p => p.Title is { } t && NameKeyWords(t).Contains(office)).ToList();
        return withOffice.Count == 1 ? withOffice[0] : withOffice.Count == 0 && ofCountry.Count == 1 ? ofCountry[0] : null;
    }

    private static readonly string[] BackReferences = ["above-mentioned", "above-mention", "abovementioned", "aforementioned", "aforesaid", "mentioned", "mention"];

    /// <summary>
    /// "the above-mentioned association": the organisation with that head word the article named last. Every
    /// organisation found is remembered for later sentences.
    /// </summary>
    private static void NamedBefore(SentenceMentions m, ArticleContext context)
    {
        var tokens = m.Sentence.Tokens;
        if (context.Organisations.Count > 0 && tokens.Exists(t => t.Lower.Contains("mention", StringComparison.Ordinal) || t.Lower is "aforesaid"))
        {
            Referred(m, context);
        }
        if (m.Organisations.Count == 0)
        {
            return;
        }
        context.Organisations.AddRange(m.Organisations);
        if (context.Organisations.Count > 64)
        {
            context.Organisations.RemoveRange(0, context.Organisations.Count - 32);
        }
    }

    private static void Referred(SentenceMentions m, ArticleContext context)
    {
        var tokens = m.Sentence.Tokens;
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (!tokens[i].Is("the"))
            {
                continue;
            }
            var k = i + 1;
            var referring = false;
            while (k < tokens.Count - 1 && (tokens[k].Lower is "above" or "-" || Array.IndexOf(BackReferences, tokens[k].Lower) >= 0))
            {
                referring |= Array.IndexOf(BackReferences, tokens[k].Lower) >= 0;
                k++;
            }
            if (!referring || tokens[k].IsCapitalised || !Words.OrganisationHeads.Contains(tokens[k].Bare) || TokenSpans.Overlapping(m.Organisations, k, k) is not null)
            {
                continue;
            }
            ReferTo(m.Organisations, context.Organisations, i + 1, k, tokens[k].Bare);
        }
    }

    /// <summary>Inserts, at tokens first..last, the organisation with that head word the article named last.</summary>
    private static void ReferTo(List<OrganisationMention> sentence, List<OrganisationMention> article, int first, int last, string head)
    {
        var named = article.LastOrDefault(o => NameKeyWords(o.Name).Contains(head));
        if (named is not null)
        {
            TokenSpans.InsertAfter(sentence, named with { First = first, Last = last }, last);
        }
    }

    private static string[] NameKeyWords(string s) => Amity.Domain.NameKey.Of(s).Split(' ');

    /// <summary>"was staged in Ufa of Russia": the city after "in" or "at", else the first city outside an event's name.</summary>
    private static string? HeldIn(SentenceMentions m)
    {
        var tokens = m.Sentence.Tokens;
        var cities = m.Places.Where(p => p.Entry.Kind == PlaceKind.City && !m.Events.Exists(e => e.First <= p.First && p.Last <= e.Last)).ToList();
        return (cities.FirstOrDefault(p => p.First > 0 && tokens[p.First - 1].Lower is "in" or "at") ?? cities.FirstOrDefault())?.Entry.Name;
    }

    /// <summary>"the meeting held in Katoomba", "the talks took place in Wrocław": the city a definite meeting was held in.</summary>
    private static string? MeetingPlace(SentenceMentions m)
    {
        var tokens = m.Sentence.Tokens;
        for (var k = 1; k + 3 < tokens.Count; k++)
        {
            if (!tokens[k - 1].Is("the") || tokens[k].Bare is not ("meeting" or "talks" or "consultations" or "dialogue"))
            {
                continue;
            }
            var j = k + 1;
            if (tokens[j].Lower is "was" or "were")
            {
                j++;
            }
            if (tokens[j].Lower == "took" && j + 1 < tokens.Count && tokens[j + 1].Lower == "place")
            {
                j++;
            }
            if (tokens[j].Lower is "held" or "place" && j + 2 < tokens.Count && tokens[j + 1].Is("in"))
            {
                if (m.Labelled.PlaceAt[j + 2] is { } place)
                {
                    return place.Entry.Kind == PlaceKind.City ? place.Entry.Name : null;
                }
                // A town too small for the gazetteer ("held in Katoomba"): the capitalised word itself.
                var word = tokens[j + 2];
                return word.IsCapitalised && word.IsWord && !word.IsAllCaps && m.Labelled.Labels[j + 2] is Label.Name
                    && TokenSpans.Overlapping(m.Persons, j + 2, j + 2) is null && TokenSpans.Overlapping(m.Organisations, j + 2, j + 2) is null
                    ? word.Text : null;
            }
        }
        return null;
    }

    /// <summary>"China and the EU made new progress": two parties coordinated, whom a later "the two sides" means.</summary>
    private static void NotePair(SentenceMentions m, ArticleContext context)
    {
        var tokens = m.Sentence.Tokens;
        for (var k = 1; k + 1 < tokens.Count; k++)
        {
            if (!tokens[k].Is("and"))
            {
                continue;
            }
            var right = tokens[k + 1].Is("the") ? k + 2 : k + 1;
            if (Party(m, k - 1, atEnd: true) is { } a && Party(m, right, atEnd: false) is { } b && (a.Country != b.Country || a.Name != b.Name))
            {
                context.LastPair = (a, b);
                return;
            }
        }
    }

    /// <summary>A country or an intergovernmental organisation ending (or starting) at a token.</summary>
    private static (string Name, string? Country, bool IsCountry)? Party(SentenceMentions m, int at, bool atEnd)
    {
        if (at < 0 || at >= m.Sentence.Tokens.Count)
        {
            return null;
        }
        if (m.Labelled.PlaceAt[at] is { Entry.Kind: PlaceKind.Country, InCompound: false } place && (atEnd ? place.Last : place.First) == at)
        {
            return (place.Entry.Name, place.Entry.Code, true);
        }
        // An intergovernmental body ("the EU"), or any named organisation ("The City of Pittsburgh and Saitama City").
        var org = m.Organisations.FirstOrDefault(o => (atEnd ? o.Last : o.First) == at && o.Name.Length > 5);
        return org is null ? null : (org.Name, org.Country, false);
    }

    /// <summary>"Interview with X, President of ...": X answers, so the article's "I" is X.</summary>
    private static void NoteInterviewee(SentenceMentions m, ArticleContext context)
    {
        var tokens = m.Sentence.Tokens;
        for (var k = 0; k + 2 < tokens.Count; k++)
        {
            var given = tokens[k + 1].Lower is "given" or "granted" && k + 2 < tokens.Count && tokens[k + 2].Is("by");
            if (tokens[k].Bare is "interview" or "interviewed" && (tokens[k + 1].Is("with") || given)
                && m.Persons.FirstOrDefault(p => p.First > k + 1 && p.First <= k + 6) is { Name.Length: > 0 } person)
            {
                context.Narrator = person;
                // An interview speaks from the interviewee's country: it is the article's home.
                if (person.Country is { } home)
                {
                    context.HomeEvidence[home] = context.HomeEvidence.GetValueOrDefault(home) + 2;
                }
                return;
            }
        }
    }

    /// <summary>"a delegation ... led by X", "X led a delegation", "X ... with his delegation": X leads the delegation.</summary>
    private static void NoteDelegation(SentenceMentions m, ArticleContext context)
    {
        var tokens = m.Sentence.Tokens;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Bare is not ("delegation" or "delegations"))
            {
                continue;
            }
            PersonMention? leader = null;
            for (var j = k + 1; j < tokens.Count - 1 && j <= k + 25; j++)
            {
                if (tokens[j].Lower is "led" or "headed" && tokens[j + 1].Lower == "by")
                {
                    leader = m.Persons.FirstOrDefault(p => p.First > j);
                    break;
                }
            }
            if (leader is null && k >= 2 && tokens[k - 2].Lower is "led" or "leading" or "heading" or "his" or "her")
            {
                leader = m.Persons.LastOrDefault(p => p.Last < k);
            }
            // "Led by X, President of the CPIFA, the delegation included ...": the fronted phrase names the leader.
            if (leader is null && k >= 3 && tokens[0].Lower is "led" or "headed" && tokens[1].Is("by") && m.Persons.FirstOrDefault() is { First: <= 4 } fronted
                && Enumerable.Range(fronted.Last + 1, k - fronted.Last - 1).Any(j => tokens[j].Text == ","))
            {
                leader = fronted;
            }
            if (leader is not null)
            {
                // "a delegation of the Harbour Party (HP) of Kenya led by X": X speaks for that party and country.
                var between = (Math.Min(k, leader.First), Math.Max(k, leader.First));
                leader.Country ??= m.Places.FirstOrDefault(p => p.First > between.Item1 && p.Last < between.Item2 && !p.InCompound && p.Entry.Kind != PlaceKind.City)?.Entry.Code;
                leader.Organisation ??= m.Organisations.FirstOrDefault(o => o.First > between.Item1 && o.Last < between.Item2 && o.Name.Length > 4)?.Name;
                context.DelegationLeader = leader;
                context.Resolve(leader); // later mentions ("Pan met ...") know the delegation's organisation and country
                context.DelegationCountry = leader.Country;
                return;
            }
        }
    }

    /// <summary>A range of days the sentence gives ("from 12th to 19th October 2022") is what "on the last day" counts in.</summary>
    private static void RememberRange(SentenceMentions mentions, ArticleContext context)
    {
        foreach (var d in mentions.Dates)
        {
            if (d.RangeEnd is { } end
                && Resolution.DateResolver.Resolve(d, context.Reference, context.PreviousDate) is { Precision: Amity.Domain.DatePrecision.Day } from
                && Resolution.DateResolver.Resolve(end with { Year = end.Year ?? d.Year }, context.Reference, context.PreviousDate) is { Precision: Amity.Domain.DatePrecision.Day } to
                && to.First >= from.First)
            {
                context.LastRange = (from.First, to.First);
            }
        }
    }
}
