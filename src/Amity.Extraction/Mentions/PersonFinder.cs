using Amity.Extraction.Lexicons;
using Amity.Extraction.Text;

namespace Amity.Extraction.Mentions;

/// <summary>
/// Finds people: runs of name words, with the title given before them ("Vice Premier Ding Xuexiang",
/// "his Dutch counterpart Mark Rutte"), after them ("Liu Jianchao, Minister of the International Department
/// ..., met") or before them across a comma ("the President of India, Shri Pranab Mukherjee").
/// </summary>
internal static class PersonFinder
{
    private static readonly string[] TitleConnectors = ["of", "the", "and", "for", "&", "to", "in", "at", "on", "cum", "its", "his", "her", "their", "a", "an", "charge", "with", "from", "country's", "governing", "ruling"];
    private static readonly string[] Doctrines = ["thought", "theory", "doctrine", "doctrines", "thoughts"];
    private static readonly string[] Relational = ["counterpart", "counterparts", "colleague", "opposite"];

    public static void Find(string text, SentenceMentions mentions)
    {
        var labelled = mentions.Labelled;
        var tokens = labelled.Tokens;
        var labels = labelled.Labels;
        List<(PersonMention Person, string Country)>? inherit = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (labels[i] != Label.Name)
            {
                continue;
            }
            // "Foreign Minister Park Jin", "President Park Geun-hye": a surname that is also a common word, after a title.
            var start = i;
            if (i >= 2 && labels[i - 1] == Label.Common && tokens[i - 1].IsCapitalised && !tokens[i - 1].IsPossessive
                && labels[i - 2] is Label.TitleHead or Label.Honorific && !Words.Common.Contains(tokens[i - 2].Bare))
            {
                start = i - 1;
            }
            var last = i;
            while (last + 1 < tokens.Count && last - i < 6 && !tokens[last].IsPossessive) // "Secretary Blinken’s Call": the name ends at the possessive
            {
                if (labels[last + 1] == Label.Name)
                {
                    last++;
                }
                else if (Initial(tokens, last + 1) is var span and > 0 && last + span + 1 < tokens.Count && labels[last + span + 1] == Label.Name)
                {
                    last += span + 1; // "Antony J. Blinken": a middle initial
                }
                else
                {
                    break;
                }
            }
            // Quoted nicknames inside a name (Joko “Jokowi” Widodo, Stephen “Tim” Quigley).
            if (last + 4 < tokens.Count && tokens[last + 1].Text is "“" or "\"" && labels[last + 2] == Label.Name
                && tokens[last + 3].Text is "”" or "\"" && labels[last + 4] == Label.Name)
            {
                last += 4;
                while (last + 1 < tokens.Count && labels[last + 1] == Label.Name)
                {
                    last++;
                }
            }
            // "Jane Doe Thought", "John Roe Doctrine": a body of ideas named after a person, no person.
            if (tokens[last].IsCapitalised && Doctrines.Contains(tokens[last].Bare, StringComparer.Ordinal))
            {
                i = last;
                continue;
            }
            var person = Build(text, mentions, start, last);
            if (person is not null)
            {
                // "King of Thailand A B, Princess C, Prime Minister D E": titled people listed after one with a country share it.
                if (person.Country is null && person.Title is not null && person.First > 0 && mentions.Persons.Count > 0
                    && mentions.Persons[^1] is { } before && (before.Country ?? inherit?.Find(x => x.Person == before).Country) is { } listed && before.Last == person.First - 2 && tokens[person.First - 1].Text == ","
                    && person.First < person.NameFirst && !before.Counterpart && !(before.Title?.Contains("counterpart", StringComparison.Ordinal) ?? false))
                {
                    inherit ??= [];
                    inherit.Add((person, listed));
                }
                mentions.Persons.Add(person);
                i = Math.Max(last, person.Last);
            }
            else
            {
                i = last;
            }
        }
        // Only where everyone with a nationality shares it: in "U.S. Secretary A, Foreign Minister B and South Korean
        // Foreign Minister C" each side is labelled, and B is from the reporting country.
        if (inherit is not null)
        {
            foreach (var (person, country) in inherit)
            {
                if (mentions.Persons.TrueForAll(o => o.Country is null || o.Country == country))
                {
                    person.Country = country;
                }
            }
        }
    }

    /// <summary>How many tokens a middle initial at <paramref name="k"/> spans ("J." as one token, or "J" and "."), or 0.</summary>
    private static int Initial(List<Token> tokens, int k)
    {
        var t = tokens[k].Text;
        if (t.Length == 2 && char.IsUpper(t[0]) && t[1] == '.')
        {
            return 1;
        }
        return t.Length == 1 && char.IsUpper(t[0]) && k + 1 < tokens.Count && tokens[k + 1].Text == "." ? 2 : 0;
    }

    private static PersonMention? Build(string text, SentenceMentions mentions, int first, int last)
    {
        var labelled = mentions.Labelled;
        var tokens = labelled.Tokens;
        var labels = labelled.Labels;
        // Part of an organisation or event name ("Heydar Aliyev Foundation", "Global Baku Forum")?
        foreach (var o in mentions.Organisations)
        {
            if (o.First <= first && o.Last >= last)
            {
                return null;
            }
        }
        foreach (var e in mentions.Events)
        {
            if (e.First <= first && e.Last >= last)
            {
                return null;
            }
        }
        if (last + 1 < tokens.Count && labels[last + 1] is Label.OrganisationHead or Label.EventHead && tokens[last + 1].IsCapitalised)
        {
            return null;
        }
        // "China-Africa", "China-Sierra Leone": countries joined into a compound, no person.
        foreach (var place in labelled.Places)
        {
            if (place.InCompound && place.First >= first && place.First <= last)
            {
                return null;
            }
        }
        // "(Xinhua)", "(Photo: VNA)": agencies and credits in brackets.
        if (first > 0 && tokens[first - 1].Text == "(" && last + 1 < tokens.Count && tokens[last + 1].Text == ")")
        {
            return null;
        }
        // "Jiangxi Province", "Merdeka Palace", "Lao Front for National Construction (LFNC)": places and institutions.
        if (last + 1 < tokens.Count && tokens[last + 1].IsCapitalised && Words.PlaceHeads.Contains(tokens[last + 1].Bare))
        {
            return null;
        }
        if (last + 3 < tokens.Count && tokens[last + 1].Text == "(" && tokens[last + 2].IsAllCaps && tokens[last + 3].Text == ")"
            && !(first > 0 && labels[first - 1] is Label.Honorific or Label.TitleHead))
        {
            return null; // "Lao Front for National Construction (LFNC)"; but "President Jane Doe (PT)" is a person and her party
        }
        // "the Reuters news agency", "the Kathimerini newspaper": a publisher, not a person.
        if (last + 1 < tokens.Count && tokens[last + 1].Lower is "news" or "agency" or "newspaper" or "daily" or "magazine" or "broadcaster" or "channel" or "website")
        {
            return null;
        }
        // "in Katoomba", "at Rashtrapati Bhavan": a place, not a person.
        if (first > 0 && tokens[first - 1].Lower is "in" or "at" or "near" or "from" && !HasTitleAfter(tokens, labels, last))
        {
            return null;
        }
        var name = text[tokens[first].Start..tokens[last].End];
        if (tokens[last].IsPossessive)
        {
            name = name[..^2];
        }
        // "Mr.Wang Chao": an honorific run into the name without a space.
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0 && dot + 1 < name.Length && char.IsUpper(name[dot + 1]) && Words.Honorifics.Contains(name[..dot].ToLowerInvariant()))
        {
            name = name[(dot + 1)..];
        }
        var person = new PersonMention { Name = name, NameFirst = first, NameLast = last, First = first, Last = last };
        // Before the name: honorifics, then the title.
        var s = first - 1;
        while (s >= 0 && (labels[s] == Label.Honorific || (tokens[s].Bare is "professor" or "prof" && s > 0 && labels[s - 1] is not (Label.Lower or Label.Punctuation or Label.Other))))
        {
            s--; // "Deputy Prime Minister of Zimbabwe Professor Arthur Mutambara": an academic title is no office
        }
        var (titleFirst, titleLast) = PreTitle(tokens, labels, s);
        var viaComma = false;
        if (titleFirst < 0 && s >= 1 && tokens[s].Text == ",")
        {
            // "the President of India, Shri Pranab Mukherjee"
            var (f, l) = PreTitle(tokens, labels, s - 1);
            if (f >= 0 && (f == 0 || tokens[f - 1].Lower is "the" or "and" or "with" or "by" or "," or "to" or "his" or "her" or "its" or "their" or "as"))
            {
                (titleFirst, titleLast) = (f, l);
                viaComma = true;
            }
        }
        if (titleFirst >= 0)
        {
            person.First = titleFirst;
            person.Title = text[tokens[titleFirst].Start..tokens[titleLast].End];
            person.Counterpart = Contains(tokens, titleFirst, titleLast, Relational);
            Attach(mentions, person, titleFirst, titleLast);
            // "the International Department of the Chinese Communist Party’s Deputy Minister": the office after the body's possessive.
            var owner = mentions.Organisations.LastOrDefault(o => o.First >= titleFirst && o.Last < titleLast && tokens[o.Last].IsPossessive);
            if (owner is not null)
            {
                person.Organisation = owner.Name;
                person.Title = text[tokens[owner.Last + 1].Start..tokens[titleLast].End];
            }
        }
        // "President Jane Doe of the Republic of Chile": the country after the name completes the title.
        if (person.Title is not null && !viaComma && last + 2 < tokens.Count && tokens[last + 1].Is("of"))
        {
            var k = last + 2;
            if (tokens[k].Is("the") && k + 1 < tokens.Count)
            {
                k++;
            }
            if (labelled.PlaceAt[k] is { Entry.Kind: PlaceKind.Country } country && !person.Title.Contains(" of ", StringComparison.Ordinal))
            {
                person.Title = person.Title + " " + text[tokens[last + 1].Start..tokens[country.Last].End];
                person.Country = country.Entry.Code;
                person.Last = country.Last;
            }
        }
        // "to Jane Doe on her election as Chairwoman of the X Party": the office the person was elected or appointed to.
        if (person.Title is null && last + 5 < tokens.Count && tokens[last + 1].Is("on") && tokens[last + 2].Lower is "his" or "her" or "their"
            && tokens[last + 3].Bare is "election" or "re-election" or "reelection" or "appointment" && tokens[last + 4].Is("as"))
        {
            var (ef, el) = PostTitle(tokens, labels, last + 5);
            if (ef >= 0)
            {
                person.Title = text[tokens[ef].Start..tokens[el].End];
                Attach(mentions, person, ef, el);
            }
        }
        // After the name: ", title, ..." (an appositive).
        var after = last + 1;
        if (after + 1 < tokens.Count && tokens[after].Text == "(" && tokens[after + 1].Text is "R" or "L" or "C" or "left" or "right")
        {
            after += 3; // photo captions: "Mr Don Tuan Phong (R)"
        }
        // "Senator Marise Payne, and New Zealand Minister ... Nanaia Mahuta": after ", and" comes another person.
        if (after < tokens.Count && tokens[after].Text == "," && !(after + 1 < tokens.Count && tokens[after + 1].Lower is "and" or "or")
            && (person.Title is null || person.Counterpart || viaComma || LowerHeads(tokens, labels, titleFirst, titleLast)))
        {
            var (pf, pl) = PostTitle(tokens, labels, after + 1);
            if (pf >= 0)
            {
                person.Counterpart = false;
                person.Organisation = null;
                person.Last = pl;
                person.Title = text[tokens[pf].Start..tokens[pl].End];
                Attach(mentions, person, pf, pl);
            }
        }
        return person;
    }

    /// <summary>A descriptive title before a name ("China's top legislator"): its head words are lower case.</summary>
    private static bool LowerHeads(List<Token> tokens, Label[] labels, int first, int last)
    {
        if (first < 0)
        {
            return false;
        }
        for (var k = first; k <= last; k++)
        {
            if (labels[k] == Label.TitleHead && tokens[k].IsCapitalised)
            {
                return false;
            }
        }
        return true;
    }

    private static readonly string[] LeadingFunctionWords = ["since", "when", "after", "before", "during", "while", "as", "following", "meanwhile", "however", "also", "then", "but", "today", "yesterday", "later", "earlier", "there", "here", "thus", "so", "yet", "once", "our", "my", "your", "his", "her", "their", "its"];

    private static bool HasTitleAfter(List<Token> tokens, Label[] labels, int last) =>
        last + 2 < tokens.Count && tokens[last + 1].Text == "," && PostTitle(tokens, labels, last + 2).First >= 0;

    private static bool Contains(List<Token> tokens, int first, int last, string[] words)
    {
        for (var k = first; k <= last; k++)
        {
            if (Array.IndexOf(words, tokens[k].Bare) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The title ending at token <paramref name="end"/> (inclusive), walking left; (-1, -1) if none.</summary>
    private static (int First, int Last) PreTitle(List<Token> tokens, Label[] labels, int end)
    {
        if (end < 0)
        {
            return (-1, -1);
        }
        var first = -1;
        var hasHead = false;
        for (var k = end; k >= 0; k--)
        {
            var t = tokens[k];
            var label = labels[k];
            var ok = label switch
            {
                Label.TitleHead or Label.TitleModifier or Label.OrganisationHead or Label.Place or Label.Acronym => true,
                Label.Common => t.IsCapitalised && !Words.Months.ContainsKey(t.Bare) && !Words.Weekdays.ContainsKey(t.Bare) && t.Bare is not ("call" or "phone" or "visit" or "trip" or "talks" or "meeting"),
                Label.Name => k < end && labels[k + 1] is Label.Common or Label.OrganisationHead or Label.TitleHead or Label.Place or Label.TitleModifier,
                Label.Punctuation => t.Text is "&" or ")" or "(" || (t.Text == "-" && k > 0) || (t.Text == "," && ListInsideTitle(tokens, labels, k, end)),
                Label.Lower => Array.IndexOf(Relational, t.Bare) >= 0 || (t.Bare == "number" && k > 0 && tokens[k - 1].Bare == "opposite") || (k < end && t.Lower is "of" or "and" or "for" or "the" or "on" or "to" or "cum")
                    || (k > 0 && k < end && t.Lower == "with" && tokens[k - 1].IsCapitalised && tokens[k + 1].IsCapitalised)
                    || (k < end && t.Lower == "in" && tokens[k + 1].Lower == "charge") || (k > 0 && t.Lower == "charge" && tokens[k - 1].Lower == "in"),
                _ => false,
            };
            if (!ok)
            {
                break;
            }
            if (t.IsPossessive && label == Label.Name)
            {
                break;
            }
            first = k;
            hasHead |= label == Label.TitleHead || Array.IndexOf(Relational, t.Bare) >= 0;
        }
        if (first < 0 || !hasHead)
        {
            return (-1, -1);
        }
        // Trim leading connectors, brackets and sentence-initial function words ("Since President Xi").
        while (first <= end && (tokens[first].Lower is "of" or "and" or "for" or "the" or "on" or "to" or "with" or "&" or ")" or "-"
            || (labels[first] == Label.Common && Array.IndexOf(LeadingFunctionWords, tokens[first].Bare) >= 0)))
        {
            first++;
        }
        var last = end;
        while (last >= first && tokens[last].Text is "(" or "-" or "&")
        {
            last--;
        }
        return first <= last ? (first, last) : (-1, -1);
    }

    /// <summary>Lower-case words after "the" that lead to a place within three words ("the west African state of").</summary>
    private static bool LowerBeforePlace(List<Token> tokens, Label[] labels, int k)
    {
        var j = k;
        while (j > 0 && tokens[j - 1].IsWord && labels[j - 1] is not (Label.TitleHead or Label.Name) && !tokens[j - 1].Is("the") && !tokens[j - 1].Is("of") && j > k - 3)
        {
            j--;
        }
        if (j == 0 || !tokens[j - 1].Is("the"))
        {
            return false;
        }
        for (var n = k; n < tokens.Count && n <= k + 4; n++)
        {
            if (labels[n] == Label.Place)
            {
                return true;
            }
            if (!tokens[n].IsWord || tokens[n].Lower.EndsWith("ed", StringComparison.Ordinal) || tokens[n].Lower.EndsWith("ing", StringComparison.Ordinal))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// A comma inside a title before the name: "Education, Sports and Culture Minister" — a capitalised word before
    /// it, and only capitalised words and an "and" between it and the title's head.
    /// </summary>
    private static bool ListInsideTitle(List<Token> tokens, Label[] labels, int comma, int end)
    {
        if (comma == 0 || !tokens[comma - 1].IsCapitalised || labels[comma - 1] is not (Label.Common or Label.TitleModifier or Label.OrganisationHead))
        {
            return false;
        }
        var and = false;
        for (var k = comma + 1; k <= end; k++)
        {
            if (labels[k] == Label.TitleHead)
            {
                return and;
            }
            if (tokens[k].Lower is "and" or "&")
            {
                and = true;
            }
            else if (!tokens[k].IsCapitalised && tokens[k].Text != ",")
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>An appositive title starting at <paramref name="start"/>; (-1, -1) if the words there are no title.</summary>
    internal static (int First, int Last) PostTitle(List<Token> tokens, Label[] labels, int start)
    {
        var k = start;
        var sawHead = false;
        var last = -1;
        var depth = 0;
        while (k < tokens.Count)
        {
            var t = tokens[k];
            var label = labels[k];
            if (label == Label.TitleHead)
            {
                sawHead = true;
                last = k;
            }
            else if (t.Text == "(")
            {
                depth++;
            }
            else if (t.Text == ")")
            {
                if (depth == 0)
                {
                    break;
                }
                depth--;
                last = k;
            }
            else if (depth > 0)
            {
                last = k;
            }
            else if (t.Text == "," || t.Text == ";")
            {
                if (!ContinuesAfterComma(tokens, labels, k + 1))
                {
                    break;
                }
            }
            else if (label is Label.Name)
            {
                if (k > start && labels[k - 1] is Label.TitleHead or Label.Honorific)
                {
                    // "..., Dr. Mahmoud Ahmadinejad, President Rajapaksa said": a title and name start another person.
                    var back = k - 1;
                    while (back > start && labels[back - 1] is Label.TitleHead or Label.TitleModifier or Label.Honorific or Label.Place)
                    {
                        back--;
                    }
                    if (back > start && tokens[back - 1].Lower is "to" or "of" or "the" or "for")
                    {
                        // "diplomatic counselor to French President Emmanuel Macron": the person the title serves.
                        last = k;
                        k++;
                        continue;
                    }
                    last = back - 1;
                    while (last >= start && tokens[last].Text is "," or "and" or "&")
                    {
                        last--;
                    }
                    return HasHead(labels, start, last) ? (start, last) : (-1, -1);
                }
                // A name inside a title belongs to an organisation or a person the title refers to.
                last = k;
            }
            else if (label is Label.Common or Label.Lower && !t.IsCapitalised && Words.PlaceHeads.Contains(t.Bare) && k > start && tokens[k - 1].IsCapitalised && labels[k - 1] is Label.Name or Label.Place)
            {
                last = k; // "Secretary of the Party Committee of Dak Lak province"
            }
            else if (label is Label.TitleModifier or Label.OrganisationHead or Label.Place or Label.Acronym or Label.Common or Label.EventHead or Label.Number
                && !(sawHead && label == Label.Common && !t.IsCapitalised && LowerBeforePlace(tokens, labels, k)))
            {
                if (label == Label.Common && !t.IsCapitalised && !sawHead && k - start > 2)
                {
                    break;
                }
                if (label == Label.Common && !t.IsCapitalised && Array.IndexOf(TitleConnectors, t.Lower) < 0 && t.Lower is not ("people" or "people's" or "political" or "international" or "national" or "foreign" or "affairs" or "general" or "standing" or "central"))
                {
                    break;
                }
                last = k;
            }
            else if (t.Text is "–" or "-" && k > start && tokens[k - 1].IsCapitalised && k + 1 < tokens.Count && tokens[k + 1].IsCapitalised)
            {
                // "President of the Vietnam–Norway Friendship Association"
            }
            else if (Array.IndexOf(TitleConnectors, t.Lower) >= 0 || t.Text is "&" or "-" || t.IsPossessive)
            {
                if (t.Lower is "to" or "with" or "from" or "at" or "in" && !(k + 1 < tokens.Count && (tokens[k + 1].IsCapitalised || tokens[k + 1].Is("the") || (t.Is("in") && tokens[k + 1].Is("charge")))))
                {
                    break;
                }
                if (t.Lower is "in" or "at" && k > start && tokens[k - 1].Text == ")")
                {
                    break; // "President of the X Institute (XI) in Beijing": where the organisation sits, not the title
                }
            }
            else if (sawHead && !t.IsCapitalised && LowerBeforePlace(tokens, labels, k))
            {
                // "President of the west African state of Sierra Leone"
            }
            else if (!sawHead && k - start < 2 && label == Label.Lower && k + 1 < tokens.Count && labels[k + 1] is Label.TitleHead or Label.TitleModifier)
            {
                // "diplomatic counselor to ...", "national spokesperson"
            }
            else
            {
                break;
            }
            if (!sawHead && k - start >= 5)
            {
                return (-1, -1);
            }
            k++;
        }
        return sawHead && last >= start ? (start, last) : (-1, -1);
    }

    /// <summary>
    /// A short name of common words only ("Foreign Office", "Party Central Committee"): a kind of body, not a named
    /// organisation, so it is no participant's organisation.
    /// </summary>
    private static bool Generic(LabelledSentence labelled, OrganisationMention o)
    {
        if (o.Last - o.First > 2 || o.Acronym is not null)
        {
            return false;
        }
        for (var k = o.First; k <= o.Last; k++)
        {
            if (labelled.Labels[k] is not (Label.Common or Label.OrganisationHead or Label.TitleModifier) || labelled.PlaceAt[k] is not null)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// An organ named only relative to its party ("the Party Committee of X province", "its Commission for ..."):
    /// the person's organisation is the party, named elsewhere.
    /// </summary>
    private static bool PartOrgan(LabelledSentence labelled, OrganisationMention o) =>
        labelled.Tokens[o.First].Bare == "party" && o.Acronym is null
        || (o.First > 0 && labelled.Tokens[o.First - 1].Lower is "its" or "their");

    private static bool HasHead(Label[] labels, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (labels[k] == Label.TitleHead)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>After a comma, a title goes on with an appositive organisation or more title words, not with a new person or a verb.</summary>
    private static bool ContinuesAfterComma(List<Token> tokens, Label[] labels, int k)
    {
        if (k >= tokens.Count)
        {
            return false;
        }
        // The segment up to the next comma must not hold a person's name (that starts another person).
        var segmentHasHead = false;
        for (var j = k; j < tokens.Count && tokens[j].Text != ","; j++)
        {
            if (labels[j] == Label.Name && !(j + 1 < tokens.Count && labels[j + 1] is Label.OrganisationHead or Label.Common or Label.Place)
                && (j == k || labels[j - 1] is Label.Honorific or Label.TitleHead or Label.Name or Label.Punctuation))
            {
                return false;
            }
            if (!tokens[j].IsCapitalised && labels[j] == Label.Lower && Array.IndexOf(TitleConnectors, tokens[j].Lower) < 0)
            {
                return false; // a verb or other clause word
            }
            segmentHasHead |= labels[j] is Label.OrganisationHead or Label.TitleHead;
        }
        var t = tokens[k];
        if (t.Is("the") && k + 1 < tokens.Count && tokens[k + 1].IsCapitalised)
        {
            return segmentHasHead;
        }
        return t.IsCapitalised && labels[k] is Label.Common or Label.OrganisationHead or Label.TitleHead or Label.TitleModifier && !Words.Months.ContainsKey(t.Bare);
    }

    /// <summary>The organisation and country a title gives its holder.</summary>
    private static void Attach(SentenceMentions mentions, PersonMention person, int first, int last)
    {
        // The first organisation the title names, passing over a bare head word ("Party Secretary and Chairperson of ...").
        OrganisationMention? chosen = null;
        foreach (var o in mentions.Organisations)
        {
            if (Generic(mentions.Labelled, o) || PartOrgan(mentions.Labelled, o))
            {
                continue;
            }
            if (o.First >= first && o.Last <= last && (chosen is null || (chosen.First == chosen.Last && chosen.Acronym is null && (o.Last > o.First || o.Acronym is not null))))
            {
                chosen = o;
            }
        }
        if (chosen is not null && person.Organisation is null)
        {
            person.Organisation = chosen.Name;
            person.Country ??= chosen.Country;
        }
        person.Country ??= OrganisationFinder.CountryOf(mentions.Labelled, first, last);
        // A title only one country gives: the United States' "Secretary of State" (others add "for ...").
        if (person.Country is null && person.Title is { } title && title.EndsWith("Secretary of State", StringComparison.Ordinal))
        {
            person.Country = "US";
        }
    }
}
