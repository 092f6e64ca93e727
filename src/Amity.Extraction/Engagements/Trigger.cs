using Amity.Domain;
using Amity.Extraction.Text;

namespace Amity.Extraction.Engagements;

/// <summary>Words that report an engagement, and where in the sentence they stand.</summary>
internal sealed record Trigger(EngagementKind Kind, int First, int Last, EngagementMode? Mode, bool Passive);

/// <summary>
/// Finds trigger words: "met (with)", "received", "called on", "held talks", "phone call", "video
/// conference", "visited", "paid a visit to", "attended", "addressed", "sent a message", "condolences",
/// "signed", "joint statement". Passive forms ("was received by") swap host and guest.
/// </summary>
internal static class TriggerFinder
{
    /// <summary>"called on organisations of both countries to further innovate": an appeal, not a courtesy call.</summary>
    private static bool Urges(List<Token> tokens, int from)
    {
        for (var k = from; k + 1 < tokens.Count && k < from + 14; k++)
        {
            // "and" between names stays in the object ("organisations of both China and Africa to ...").
            if (tokens[k].Text is "," or ";" or "." || tokens[k].Lower is "on" or "in" or "at"
                || (tokens[k].Is("and") && !(tokens[k + 1].IsCapitalised || tokens[k + 1].Is("the"))))
            {
                return false;
            }
            if (tokens[k].Is("to") && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalised && tokens[k + 1].Lower is not ("the" or "a" or "an" or "his" or "her"))
            {
                return true;
            }
        }
        return false;
    }

    public static List<Trigger> Find(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        var found = new List<Trigger>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var w = tokens[i].Lower;
            var next = i + 1 < tokens.Count ? tokens[i + 1].Lower : "";
            var passive = i > 0 && tokens[i - 1].Lower is "was" or "were" or "been" or "being" or "is" or "are" && next == "by";
            Trigger? t = w switch
            {
                "met" or "meet" or "meets" or "meeting" when next is "with" or "separately" or "here" or "the" or "a" || (next.Length > 0 && char.IsUpper(tokens[i + 1].Text[0])) || w == "met" || (i == 0 && next is "his" or "her" or "their") || (w == "meeting" && i > 0 && tokens[i - 1].Lower is "was" or "were") =>
                    w == "meeting" && !(next == "with" || (i > 0 && tokens[i - 1].Lower is "when" or "while" or "during" or "in" or "was" or "were")
                        || (i == 0 && next is "his" or "her" or "their" or "the")) // "Meeting his guest on February 28, Xi noted"
                        ? null
                        : new Trigger(EngagementKind.Meeting, i, i, EngagementMode.InPerson, false),
                "received" or "receives" or "receive" or "receiving" or "hosted" or "hosts" or "welcomed" or "welcomes" when !NextIsAbstract(tokens, i) =>
                    new Trigger(EngagementKind.Meeting, i, i, EngagementMode.InPerson, passive),
                "called" or "call" or "calls" when next == "on" && (i == 0 || tokens[i - 1].Lower is not ("video" or "phone" or "telephone" or "conference" or "courtesy")) && !Urges(tokens, i + 2) =>
                    new Trigger(EngagementKind.Meeting, i, i + 1, EngagementMode.InPerson, false),
                "courtesy" when next is "call" or "calls" or "visit" or "visits" => new Trigger(EngagementKind.Meeting, i, i + 1, EngagementMode.InPerson, false),
                "discussed" or "discussions" or "discussion" when WithPersonAhead(tokens, i) => new Trigger(EngagementKind.Meeting, i, i, EngagementMode.InPerson, false),
                "talks" or "consultations" when !PrecededByPhone(tokens, i) => new Trigger(EngagementKind.Talks, i, i, EngagementMode.InPerson, false),
                "phone" or "telephone" or "phoned" => new Trigger(EngagementKind.Call, i, i, EngagementMode.Phone, false),
                "videoconference" or "video-conference" or "teleconference" => new Trigger(EngagementKind.Call, i, i, EngagementMode.Video, false),
                "video" or "virtual" when next is "call" or "conference" or "summit" or "meeting" or "talks" || next.StartsWith("link", StringComparison.Ordinal) =>
                    new Trigger(EngagementKind.Call, i, i + 1, EngagementMode.Video, false),
                "spoke" when next is "with" or "by" or "yesterday" or "today" => new Trigger(EngagementKind.Call, i, i, EngagementMode.Phone, false),
                "visited" or "visits" or "visit" or "visiting" or "toured" or "travelled" or "traveled" or "trip" or "tour" =>
                    new Trigger(EngagementKind.Visit, i, i, EngagementMode.InPerson, false),
                "stay" or "stays" when next == "in" && i > 0 && tokens[i - 1].Lower is "his" or "her" or "their" => new Trigger(EngagementKind.Visit, i, i, EngagementMode.InPerson, false), // "during their stay in South Africa"
                "delegation" when next == "to" && i + 2 < tokens.Count && (tokens[i + 2].IsCapitalised || tokens[i + 2].Is("the")) => new Trigger(EngagementKind.Visit, i, i, EngagementMode.InPerson, false),
                "attended" or "attend" or "attends" or "attending" or "addressed" or "co-hosted" or "co-chaired" or "participated" or "speech" or "presentation" or "keynote" or "opened" or "co-organised" or "co-organized" =>
                    new Trigger(EngagementKind.Event, i, i, EngagementMode.InPerson, false),
                "represented" or "representing" or "represents" when Enumerable.Range(i + 1, Math.Max(0, Math.Min(tokens.Count, i + 9) - i - 1)).Any(k => tokens[k].Lower == "at") =>
                    new Trigger(EngagementKind.Event, i, i, EngagementMode.InPerson, false), // "is representing the British government at the summit"
                "invited" when next == "to" && i > 0 && tokens[i - 1].Lower is "was" or "were" && i + 2 < tokens.Count && tokens[i + 2].Lower is "the" or "a" or "attend" =>
                    new Trigger(EngagementKind.Event, i, i + 1, EngagementMode.InPerson, false), // "I was invited to the video conference themed ..."
                "took" or "take" or "takes" when next == "part" => new Trigger(EngagementKind.Event, i, i + 1, EngagementMode.InPerson, false),
                "message" or "messages" or "letter" or "letters" or "condolences" or "congratulations" or "greetings" or "condolence" or "sympathies" =>
                    new Trigger(EngagementKind.Letter, i, i, EngagementMode.Written, false),
                "signed" or "sign" or "signs" or "inked" or "signing" => new Trigger(EngagementKind.Agreement, i, i, EngagementMode.InPerson, passive),
                "statement" when i > 0 && tokens[i - 1].Lower == "joint" => new Trigger(EngagementKind.Agreement, i - 1, i, null, false),
                // "the Friendship City Agreement between A and B": a document named by its parties.
                "agreement" or "agreements" or "mou" or "mous" or "memorandum" or "memorandums" or "memoranda" or "accord" or "treaty" or "pact"
                    when next == "between" => new Trigger(EngagementKind.Agreement, i, i, EngagementMode.InPerson, false),
                _ => null,
            };
            if (t is null && w is "hosting" or "hosts" or "hosted" && Enumerable.Range(i + 1, Math.Max(0, Math.Min(tokens.Count, i + 6) - i - 1)).Any(k => tokens[k].Bare is "delegation" or "delegations"))
            {
                // "is hosting the 100-member youth delegation from X": a visit the host receives.
                t = new Trigger(EngagementKind.Meeting, i, i, EngagementMode.InPerson, false);
            }
            if (t is null && w is "meeting" or "meetings" && WithSoon(tokens, i))
            {
                // "attended meetings in Beijing with ...", "held a meeting on Tuesday with ...".
                t = new Trigger(EngagementKind.Meeting, i, i, EngagementMode.InPerson, false);
            }
            if (w is "statement" or "communique" or "communiqué" or "declaration" && t is null && i >= 2
                && (tokens[i - 2].Lower == "joint" || (i >= 3 && tokens[i - 3].Lower == "joint" && tokens[i - 2].IsWord && tokens[i - 1].IsWord)))
            {
                // "Joint Outcomes Statement", "joint press communique".
                t = new Trigger(EngagementKind.Agreement, i - 2, i, null, false);
            }
            else if (w is "communique" or "communiqué" or "declaration" && t is null && i >= 1 && tokens[i - 1].Lower == "joint")
            {
                t = new Trigger(EngagementKind.Agreement, i - 1, i, null, false);
            }
            if (w == "welcoming" && (i == 0 || tokens[i - 1].Text == ",") && next.Length > 0 && char.IsUpper(tokens[i + 1].Text[0]))
            {
                // "Welcoming Mr. X, President Y said": a fronted reception.
                t = new Trigger(EngagementKind.Meeting, i, i, EngagementMode.InPerson, false);
            }
            if (t is not null && !IsUnreal(tokens, t.First) && !IsRepeated(tokens, t))
            {
                found.Add(t);
            }
        }
        return found;
    }

    private static readonly string[] Modals = ["will", "would", "shall", "may", "might", "could", "should", "can", "'ll", "must"];

    // Words that, before "to" + trigger, make it a plan, an intention or an invitation ("set to meet", "invited X to visit").
    private static readonly string[] Intentions =
    [
        "set", "plans", "plan", "planned", "planning", "scheduled", "expected", "going", "hopes", "hoped", "hope", "hoping", "wants", "wanted", "want",
        "wish", "wishes", "wished", "intends", "intended", "intend", "agreed", "agree", "ready", "willing", "forward", "due", "invited", "invites", "invite",
        "invitation", "welcomed", "welcomes", "welcome", "keen", "eager", "unable", "decided", "propose", "proposed", "proposes", "suggested", "looking",
    ];

    // Words just before a trigger noun that make it a future or hypothetical one ("his upcoming visit").
    private static readonly string[] NotYet = ["next", "upcoming", "forthcoming", "planned", "proposed", "future", "possible", "potential", "prospective", "scheduled"];

    /// <summary>
    /// A trigger the sentence reports as planned, intended or hypothetical rather than done: a modal within the
    /// few words before it ("will visit", "would finally be able to meet"), "to" + trigger after a word of intention or
    /// invitation ("are set to meet", "welcomed the delegation to visit"), or a "next/upcoming" noun.
    /// </summary>
    internal static bool IsUnreal(List<Token> tokens, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 5; k--)
        {
            var w = tokens[k].Lower;
            if (!tokens[k].IsWord && w is not "'ll")
            {
                break;
            }
            if (Array.IndexOf(Modals, w) >= 0)
            {
                return true;
            }
            if (w is "and" or "then" && CoordinatedWithUnreal(tokens, k))
            {
                return true;
            }
            if (w is "and" or "that" or "who" or "which" or "when" or "while")
            {
                break;
            }
        }
        if (first >= 1 && Array.IndexOf(NotYet, tokens[first - 1].Lower) >= 0)
        {
            return true;
        }
        if (first >= 1 && tokens[first - 1].Lower == "to")
        {
            for (var k = first - 2; k >= 0 && k >= first - 7; k--)
            {
                if (tokens[k].Text is "." or ";")
                {
                    break;
                }
                if (Array.IndexOf(Intentions, tokens[k].Lower) >= 0)
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static readonly string[] Counts =
    [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "numerous", "multiple", "countless", "dozens",
        "frequent", "regular", "repeated", "various",
    ];

    /// <summary>
    /// A count of engagements rather than one ("have had five phone calls", "visited X several times", "on multiple occasions"):
    /// a counted plural trigger noun, or "times"/"occasions" after a count in the clause that follows.
    /// </summary>
    internal static bool IsRepeated(List<Token> tokens, Trigger t)
    {
        // The noun the count would apply to: the trigger's last word, or the noun after it ("phone calls").
        var head = tokens[t.Last].Lower;
        if (t.Last + 1 < tokens.Count && tokens[t.Last + 1].Lower is "calls" or "conversations" or "meetings" or "visits" or "conferences")
        {
            head = tokens[t.Last + 1].Lower;
        }
        var plural = head.EndsWith('s') && head is not ("talks" or "consultations" or "discussions" or "greetings" or "congratulations" or "condolences" or "sympathies" or "visits" or "hosts" or "meets" or "attends" or "signs");
        for (var k = t.First - 1; k >= 0 && k >= t.First - 2; k--)
        {
            if (tokens[k].Lower is "frequently" or "often" or "regularly" or "repeatedly" or "usually" or "routinely")
            {
                return true;
            }
            if (Array.IndexOf(Counts, tokens[k].Lower) >= 0 || (tokens[k].IsNumber && tokens[k].Text.Length < 3))
            {
                return plural || (head == "visits" && !tokens[t.First].Lower.StartsWith("courtesy", StringComparison.Ordinal) && tokens[k].Lower != "two");
            }
            if (!tokens[k].IsWord)
            {
                break;
            }
        }
        for (var k = t.Last + 1; k + 1 < tokens.Count && k <= t.Last + 12; k++)
        {
            if (tokens[k].Text is ";" or "." || tokens[k].Lower is "and" or "but" or "while")
            {
                break;
            }
            if (tokens[k + 1].Lower is "times" or "occasions" && (Array.IndexOf(Counts, tokens[k].Lower) >= 0 || tokens[k].IsNumber))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "are scheduled to hold talks, and then take part in ...": a verb coordinated after a planned one is planned too.
    /// Looks back from the "and" at <paramref name="and"/> for "to" after a word of intention, within the sentence.
    /// </summary>
    private static bool CoordinatedWithUnreal(List<Token> tokens, int and)
    {
        for (var k = and - 1; k >= 1 && k >= and - 12; k--)
        {
            if (tokens[k].Text is "." or ";" or ":")
            {
                return false;
            }
            if (tokens[k].Lower == "to" && Array.IndexOf(Intentions, tokens[k - 1].Lower) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"with" among the next four words, in the same clause.</summary>
    private static bool WithSoon(List<Token> tokens, int i)
    {
        for (var k = i + 1; k < tokens.Count && k <= i + 4; k++)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }
            if (tokens[k].Lower == "with")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"discussed reform with the Deputy Prime Minister ...": a "with" followed by a capitalised word, in the same clause.</summary>
    private static bool WithPersonAhead(List<Token> tokens, int i)
    {
        for (var k = i + 1; k < tokens.Count - 1 && k <= i + 10; k++)
        {
            if (tokens[k].Text is ";" or "." || tokens[k].Lower is "said" or "that")
            {
                return false;
            }
            if (tokens[k].Is("with"))
            {
                var next = tokens[k + 1].Is("the") && k + 2 < tokens.Count ? tokens[k + 2] : tokens[k + 1];
                return next.IsCapitalised || tokens[k + 1].Lower is "his" or "her";
            }
        }
        return false;
    }

    private static bool PrecededByPhone(List<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].Lower is "phone" or "telephone" or "video";

    /// <summary>"received a courtesy call from" stays a meeting; "received support" is no engagement.</summary>
    private static bool NextIsAbstract(List<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count)
        {
            return true;
        }
        var next = tokens[i + 1];
        if (next.IsCapitalised || next.Lower is "a" or "an" or "his" or "her" or "their" or "visiting" or "by" or "delegations" or "delegation")
        {
            return false;
        }
        return !(next.Lower == "the" && i + 2 < tokens.Count && (tokens[i + 2].IsCapitalised || tokens[i + 2].Bare is "delegation" or "visiting"));
    }
}
