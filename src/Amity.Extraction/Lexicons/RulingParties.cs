using System.Collections.Frozen;

namespace Amity.Extraction.Lexicons;

/// <summary>
/// The one party of each one-party state, which its own readouts call just "the Party" ("member of the Party
/// Central Committee", "General Secretary"): the organisation such a title is held in. Reference data about
/// states, not about anyone named in a text.
/// </summary>
internal static class RulingParties
{
    private static readonly FrozenDictionary<string, string> ByCountry = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["CN"] = "Communist Party of China (CPC)",
        ["VN"] = "Communist Party of Vietnam (CPV)",
        ["LA"] = "Lao People's Revolutionary Party (LPRP)",
        ["CU"] = "Communist Party of Cuba (PCC)",
        ["KP"] = "Workers' Party of Korea (WPK)",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The party a title of a one-party state's official is held in when the text names no organisation: a title
    /// in "the Party" or a bare "General Secretary"; null otherwise.
    /// </summary>
    public static string? Of(string? country, string? title)
    {
        if (country is null || title is null || !ByCountry.TryGetValue(country, out var party))
        {
            return null;
        }
        var words = title.Split([' ', ',', '-'], StringSplitOptions.RemoveEmptyEntries);
        var inTheParty = Array.IndexOf(words, "Party") is var at && at >= 0
            && (at + 1 == words.Length || words[at + 1] is "Central" or "Committee" or "and" || (at > 0 && words[at - 1] == "the"));
        // "General Secretary" alone or before another office ("General Secretary and President of Laos"); "General
        // Secretary of X" names its organisation.
        var leader = title.StartsWith("General Secretary", StringComparison.OrdinalIgnoreCase)
            && title["General Secretary".Length..].TrimStart() is var rest && (rest.Length == 0 || rest.StartsWith("and ", StringComparison.Ordinal) || rest[0] == ',');
        return inTheParty || leader ? party : null;
    }
}
