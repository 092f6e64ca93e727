using Amity.Domain;
using Amity.Extraction.Lexicons;
using Amity.Extraction.Text;

namespace Amity.Extraction.Mentions;

/// <summary>
/// Finds organisation names: runs of capitalised words joined by "of", "the", "for", "and", "&amp;" that hold an
/// organisation head word ("Party", "Department", "Association"), up to the last head word, with an acronym in
/// brackets after it; and bare acronyms. Records "Name (ACR)" definitions in the article's acronym table.
/// </summary>
internal static class OrganisationFinder
{
    private static readonly string[] Connectors = ["of", "the", "for", "and", "&", "on", "de", "with", "in"];

    public static void Find(string text, SentenceMentions mentions, Dictionary<string, string> acronyms)
    {
        var labelled = mentions.Labelled;
        var tokens = labelled.Tokens;
        var labels = labelled.Labels;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!StartsName(tokens[i], labels[i]))
            {
                if (labels[i] == Label.Acronym)
                {
                    AddAcronym(text, mentions, acronyms, i);
                }
                i++;
                continue;
            }
            var lastHead = -1;
            var j = i;
            var end = i;
            while (j < tokens.Count)
            {
                var t = tokens[j];
                var label = labels[j];
                if (label == Label.OrganisationHead && t.IsCapitalised)
                {
                    lastHead = j;
                    end = j;
                }
                else if (t.IsCapitalised && t.Is("international") && j > i && (j + 1 == tokens.Count || !tokens[j + 1].IsCapitalised))
                {
                    // "Sister Cities International", "Rotary International": the word ends a name as its head.
                    lastHead = j;
                    end = j;
                }
                else if (StartsName(t, label) || (label == Label.TitleHead && t.IsCapitalised && j + 1 < tokens.Count && labels[j + 1] == Label.OrganisationHead))
                {
                    end = j;
                }
                else if (t.Text is "(" && j + 2 < tokens.Count && tokens[j + 2].Text is ")" && labels[j + 1] is Label.Acronym or Label.Place or Label.Name)
                {
                    j += 2;
                    end = j;
                }
                else if (t.Text is "–" or "-" && j > i && tokens[j - 1].IsCapitalised && j + 1 < tokens.Count && tokens[j + 1].IsCapitalised)
                {
                    // "Norwegian–Vietnamese Friendship Society"
                }
                else if (t.Lower is "and" or "&" && j + 1 < tokens.Count && tokens[j + 1].Is("the"))
                {
                    break; // "the ANC and the Government of ...": two names
                }
                else if (Array.IndexOf(Connectors, t.Lower) >= 0 && j + 1 < tokens.Count && (tokens[j + 1].IsCapitalised || tokens[j + 1].Is("the")))
                {
                    // a connector continues the name only when a capitalised word follows
                }
                else
                {
                    break;
                }
                if (t.IsPossessive && label != Label.Common && label != Label.Place)
                {
                    // "Zimbabwe's Education Minister": a possessive name ends an organisation run.
                    break;
                }
                j++;
            }
            if (lastHead < 0)
            {
                // No head word: bare acronyms in the run ("deputy president of South Africa and the ANC") still name organisations.
                for (var k = i; k < Math.Max(i + 1, j); k++)
                {
                    if (labels[k] == Label.Acronym)
                    {
                        AddAcronym(text, mentions, acronyms, k);
                    }
                }
                i = Math.Max(i + 1, j);
                continue;
            }
            var last = Tail(tokens, labels, labelled, lastHead);
            // "(ANC)" after the head word, or "of the Russian Federation", "in India" closing the name.
            string? acronym = null;
            if (last + 3 < tokens.Count + 1 && last + 2 < tokens.Count && tokens[last + 1].Text == "(" && tokens[last + 2].IsWord && last + 3 < tokens.Count && tokens[last + 3].Text == ")")
            {
                if (labels[last + 2] == Label.Acronym || tokens[last + 2].IsAllCaps)
                {
                    acronym = tokens[last + 2].Text;
                }
                last += 3;
            }
            else if (last == lastHead && last + 2 < tokens.Count && tokens[last + 1].Lower is "of" or "in")
            {
                var k = last + 2;
                if (k < tokens.Count && tokens[k].Is("the"))
                {
                    k++;
                }
                if (k < tokens.Count && labelled.PlaceAt[k] is { } place && place.Entry.Kind != PlaceKind.Demonym)
                {
                    last = place.Last;
                    if (last + 3 < tokens.Count && tokens[last + 1].Text == "(" && tokens[last + 3].Text == ")" && tokens[last + 2].IsAllCaps)
                    {
                        acronym = tokens[last + 2].Text;
                        last += 3;
                    }
                }
            }
            var first = Start(tokens, labels, i, lastHead);
            first = PartyOfOrgan(tokens, labels, first, last);
            var nameLast = last;
            if (acronym is null && last > lastHead && tokens[lastHead + 1].Is("of") && labelled.PlaceAt[last] is { Entry.Kind: PlaceKind.Country } home
                && labelled.PlaceAt[lastHead + 1 + (tokens[lastHead + 2].Is("the") ? 2 : 1)] == home && Specific(labels, first, lastHead))
            {
                nameLast = lastHead; // "Andean Horizons Party of Peru": the country only says where the party is
            }
            var name = text[tokens[first].Start..tokens[nameLast].End];
            if (tokens[nameLast].IsPossessive && name.Length > 2)
            {
                name = name[..^2]; // "the International Department of the Chinese Communist Party’s Deputy Minister"
            }
            var country = CountryOf(labelled, first, last);
            mentions.Organisations.Add(new OrganisationMention(first, last, name, acronym, country));
            if (acronym is not null)
            {
                var bareName = text[tokens[first].Start..tokens[Math.Max(lastHead, Math.Min(last, NameEnd(tokens, first, last)))].End];
                acronyms.TryAdd(acronym, name.Length > bareName.Length && !name.EndsWith(')') ? name : bareName);
            }
            i = last + 1;
        }
    }

    /// <summary>The last token of the name before a bracketed acronym ("... Countries (CPAFFC)" → "Countries").</summary>
    private static int NameEnd(List<Token> tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (tokens[k].Text == "(")
            {
                return k - 1;
            }
        }
        return last;
    }

    /// <summary>
    /// Where the name starts: without "the", lower-case modifiers, or title words before an "of" that belong to a
    /// person's title ("Secretary General of the Vietnam Union ..." → "Vietnam Union ...").
    /// </summary>
    private static int Start(List<Token> tokens, Label[] labels, int first, int lastHead)
    {
        var of = -1;
        for (var k = first; k < lastHead; k++)
        {
            if (tokens[k].Is("of"))
            {
                of = k;
                break;
            }
            if (labels[k] is not (Label.TitleHead or Label.TitleModifier or Label.Common) || tokens[k].Is("the") && k > first)
            {
                break;
            }
        }
        if (of > first && (labels[first] is Label.TitleHead or Label.TitleModifier || Array.IndexOf(GroupWords, tokens[first].Bare) >= 0))
        {
            first = of + 1;
        }
        while (first < lastHead && (tokens[first].Is("the") || labels[first] == Label.TitleModifier && !tokens[first].IsCapitalised))
        {
            first++;
        }
        return first;
    }

    private static readonly string[] GroupWords = ["delegation", "delegations", "members", "leaders", "representatives", "delegates"];

    private static readonly string[] Organs = ["committee", "bureau", "politburo", "presidium", "secretariat"];

    /// <summary>"Central Committee of the Communist Party of X" → "Communist Party of X": a party's organ stands for the party.</summary>
    private static int PartyOfOrgan(List<Token> tokens, Label[] labels, int first, int last)
    {
        var organ = false;
        for (var k = first; k < last; k++)
        {
            if (tokens[k].Is("of"))
            {
                if (!organ)
                {
                    return first;
                }
                var start = k + 1 < last && tokens[k + 1].Is("the") ? k + 2 : k + 1;
                for (var j = start; j <= last && tokens[j].Text != "("; j++)
                {
                    if (tokens[j].Bare == "party" && tokens[j].IsCapitalised)
                    {
                        return start;
                    }
                }
                return first;
            }
            if (labels[k] is not (Label.Common or Label.OrganisationHead or Label.TitleModifier))
            {
                return first;
            }
            organ |= Array.IndexOf(Organs, tokens[k].Bare) >= 0;
        }
        return first;
    }

    private static readonly string[] TailConnectors = ["of", "for", "with", "on", "and", "&"];

    /// <summary>
    /// The complement after the last head word: "Party of Working People", "Association for Friendship with Foreign
    /// Countries", "Institute for Global Engagement". Capitalised words joined by connectors, up to a bracket,
    /// comma, title word or a country that ends it; the head itself when no such complement follows.
    /// </summary>
    private static int Tail(List<Token> tokens, Label[] labels, LabelledSentence labelled, int lastHead)
    {
        var last = lastHead;
        var k = lastHead + 1;
        while (k < tokens.Count && k - lastHead <= 10)
        {
            if (Array.IndexOf(TailConnectors, tokens[k].Lower) < 0 || (tokens[k].Lower is "and" or "&" && k + 1 < tokens.Count && tokens[k + 1].Is("the")))
            {
                break;
            }
            var w = k + 1;
            if (w < tokens.Count && tokens[w].Is("the"))
            {
                w++;
            }
            var runEnd = -1;
            while (w < tokens.Count && tokens[w].IsCapitalised && tokens[w].IsWord
                && labels[w] is Label.Common or Label.Name or Label.Place or Label.Acronym or Label.OrganisationHead or Label.EventHead or Label.TitleModifier)
            {
                if (labels[w] == Label.TitleModifier && w + 1 < tokens.Count && labels[w + 1] == Label.TitleHead)
                {
                    break; // "... of the Party Vice Chairman": a title starts
                }
                if (labelled.PlaceAt[w] is { } place)
                {
                    w = place.Last;
                    runEnd = w;
                    w++;
                    if (w + 1 < tokens.Count && tokens[w].Text is "-" or "–" && tokens[w + 1].IsCapitalised)
                    {
                        w++; // "National Committee on U.S.-China Relations"
                        continue;
                    }
                    if (place.Entry.Kind != PlaceKind.City && !(w < tokens.Count && tokens[w].IsCapitalised && labels[w] is Label.Common or Label.OrganisationHead))
                    {
                        break; // "of South Africa": the country closes the name
                    }
                    continue;
                }
                runEnd = w;
                var possessive = tokens[w].IsPossessive;
                w++;
                if (possessive)
                {
                    break;
                }
            }
            if (runEnd < 0 || tokens[k].Lower is "and" or "&" && last == lastHead && !tokens[k - 1].IsCapitalised)
            {
                break;
            }
            if (tokens[k].Lower is "and" or "&" && runEnd + 1 < tokens.Count && labels[runEnd + 1] == Label.TitleHead)
            {
                break; // "Sarawak State Government and Yunnan Provincial governor Ruang": the words after "and" open a title
            }
            // A person's name after the complement starts a new mention ("... of China Wang Yi").
            if (labels[runEnd] == Label.Name && runEnd > k + 1 && labels[runEnd - 1] == Label.Name && labelled.PlaceAt[runEnd - 1] is null
                && runEnd - 2 >= 0 && labelled.PlaceAt[runEnd - 2] is not null)
            {
                break;
            }
            last = runEnd;
            k = runEnd + 1;
        }
        return last;
    }

    private static void AddAcronym(string text, SentenceMentions mentions, Dictionary<string, string> acronyms, int i)
    {
        var token = mentions.Labelled.Tokens[i];
        if (i > 0 && mentions.Labelled.Tokens[i - 1].Text == "(")
        {
            return; // the definition itself
        }
        var acronym = token.IsPossessive ? token.Text[..^2] : token.Text;
        if (Ordinals.IsRoman(acronym))
        {
            return; // "Track II", "World War II"
        }
        var name = acronyms.TryGetValue(acronym, out var full) ? full : InternationalOrganisations.Full(acronym) ?? acronym;
        mentions.Organisations.Add(new OrganisationMention(i, i, name, acronym, full is null ? null : CountryOfName(full)));
        _ = text;
    }

    private static bool StartsName(Token t, Label label) =>
        t.IsCapitalised && label is Label.Name or Label.Common or Label.Place or Label.OrganisationHead or Label.Acronym or Label.TitleModifier or Label.EventHead;

    private static bool Specific(Label[] labels, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (labels[k] is Label.Name or Label.Place or Label.Acronym)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The first country or nationality a name holds ("Kenya Progressive Alliance" → KE).</summary>
    internal static string? CountryOfName(string name)
    {
        var tokens = Tokenizer.Tokenize(name, 0, name.Length);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Gazetteer.Instance.LongestAt(tokens, i, tokens.Count) is { } hit)
            {
                if (hit.Entries[0].Kind != PlaceKind.City && !Befriended(tokens, 0, i))
                {
                    return hit.Entries[0].Code;
                }
                i += hit.Length - 1;
            }
        }
        return null;
    }

    /// <summary>"Friends of Socialist China": a society, usually abroad, named for the country it befriends.</summary>
    private static bool Befriended(List<Token> tokens, int first, int place)
    {
        var k = place - 1;
        while (k > first && tokens[k].IsCapitalised && !tokens[k].Is("friends"))
        {
            k--;
        }
        return k > first && tokens[k].Is("of") && tokens[k - 1].Is("friends") && tokens[k - 1].IsCapitalised;
    }

    /// <summary>
    /// The country a span names: a country after "of" ("President of the west African state of Sierra Leone"),
    /// else the first country or demonym ("former Chinese Ambassador to the U.S.").
    /// </summary>
    internal static string? CountryOf(LabelledSentence labelled, int first, int last)
    {
        var tokens = labelled.Tokens;
        string? firstFound = null;
        foreach (var place in labelled.Places)
        {
            if (place.First >= first && place.Last <= last && place.Entry.Kind != PlaceKind.City && !place.InCompound && !Befriended(tokens, first, place.First))
            {
                var before = place.First - 1;
                if (before >= first && tokens[before].Is("the"))
                {
                    before--;
                }
                if (place.Entry.Kind == PlaceKind.Country && before >= first && tokens[before].Is("of"))
                {
                    return place.Entry.Code;
                }
                // "Center for American Studies", "Institute on European Affairs": a demonym after a preposition is the subject, not the owner.
                if (place.Entry.Kind == PlaceKind.Demonym && before >= first && tokens[before].Lower is "for" or "on" or "of" or "in")
                {
                    continue;
                }
                firstFound ??= place.Entry.Code;
            }
        }
        return firstFound;
    }
}
