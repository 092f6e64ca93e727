using System.Globalization;
using System.Text.RegularExpressions;
using Amity.Extraction.Lexicons;

namespace Amity.Extraction.Mentions;

/// <summary>
/// Finds date expressions with one linear-time (non-backtracking) regular expression per family: calendar
/// dates and ranges in the common orders, numeric forms, month-year, weekdays and relative days.
/// </summary>
internal static partial class DateFinder
{
    private const string Month = @"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|novmeber|dec(ember)?)\.?";
    private const string Day = @"([0-3]?[0-9])(st|nd|rd|th)?";
    private const string To = @"\s*(-|–|—|to|through|till|until|and)\s*";

    private static readonly RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // "27 February 2024", "23 to 27 May, 2011", "30th October to 3rd November", "12th to 19th October 2022", "15th of November".
    private static readonly Regex DayMonth = new(
        $@"\b(?<d1>{Day})(\s+(of\s+)?(?<m1>{Month}))?(?<range>{To}(?<d2>{Day}))?(\s+of)?\s+(?<m2>{Month})(,?\s*(?<y>[12][0-9]{{3}}))?\b", Options);

    // "February 27, 2024", "Feb. 28", "February 27-March 2", "November 8-14, 2022", "October 28 through November 1".
    private static readonly Regex MonthDay = new(
        $@"\b(?<m1>{Month})\s+(?<d1>{Day})\b(?<range>{To}((?<m2>{Month})\s*)?(?<d2>{Day})\b)?(,?\s*(?<y>[12][0-9]{{3}})\b)?", Options);

    // "2024-02-27", "2020.07.14", "07.04.2015", "(15/11)".
    private static readonly Regex Numeric = new(
        @"\b((?<y>[12][0-9]{3})[-./](?<m>[01]?[0-9])[-./](?<d>[0-3]?[0-9])|(?<d2>[0-3]?[0-9])[./](?<m2>[01]?[0-9])[./](?<y2>[12][0-9]{3})|\((?<d3>[0-3]?[0-9])/(?<m3>[01]?[0-9])\))", Options);

    // "in March 2019", "June 2022", "this June", "last October", "in 2013".
    private static readonly Regex MonthYear = new(
        $@"\b((?<m>{Month})\s*,?\s*(?<y>[12][0-9]{{3}})|(?<rel>this|last|past|next)\s+(?<m2>{Month})|(?<in>in|since|of|during)\s+(?<y2>(19|20)[0-9]{{2}}))\b", Options);

    // "on Wednesday", "from Monday to Wednesday", "this Friday (14)".
    private static readonly Regex Weekday = new(
        @"\b(?<w1>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(\s*\((?<d>[0-3]?[0-9])\))?(\s*(to|-|–|until|through)\s*(?<w2>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)?", Options);

    private static readonly Regex Relative = new(
        @"\b((?<today>today)|(?<yesterday>yesterday)|the\s+(?<next>following|next)\s+day|(the\s+)?(?<same>same)\s+day|the\s+(?<prev>previous|preceding)\s+day|the\s+day\s+(?<before>before)|(?<week>this|last|past)\s+week|(?<lastyear>last|past)\s+year|(?<thisyear>this)\s+year|(?<nextyear>next)\s+year)\b", Options);

    public static List<DateMention> Find(string text, int start, int end)
    {
        var found = new List<DateMention>();
        if (end <= start)
        {
            return found;
        }
        var slice = text.AsSpan(start, end - start);
        var input = slice.ToString();
        foreach (Match m in Numeric.Matches(input))
        {
            var (y, mo, d) = m.Groups["y"].Success ? (m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value)
                : m.Groups["y2"].Success ? (m.Groups["y2"].Value, m.Groups["m2"].Value, m.Groups["d2"].Value)
                : ("", m.Groups["m3"].Value, m.Groups["d3"].Value);
            var mention = Calendar(start + m.Index, start + m.Index + m.Length, Int(y), Int(mo), Int(d));
            Add(found, mention);
        }
        foreach (Match m in DayMonth.Matches(input))
        {
            var year = Int(m.Groups["y"].Value);
            var month2 = MonthOf(m.Groups["m2"].Value);
            var month1 = m.Groups["m1"].Success ? MonthOf(m.Groups["m1"].Value) : month2;
            var s = start + m.Index;
            var e = s + m.Length;
            DateMention? endMention = m.Groups["range"].Success
                ? Calendar(s, e, year, month2, Int(m.Groups["d2"].Value))
                : null;
            var first = Calendar(s, e, year, m.Groups["range"].Success ? month1 : month2, Int(m.Groups["d1"].Value));
            Add(found, first is null ? null : first with { RangeEnd = endMention });
        }
        foreach (Match m in MonthDay.Matches(input))
        {
            var year = Int(m.Groups["y"].Value);
            var month1 = MonthOf(m.Groups["m1"].Value);
            var month2 = m.Groups["m2"].Success ? MonthOf(m.Groups["m2"].Value) : month1;
            var s = start + m.Index;
            var e = s + m.Length;
            DateMention? endMention = m.Groups["range"].Success ? Calendar(s, e, year, month2, Int(m.Groups["d2"].Value)) : null;
            var first = Calendar(s, e, year, month1, Int(m.Groups["d1"].Value));
            Add(found, first is null ? null : first with { RangeEnd = endMention });
        }
        foreach (Match m in MonthYear.Matches(input))
        {
            var s = start + m.Index;
            var e = s + m.Length;
            if (m.Groups["m"].Success)
            {
                Add(found, new DateMention { Start = s, End = e, Year = Int(m.Groups["y"].Value), Month = MonthOf(m.Groups["m"].Value) });
            }
            else if (m.Groups["m2"].Success)
            {
                var rel = m.Groups["rel"].Value.ToLowerInvariant();
                Add(found, new DateMention
                {
                    Start = s,
                    End = e,
                    Anchor = DateAnchor.ReferenceYear,
                    Month = MonthOf(m.Groups["m2"].Value),
                    MonthInPast = rel is "last" or "past",
                    Offset = rel == "next" ? 1 : 0,
                });
            }
            else
            {
                Add(found, new DateMention { Start = s, End = e, Year = Int(m.Groups["y2"].Value) });
            }
        }
        foreach (Match m in Weekday.Matches(input))
        {
            var s = start + m.Index;
            var e = s + m.Length;
            var first = Words.Weekdays[m.Groups["w1"].Value.ToLowerInvariant()];
            DateMention? endMention = m.Groups["w2"].Success
                ? new DateMention { Start = s, End = e, Anchor = DateAnchor.Weekday, Weekday = Words.Weekdays[m.Groups["w2"].Value.ToLowerInvariant()] }
                : null;
            var day = Int(m.Groups["d"].Value);
            Add(found, new DateMention { Start = s, End = e, Anchor = DateAnchor.Weekday, Weekday = first, Day = day, RangeEnd = endMention });
        }
        foreach (Match m in Relative.Matches(input))
        {
            var s = start + m.Index;
            var e = s + m.Length;
            DateMention mention =
                m.Groups["today"].Success ? new() { Start = s, End = e, Anchor = DateAnchor.Reference, Offset = 0 }
                : m.Groups["yesterday"].Success ? new() { Start = s, End = e, Anchor = DateAnchor.Reference, Offset = -1 }
                : m.Groups["next"].Success ? new() { Start = s, End = e, Anchor = DateAnchor.Previous, Offset = 1 }
                : m.Groups["same"].Success ? new() { Start = s, End = e, Anchor = DateAnchor.Previous, Offset = 0 }
                : m.Groups["prev"].Success || m.Groups["before"].Success ? new() { Start = s, End = e, Anchor = DateAnchor.Previous, Offset = -1 }
                : m.Groups["week"].Success ? new() { Start = s, End = e, Anchor = DateAnchor.Reference, Offset = m.Groups["week"].Value.Equals("this", StringComparison.OrdinalIgnoreCase) ? 0 : -7, MonthOnly = true }
                : m.Groups["lastyear"].Success ? new() { Start = s, End = e, Anchor = DateAnchor.ReferenceYear, Offset = -1 }
                : m.Groups["nextyear"].Success ? new() { Start = s, End = e, Anchor = DateAnchor.ReferenceYear, Offset = 1 }
                : new() { Start = s, End = e, Anchor = DateAnchor.ReferenceYear, Offset = 0 };
            Add(found, mention);
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>Keeps the longer of overlapping mentions (a range over its first day, a full date over a month-year).</summary>
    private static void Add(List<DateMention> found, DateMention? mention)
    {
        if (mention is null)
        {
            return;
        }
        for (var i = 0; i < found.Count; i++)
        {
            var other = found[i];
            if (mention.Start < other.End && other.Start < mention.End)
            {
                if (mention.End - mention.Start > other.End - other.Start)
                {
                    found[i] = mention;
                }
                return;
            }
        }
        found.Add(mention);
    }

    private static DateMention? Calendar(int start, int end, int? year, int? month, int? day)
    {
        if (month is null or < 1 or > 12 || day is < 1 or > 31 || year is < 1000 or > 2999)
        {
            return null;
        }
        if (day is not null && day > DateTime.DaysInMonth(year ?? 2000, month.Value))
        {
            return null;
        }
        return new DateMention { Start = start, End = end, Year = year, Month = month, Day = day };
    }

    private static int? MonthOf(string text)
    {
        var key = text.Trim().TrimEnd('.').ToLowerInvariant();
        if (Words.Months.TryGetValue(key, out var m))
        {
            return m;
        }
        return key.Length >= 3 && Words.Months.TryGetValue(key[..3], out m) ? m : null;
    }

    /// <summary>The leading digits ("27" of "27th"); null when there are none.</summary>
    private static int? Int(string text)
    {
        var digits = 0;
        while (digits < text.Length && digits < 6 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }
        return int.TryParse(text.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}
