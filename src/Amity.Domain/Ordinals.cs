using System.Globalization;
using System.Text.RegularExpressions;

namespace Amity.Domain;

/// <summary>Numbers as readouts write them: "third", "21st", "12th", "IX".</summary>
public static partial class Ordinals
{
    private static readonly string[] Words =
    [
        "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ];

    /// <summary>The round number an event name states ("the third round of …", "round 4 of …"), if any.</summary>
    public static int? RoundNumber(string eventName)
    {
        var match = RoundPattern().Match(eventName);
        if (!match.Success)
        {
            return null;
        }
        return Parse(match.Groups["before"].Success ? match.Groups["before"].Value : match.Groups["after"].Value);
    }

    /// <summary>"third" → 3, "21st" → 21, "4" → 4; null for anything else.</summary>
    public static int? Parse(string word)
    {
        var index = Array.IndexOf(Words, word.ToLowerInvariant());
        if (index > 0)
        {
            return index;
        }
        var digits = word.TrimEnd('s', 't', 'n', 'd', 'r', 'h', 'S', 'T', 'N', 'D', 'R', 'H');
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
    }

    /// <summary>"IX", "XXIV": a Roman numeral as event names and "Track II" write them.</summary>
    public static bool IsRoman(string s) => s.Length is > 0 and <= 6 && s.All(c => c is 'I' or 'V' or 'X' or 'L');

    [GeneratedRegex(@"\b(?:(?<before>[A-Za-z]+|\d+(?:st|nd|rd|th))\s+round|round\s+(?<after>\d+))\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking, 1000)]
    private static partial Regex RoundPattern();
}
