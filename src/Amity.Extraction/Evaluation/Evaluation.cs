using Amity.Domain;
using Amity.Domain.Countries;
using Amity.Domain.Records;

namespace Amity.Extraction;

/// <summary>
/// Scores predicted engagement records against gold records with the matching rules of the annotation guide
/// (shared/corpus/ANNOTATION.md). Pure: no I/O.
/// </summary>
/// <remarks>
/// Rules implemented, and the choices where the guide is silent:
/// <list type="bullet">
/// <item>Kinds agree when equal, when one is <c>meeting</c> and the other <c>talks</c>, or when the gold record has an
/// <c>event_name</c> and the prediction is <c>talks</c>, <c>event</c> or <c>meeting</c>.</item>
/// <item>A gold day needs the same predicted day; a gold month needs a predicted date inside it; a gold year or a
/// null gold date puts no constraint on the prediction (the guide states only the day and month rules).</item>
/// <item>Every gold principal must be found among the predicted participants, each by a different participant:
/// a country side by its code (a predicted participant with that code named after a country, or unnamed), a
/// person or organisation by <see cref="NameMatch"/>. A gold <c>event</c> also needs a predicted event name that
/// holds at least half of the gold event name's words.</item>
/// <item>Each gold record matches at most one prediction and vice versa; the pairing is a maximum bipartite matching.</item>
/// <item>Attribute accuracy is measured on matched pairs: place and mode per pair; title, organisation and country
/// per matched principal that is not a whole-country side. Titles compare ignoring a leading nationality or a closing
/// "of (the) country" ("Chinese Premier" = "Premier" = "Premier of China", since gold writes each; the participant's
/// country is scored on its own) and bracketed acronyms; organisations ignoring parenthesised acronyms or by
/// acronym; places when one name's words hold the other's; null equals null.</item>
/// </list>
/// </remarks>
public static class Evaluation
{
    public const string Title = "title";
    public const string Organisation = "organisation";
    public const string Country = "country";
    public const string Place = "place";
    public const string Mode = "mode";

    public static EvalReport Score(IReadOnlyList<EngagementRecord> gold, IReadOnlyList<EngagementRecord> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var candidates = new List<int>[gold.Count];
        for (var g = 0; g < gold.Count; g++)
        {
            candidates[g] = [];
            for (var p = 0; p < predicted.Count; p++)
            {
                if (Matches(gold[g], predicted[p]))
                {
                    candidates[g].Add(p);
                }
            }
        }
        var goldOf = Enumerable.Repeat(-1, predicted.Count).ToArray();
        for (var g = 0; g < gold.Count; g++)
        {
            Augment(g, candidates, goldOf, new bool[predicted.Count]);
        }
        var predictedOf = Enumerable.Repeat(-1, gold.Count).ToArray();
        for (var p = 0; p < predicted.Count; p++)
        {
            if (goldOf[p] >= 0)
            {
                predictedOf[goldOf[p]] = p;
            }
        }
        var pairs = new List<(EngagementRecord, EngagementRecord)>();
        var misses = new List<EngagementRecord>();
        for (var g = 0; g < gold.Count; g++)
        {
            if (predictedOf[g] >= 0)
            {
                pairs.Add((gold[g], predicted[predictedOf[g]]));
            }
            else
            {
                misses.Add(gold[g]);
            }
        }
        var falseAlarms = predicted.Where((_, p) => goldOf[p] < 0).ToList();
        var (attributes, errors) = Attributes(pairs);
        return new EvalReport
        {
            GoldCount = gold.Count,
            PredictedCount = predicted.Count,
            Matched = pairs.Count,
            Attributes = attributes,
            Pairs = pairs,
            Misses = misses,
            FalseAlarms = falseAlarms,
            AttributeErrors = errors,
        };
    }

    private static bool Augment(int g, List<int>[] candidates, int[] goldOf, bool[] seen)
    {
        foreach (var p in candidates[g])
        {
            if (seen[p])
            {
                continue;
            }
            seen[p] = true;
            if (goldOf[p] < 0 || Augment(goldOf[p], candidates, goldOf, seen))
            {
                goldOf[p] = g;
                return true;
            }
        }
        return false;
    }

    /// <summary>True when <paramref name="predicted"/> matches <paramref name="gold"/> under the guide's three rules.</summary>
    public static bool Matches(EngagementRecord gold, EngagementRecord predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        return KindsAgree(gold, predicted)
            && DatesAgree(gold.Date, predicted.Date)
            && PrincipalsFound(gold, predicted) is not null
            && EventNameAgrees(gold, predicted);
    }

    internal static bool KindsAgree(EngagementRecord gold, EngagementRecord predicted)
    {
        var g = Kind(gold.Kind);
        var p = Kind(predicted.Kind);
        if (string.Equals(g, p, StringComparison.Ordinal))
        {
            return true;
        }
        if (gold.EventName is not null && p is "talks" or "event" or "meeting")
        {
            return true;
        }
        return g is "meeting" or "talks" && p is "meeting" or "talks";
    }

    private static string Kind(string? kind) => (kind ?? "").Trim().ToLowerInvariant();

    internal static bool DatesAgree(string? gold, string? predicted)
    {
        if (!PartialDate.TryParse(gold, out var g) || g.Precision == DatePrecision.Year)
        {
            return true;
        }
        if (!PartialDate.TryParse(predicted, out var p))
        {
            return false;
        }
        return g.Precision == DatePrecision.Day
            ? p.Precision == DatePrecision.Day && p.First == g.First
            : p.Precision != DatePrecision.Year && p.Year == g.Year && p.Month == g.Month;
    }

    internal static bool EventNameAgrees(EngagementRecord gold, EngagementRecord predicted)
    {
        if (!string.Equals(Kind(gold.Kind), "event", StringComparison.Ordinal) || string.IsNullOrWhiteSpace(gold.EventName))
        {
            return true;
        }
        var goldWords = NameKey.Of(gold.EventName).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var predictedWords = NameKey.Of(predicted.EventName).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var shared = goldWords.Count(predictedWords.Contains);
        return goldWords.Count > 0 && shared * 2 >= goldWords.Count;
    }

    /// <summary>For each gold principal, the predicted participant that stands for it; null when one is missing.</summary>
    internal static List<(ParticipantRecord Gold, ParticipantRecord Predicted)>? PrincipalsFound(EngagementRecord gold, EngagementRecord predicted)
    {
        var found = new List<(ParticipantRecord, ParticipantRecord)>();
        var used = new bool[predicted.Participants.Count];
        foreach (var principal in gold.Participants.Where(p => p.Principal == true))
        {
            var index = -1;
            for (var i = 0; i < predicted.Participants.Count && index < 0; i++)
            {
                if (!used[i] && Stands(principal, predicted.Participants[i]))
                {
                    index = i;
                }
            }
            if (index < 0)
            {
                return null;
            }
            used[index] = true;
            found.Add((principal, predicted.Participants[index]));
        }
        return found;
    }

    internal static bool IsCountrySide(ParticipantRecord p) =>
        p.Country is not null && p.Title is null
        && CountryCatalogue.Instance.ByName(p.Name) is { } c && string.Equals(c.Code, p.Country, StringComparison.OrdinalIgnoreCase);

    private static bool Stands(ParticipantRecord gold, ParticipantRecord predicted)
    {
        if (IsCountrySide(gold))
        {
            return string.Equals(gold.Country, predicted.Country, StringComparison.OrdinalIgnoreCase)
                && (string.IsNullOrWhiteSpace(predicted.Name) || CountryCatalogue.Instance.ByName(predicted.Name) is not null);
        }
        if (string.IsNullOrWhiteSpace(gold.Name))
        {
            return string.Equals(gold.Country, predicted.Country, StringComparison.OrdinalIgnoreCase)
                && (TitlesEqual(gold.Title, predicted.Title) || NameMatch.Matches(gold.Title, predicted.Title));
        }
        return NameMatch.Matches(gold.Name, predicted.Name);
    }

    private static (Dictionary<string, AttributeScore>, List<string>) Attributes(List<(EngagementRecord Gold, EngagementRecord Predicted)> pairs)
    {
        var tally = new Dictionary<string, (int Correct, int Compared)>
        {
            [Title] = (0, 0),
            [Organisation] = (0, 0),
            [Country] = (0, 0),
            [Place] = (0, 0),
            [Mode] = (0, 0),
        };
        var errors = new List<string>();
        void Count(string attribute, bool correct, string? g, string? p, string id)
        {
            var (c, n) = tally[attribute];
            tally[attribute] = (c + (correct ? 1 : 0), n + 1);
            if (!correct)
            {
                errors.Add($"{id} {attribute}: {g ?? "null"} | {p ?? "null"}");
            }
        }
        foreach (var (gold, predicted) in pairs)
        {
            var id = gold.Id ?? "?";
            Count(Place, PlacesEqual(gold.Place, predicted.Place), gold.Place, predicted.Place, id);
            Count(Mode, string.Equals(gold.Mode, predicted.Mode, StringComparison.OrdinalIgnoreCase), gold.Mode, predicted.Mode, id);
            foreach (var (g, p) in PrincipalsFound(gold, predicted) ?? [])
            {
                if (IsCountrySide(g))
                {
                    continue;
                }
                Count(Title, TitlesEqual(g.Title, p.Title), g.Title, p.Title, id);
                Count(Organisation, OrganisationsEqual(g.Organization, p.Organization), g.Organization, p.Organization, id);
                Count(Country, string.Equals(g.Country, p.Country, StringComparison.OrdinalIgnoreCase), g.Country, p.Country, id);
            }
        }
        return (tally.ToDictionary(kv => kv.Key, kv => new AttributeScore(kv.Value.Correct, kv.Value.Compared)), errors);
    }

    /// <summary>Equal after case-folding, ignoring a leading nationality word or possessive ("Chinese", "Singapore's").</summary>
    internal static bool TitlesEqual(string? gold, string? predicted)
    {
        if (string.IsNullOrWhiteSpace(gold) || string.IsNullOrWhiteSpace(predicted))
        {
            return string.IsNullOrWhiteSpace(gold) && string.IsNullOrWhiteSpace(predicted);
        }
        return string.Equals(TitleCore(gold), TitleCore(predicted), StringComparison.Ordinal);
    }

    private static string TitleCore(string title)
    {
        var words = NameKey.Of(WithoutAcronyms(title)).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // Drops "the", a demonym ("Chinese") or a country name, possibly possessive ("Singapore s").
        for (var changed = true; changed && words.Count > 1;)
        {
            changed = false;
            if (words[0] is "the" or "h" or "e")
            {
                words.RemoveAt(0);
                changed = true;
                continue;
            }
            for (var n = Math.Min(3, words.Count - 1); n >= 1 && !changed; n--)
            {
                var head = string.Join(' ', words.Take(n));
                var possessive = words.Count > n + 1 && words[n] == "s";
                // NameKey folds "Singapore's" into "singapores".
                if (n == 1 && head.EndsWith('s') && head.Length > 3 && CountryCatalogue.Instance.ByName(head[..^1]) is not null)
                {
                    words.RemoveAt(0);
                    changed = true;
                    break;
                }
                if (CountryCatalogue.Instance.ByDemonym(head) is not null || CountryCatalogue.Instance.ByName(head) is not null
                    || head is "us" or "u s")
                {
                    words.RemoveRange(0, n + (possessive ? 1 : 0));
                    changed = true;
                }
            }
        }
        // Drops a closing "of (the) <country>" ("President of the Republic of Sierra Leone" = "Sierra Leonean President").
        for (var at = Math.Max(1, words.Count - 8); at < words.Count - 1; at++)
        {
            if (words[at] != "of")
            {
                continue;
            }
            var rest = string.Join(' ', words.Skip(at + 1));
            if (CountryCatalogue.Instance.ByName(rest) is not null || (rest.StartsWith("the ", StringComparison.Ordinal) && CountryCatalogue.Instance.ByName(rest[4..]) is not null))
            {
                words.RemoveRange(at, words.Count - at);
                break;
            }
        }
        return string.Join(' ', words);
    }

    /// <summary>The text without bracketed acronyms ("the National People's Congress (NPC) Standing Committee").</summary>
    private static string WithoutAcronyms(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var close = text[i] == '(' ? text.IndexOf(')', i) : -1;
            if (close > i + 1 && close - i <= 12 && text.AsSpan(i + 1, close - i - 1).IndexOfAny(' ', ',') < 0 && char.IsUpper(text[i + 1]))
            {
                i = close;
                continue;
            }
            sb.Append(text[i]);
        }
        return sb.ToString();
    }

    internal static bool OrganisationsEqual(string? gold, string? predicted)
    {
        if (string.IsNullOrWhiteSpace(gold) || string.IsNullOrWhiteSpace(predicted))
        {
            return string.IsNullOrWhiteSpace(gold) && string.IsNullOrWhiteSpace(predicted);
        }
        var (gName, gAcronym) = SplitAcronym(gold);
        var (pName, pAcronym) = SplitAcronym(predicted);
        return string.Equals(gName, pName, StringComparison.Ordinal)
            || (gAcronym.Length > 0 && (gAcronym == pAcronym || gAcronym == pName))
            || (pAcronym.Length > 0 && pAcronym == gName);
    }

    private static (string Name, string Acronym) SplitAcronym(string organisation)
    {
        var open = organisation.IndexOf('(', StringComparison.Ordinal);
        var close = open >= 0 ? organisation.IndexOf(')', open) : -1;
        var name = open >= 0 && close > open ? organisation.Remove(open, close - open + 1) : organisation;
        var acronym = open >= 0 && close > open ? organisation[(open + 1)..close] : "";
        var key = NameKey.Of(name);
        if (key.StartsWith("the ", StringComparison.Ordinal))
        {
            key = key[4..];
        }
        return (key, NameKey.Of(acronym));
    }

    internal static bool PlacesEqual(string? gold, string? predicted)
    {
        if (string.IsNullOrWhiteSpace(gold) || string.IsNullOrWhiteSpace(predicted))
        {
            return string.IsNullOrWhiteSpace(gold) && string.IsNullOrWhiteSpace(predicted);
        }
        var g = NameKey.Of(gold).Split(' ');
        var p = NameKey.Of(predicted).Split(' ').ToHashSet(StringComparer.Ordinal);
        return g.All(p.Contains) || p.All(g.Contains);
    }
}
