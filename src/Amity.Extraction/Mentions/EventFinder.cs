using Amity.Domain;
using Amity.Extraction.Lexicons;
using Amity.Extraction.Text;

namespace Amity.Extraction.Mentions;

/// <summary>
/// Finds event names: a head word ("Forum", "Summit", "Dialogue", "Conference") with the capitalised words,
/// ordinals and numbers before it ("the IX Global Baku Forum", "the 8th East Asia summit") and an
/// "of/on ..." complement of capitalised words after it ("Summit on Solidarity Against COVID-19").
/// </summary>
internal static class EventFinder
{
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "each", "every",
    };

    private static readonly HashSet<string> HeadlineVerbs = new(StringComparer.Ordinal)
    {
        "attends", "attended", "addresses", "addressed", "meets", "met", "holds", "held", "hosts", "hosted", "visits", "visited",
        "opens", "opened", "joins", "joined", "sends", "sent", "signs", "signed", "receives", "received", "welcomes", "welcomed",
        "calls", "says", "said", "urges", "leads", "led", "marks", "celebrates", "launches", "concludes", "ends", "kicks",
    };

    private static readonly string[] Inner = ["of", "the", "on", "for", "and", "&", "with", "against", "between"];

    public static void Find(string text, SentenceMentions mentions)
    {
        var labelled = mentions.Labelled;
        var tokens = labelled.Tokens;
        var labels = labelled.Labels;
        for (var h = 0; h < tokens.Count; h++)
        {
            if (labels[h] != Label.EventHead)
            {
                continue;
            }
            // Left: capitalised words, numbers, ordinals, hyphenated compounds.
            var first = h;
            var k = h - 1;
            while (k >= 0 && (LeftPart(tokens[k], labels[k]) || (tokens[k].Text is "–" or "-" && k > 0 && tokens[k - 1].IsCapitalised && tokens[k + 1].IsCapitalised)))
            {
                first = k;
                k--;
            }
            // "the third round of the China-Switzerland ... Dialogue"
            if (first >= 3 && tokens[first - 1].Is("the") && tokens[first - 2].Is("of") && tokens[first - 3].Is("round"))
            {
                var r = first - 4;
                if (r >= 0 && (Words.Ordinals.ContainsKey(tokens[r].Bare) || tokens[r].IsNumber))
                {
                    first = r;
                }
            }
            if (first == h && !tokens[h].IsCapitalised)
            {
                continue; // a bare "meeting" or "talks" is no name
            }
            var last = h;
            // Right: "of the US-China Eminent Persons Forum", "on Solidarity Against COVID-19", "High-Level Meeting".
            var j = h + 1;
            string? placeAfter = null;
            bool mentionsOrganisationAhead(int from)
            {
                for (var t = from; t < tokens.Count && t <= from + 6 && (tokens[t].IsCapitalised || tokens[t].Lower is "of" or "the" or "and"); t++)
                {
                    if (labels[t] is Label.OrganisationHead or Label.EventHead)
                    {
                        return true;
                    }
                }
                return false;
            }
            while (j < tokens.Count)
            {
                // "the IX Global Baku Forum and the XXIV High-Level Meeting": two names.
                if (tokens[j].Is("and") && j + 1 < tokens.Count && tokens[j + 1].Is("the"))
                {
                    break;
                }
                // "the XVII High-Level Meeting Beijing": the city it met in, not part of its name.
                if (j == last + 1 && labelled.PlaceAt[j] is { Entry.Kind: PlaceKind.City } city && (city.Last + 1 >= tokens.Count || !tokens[city.Last + 1].IsCapitalised))
                {
                    placeAfter = city.Entry.Name;
                    break;
                }
                // "held a Foreign Ministers' Meeting with the Honorable Marco Rubio": the counterpart, not the name.
                if (tokens[j].Is("with") && j + 1 < tokens.Count)
                {
                    var after = tokens[j + 1].Is("the") && j + 2 < tokens.Count ? j + 2 : j + 1;
                    if (labels[after] is Label.Honorific or Label.TitleHead || (labels[after] == Label.Name && !mentionsOrganisationAhead(after)))
                    {
                        break;
                    }
                }
                // "Council of Heads of State": a title word inside an "of" complement is part of the name.
                if (tokens[j].IsCapitalised && tokens[j].IsWord && (labels[j] != Label.TitleHead || (tokens[j - 1].Is("of") && j + 1 < tokens.Count && tokens[j + 1].Is("of"))))
                {
                    last = j;
                    j++;
                }
                else if (Array.IndexOf(Inner, tokens[j].Lower) >= 0 && j + 1 < tokens.Count
                    && (tokens[j + 1].IsCapitalised || tokens[j].Is("the") && j + 2 < tokens.Count && Numeral(tokens[j + 1]) && tokens[j + 2].IsCapitalised
                        || tokens[j + 1].Is("the") && j + 2 < tokens.Count
                        && (tokens[j + 2].IsCapitalised || j + 3 < tokens.Count && Numeral(tokens[j + 2]) && tokens[j + 3].IsCapitalised)))
                {
                    j++;
                }
                else if (tokens[j].Text == "," && j + 1 < tokens.Count && last == j - 1 && labelled.PlaceAt[j + 1] is { Entry.Kind: PlaceKind.Country } country
                    && (labelled.PlaceAt[j - 1] is not null || Words.PlaceHeads.Contains(tokens[j - 1].Bare)))
                {
                    last = country.Last; // "... between Jiangxi Province, China and ...": a place and its country
                    j = country.Last + 1;
                }
                else if (tokens[j].Is("in") && j + 2 < tokens.Count && tokens[j + 1].IsCapitalised && labels[j + 1] != Label.Place
                    && tokens[j + 2].Lower is "of" or "with")
                {
                    j++; // "Conference in Commemoration of ...", "Rally in Solidarity with ...": a capitalised complement, not a place
                }
                else if (Numeral(tokens[j]) && tokens[j - 1].Is("the") && j + 1 < tokens.Count && tokens[j + 1].IsCapitalised)
                {
                    j++; // "... of the 60th Anniversary of ..."
                }
                else if (tokens[j].Text == "(" && j + 2 < tokens.Count && tokens[j + 2].Text == ")" && tokens[j + 1].IsAllCaps)
                {
                    last = j + 2;
                    j += 3;
                }
                else
                {
                    break;
                }
            }
            // Keep the complement only when it names (capitalised); a head alone needs a capitalised left part.
            var capitalised = 0;
            for (var t = first; t <= last; t++)
            {
                if (tokens[t].IsCapitalised)
                {
                    capitalised++;
                }
            }
            if (capitalised < 2 && !(capitalised == 1 && first < h))
            {
                continue;
            }
            var name = text[tokens[first].Start..tokens[last].End];
            var place = placeAfter;
            foreach (var p in labelled.Places)
            {
                // "the IX Global Baku Forum" met in Baku; "... of Shanghai Cooperation Organization" names a body, not a venue.
                if (p.First >= first && p.Last <= last && p.Entry.Kind == PlaceKind.City
                    && !Enumerable.Range(p.Last + 1, Math.Max(0, Math.Min(last, p.Last + 2) - p.Last)).Any(k => labels[k] == Label.OrganisationHead))
                {
                    place = p.Entry.Name;
                }
            }
            mentions.Events.Add(new EventMention(first, last, name, place));
            h = last;
        }
    }

    /// <summary>"the video conference themed “The South Caucasus: ...”": an event named by its theme.</summary>
    internal static void Themed(string text, SentenceMentions mentions)
    {
        var tokens = mentions.Labelled.Tokens;
        for (var k = 1; k + 2 < tokens.Count; k++)
        {
            if (tokens[k].Lower is not ("themed" or "titled" or "entitled") || tokens[k + 1].Text is not ("“" or "\"") || !Words.EventHeads.Contains(tokens[k - 1].Bare))
            {
                continue;
            }
            var close = k + 2;
            while (close < tokens.Count && tokens[close].Text is not ("”" or "\""))
            {
                close++;
            }
            // A title-cased theme names the event; a lower-case one ("role of responsible forces ...") only describes it.
            if (close == tokens.Count || close - k > 30 || close == k + 2 || !tokens[k + 2].IsCapitalised || TokenSpans.Overlapping(mentions.Events, k - 1, close) is not null)
            {
                continue;
            }
            var first = k - 1;
            while (first > 0 && (Words.EventHeads.Contains(tokens[first - 1].Bare) || tokens[first - 1].Bare is "video" or "online" or "virtual" or "international" or "annual"))
            {
                first--;
            }
            Replace(mentions.Events, new EventMention(first, close, text[tokens[k + 2].Start..tokens[close - 1].End].TrimEnd(',', '.', ' '), null));
        }
    }

    /// <summary>Puts an event in place of the ones inside its tokens, keeping the list in token order.</summary>
    private static void Replace(List<EventMention> events, EventMention named)
    {
        events.RemoveAll(e => e.First >= named.First && e.Last <= named.Last);
        events.Add(named);
        events.Sort((a, b) => a.First.CompareTo(b.First));
    }

    private static bool LeftPart(Token t, Label label)
    {
        if (t.IsNumber || Words.Ordinals.ContainsKey(t.Bare) || Ordinals.IsRoman(t.Text))
        {
            return true;
        }
        // "The meeting", "His first meeting": a determiner capitalised to open a sentence names nothing;
        // "CPC Attends Multilateral Video Conference": a headline's verb ends the name's left edge.
        if (!t.IsWord || label is Label.Honorific || Determiners.Contains(t.Bare) || HeadlineVerbs.Contains(t.Bare))
        {
            return false;
        }
        return t.IsCapitalised || t.Bare is "annual" || (t.Text.Contains('-', StringComparison.Ordinal) && t.Text.Any(char.IsUpper));
    }

    // "60th", "third", "2": an ordinal or number.
    private static bool Numeral(Token t) =>
        t.IsNumber || Words.Ordinals.ContainsKey(t.Bare)
        || (t.Text.Length > 2 && char.IsAsciiDigit(t.Text[0]) && t.Text[^2..] is "th" or "st" or "nd" or "rd" && t.Text[..^2].All(char.IsAsciiDigit));

}
