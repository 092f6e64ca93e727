using System.Globalization;
using System.Text.RegularExpressions;

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

    // "2024-02-27", "2020.07.14", "07.04.2015", "27/02/2024", "(15/11)".
    private static readonly Regex Numeric = new(
        @"\b((?<y>[12][0-9]{3})[-./](?<m>[01]?[0-9])[-./](?<d>[0-3]?[0-9])|(?<d2>[0-3]?[0-9])\.(?<m2>[01]?[0-9])\.(?<y2>[12][0-9]{3})|(?<a>[0-3]?[0-9])/(?<b>[0-3]?[0-9])/(?<y4>[12][0-9]{3}))|\((?<d3>[0-3]?[0-9])/(?<m3>[01]?[0-9])\)", Options);

    // "on the 27th": a day of the month in the running context.
    private static readonly Regex DayAlone = new(
        @"\b(on|by|until|from)\s+the\s+(?<d>[0-3]?[0-9])(st|nd|rd|th)\b", Options);

    // "in March 2019", "June 2022", "this June", "last October", "in 2013", "in June last year", "in December", "and September".
    private static readonly Regex MonthYear = new(
        $@"\b((?<m>{Month})\s*,?\s*(?<y>[12][0-9]{{3}})|(?<m4>{Month})\s+(of\s+)?(?<ry>this|last|past|next)\s+year|(?<rel>this|last|past|next)\s+(?<m2>{Month})|(?<in>in|since|of|during)\s+(?<y2>(19|20)[0-9]{{2}})|(?<pre>in|since|during|until|till|by|and|or|through|throughout|early|late|mid-?)\s*(?<m3>{Month})(\s*,?\s*(?<y3>[12][0-9]{{3}})|\s+(of\s+)?(?<ry3>this|last|past|next)\s+year)?)\b", Options);

    // "on Wednesday", "from Monday to Wednesday", "this Friday (14)".
    private static readonly Regex Weekday = new(
        @"\b(?<w1>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(\s*\((?<d>[0-3]?[0-9])\))?(\s*(to|-|–|until|through|till)\s*(?<w2>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\s+and\s+(will\s+)?(end|ends|ended|conclude|concludes|concluded|close|closes|closed|run|runs|ran)\s+(on\s+|until\s+|through\s+)?(?<w2>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)?", Options);

    private static readonly Regex Relative = new(
        @"\b((?<today>today)|(?<yesterday>yesterday)|the\s+(?<next>following|next)\s+day|(the|that)\s+(?<same>same)\s+day|later\s+(?<same>that)\s+day|the\s+(?<prev>previous|preceding)\s+day|the\s+day\s+(?<before>before)|(?<week>this|last|past)\s+week|(?<lastyear>last|past)\s+year|(?<thisyear>this)\s+year|(?<nextyear>next)\s+year|the\s+(?<rangeday>first|opening|second|third|last|final|closing)\s+day)\b", Options);

    /// <summary>What a stretch of text holds that a date expression needs; a family of patterns runs only when its cue is there.</summary>
    [Flags]
    private enum Cues
    {
        None = 0,
        Digit = 1,
        Month = 2,
        Weekday = 4,
        Relative = 8,
        /// <summary>Digits joined by a separator ("2024-02-27", "15/11").</summary>
        Numeric = 16,
        /// <summary>A four-digit number (a year).</summary>
        Year = 32,
        /// <summary>A number with an ordinal ending ("27th").</summary>
        Ordinal = 64,
    }

    public static List<DateMention> Find(string text, int start, int end)
    {
        var found = new List<DateMention>();
        if (end <= start)
        {
            return found;
        }
        var length = end - start;
        var cues = Scan(text.AsSpan(start, length));
        if (cues == Cues.None)
        {
            return found;
        }
        if ((cues & Cues.Numeric) != 0)
        {
            for (var m = Numeric.Match(text, start, length); m.Success; m = m.NextMatch())
            {
                if (m.Groups["y4"].Success)
                {
                    // "27/02/2024" or "02/27/2024": only when one of the two cannot be a month; never a guess.
                    var (a, b) = (Int(m.Groups["a"].ValueSpan), Int(m.Groups["b"].ValueSpan));
                    var (day, month) = a > 12 && b <= 12 ? (a, b) : b > 12 && a <= 12 ? (b, a) : (a == b ? (a, b) : (null, null));
                    Add(found, Calendar(m.Index, m.Index + m.Length, Int(m.Groups["y4"].ValueSpan), month, day));
                    continue;
                }
                var (y, mo, d) = m.Groups["y"].Success ? ("y", "m", "d") : m.Groups["y2"].Success ? ("y2", "m2", "d2") : ("y3", "m3", "d3");
                Add(found, Calendar(m.Index, m.Index + m.Length, Int(m.Groups[y].ValueSpan), Int(m.Groups[mo].ValueSpan), Int(m.Groups[d].ValueSpan)));
            }
        }
        if ((cues & (Cues.Digit | Cues.Month)) == (Cues.Digit | Cues.Month))
        {
            for (var m = DayMonth.Match(text, start, length); m.Success; m = m.NextMatch())
            {
                var year = Int(m.Groups["y"].ValueSpan);
                var month2 = MonthOf(m.Groups["m2"].ValueSpan);
                var month1 = m.Groups["m1"].Success ? MonthOf(m.Groups["m1"].ValueSpan) : month2;
                var s = m.Index;
                var e = s + m.Length;
                DateMention? endMention = m.Groups["range"].Success
                    ? Calendar(s, e, year, month2, Int(m.Groups["d2"].ValueSpan))
                    : null;
                var first = Calendar(s, e, year, m.Groups["range"].Success ? month1 : month2, Int(m.Groups["d1"].ValueSpan));
                Add(found, first is null ? null : first with { RangeEnd = endMention });
            }
            for (var m = MonthDay.Match(text, start, length); m.Success; m = m.NextMatch())
            {
                var year = Int(m.Groups["y"].ValueSpan);
                var month1 = MonthOf(m.Groups["m1"].ValueSpan);
                var month2 = m.Groups["m2"].Success ? MonthOf(m.Groups["m2"].ValueSpan) : month1;
                var s = m.Index;
                var e = s + m.Length;
                DateMention? endMention = m.Groups["range"].Success ? Calendar(s, e, year, month2, Int(m.Groups["d2"].ValueSpan)) : null;
                var first = Calendar(s, e, year, month1, Int(m.Groups["d1"].ValueSpan));
                Add(found, first is null ? null : first with { RangeEnd = endMention });
            }
        }
        if ((cues & (Cues.Month | Cues.Year)) != 0)
        {
            for (var m = MonthYear.Match(text, start, length); m.Success; m = m.NextMatch())
            {
                MonthYearMention(text, m, found);
            }
        }
        if ((cues & Cues.Weekday) != 0)
        {
            for (var m = Weekday.Match(text, start, length); m.Success; m = m.NextMatch())
            {
                var s = m.Index;
                var e = s + m.Length;
                var first = WeekdayOf(m.Groups["w1"].ValueSpan);
                DateMention? endMention = m.Groups["w2"].Success
                    ? new DateMention { Start = s, End = e, Anchor = DateAnchor.Weekday, Weekday = WeekdayOf(m.Groups["w2"].ValueSpan), RangeStartWeekday = first }
                    : null;
                var day = Int(m.Groups["d"].ValueSpan);
                Add(found, new DateMention { Start = s, End = e, Anchor = DateAnchor.Weekday, Weekday = first, Day = day, RangeEnd = endMention });
            }
        }
        if ((cues & Cues.Relative) != 0)
        {
            for (var m = Relative.Match(text, start, length); m.Success; m = m.NextMatch())
            {
                var s = m.Index;
                var e = s + m.Length;
                DateMention mention =
                    m.Groups["today"].Success ? new() { Start = s, End = e, Anchor = DateAnchor.Reference, Offset = 0 }
                    : m.Groups["yesterday"].Success ? new() { Start = s, End = e, Anchor = DateAnchor.Reference, Offset = -1 }
                    : m.Groups["next"].Success ? new() { Start = s, End = e, Anchor = DateAnchor.Previous, Offset = 1 }
                    : m.Groups["same"].Success ? new() { Start = s, End = e, Anchor = DateAnchor.Previous, Offset = 0 }
                    : m.Groups["prev"].Success || m.Groups["before"].Success ? new() { Start = s, End = e, Anchor = DateAnchor.Previous, Offset = -1 }
                    : m.Groups["week"].Success ? new() { Start = s, End = e, Anchor = DateAnchor.Reference, Offset = m.Groups["week"].ValueSpan.Equals("this", StringComparison.OrdinalIgnoreCase) ? 0 : -7, MonthOnly = true }
                    : m.Groups["rangeday"].Success ? RangeDay(s, e, m.Groups["rangeday"].Value)
                    : m.Groups["lastyear"].Success ? new() { Start = s, End = e, Anchor = DateAnchor.ReferenceYear, Offset = -1 }
                    : m.Groups["nextyear"].Success ? new() { Start = s, End = e, Anchor = DateAnchor.ReferenceYear, Offset = 1 }
                    : new() { Start = s, End = e, Anchor = DateAnchor.ReferenceYear, Offset = 0 };
                Add(found, mention);
            }
        }
        if ((cues & Cues.Ordinal) != 0)
        {
            for (var m = DayAlone.Match(text, start, length); m.Success; m = m.NextMatch())
            {
                DayAloneMention(m, found);
            }
        }
        if (found.Count > 1)
        {
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
        // "on Monday, March 4": the weekday only names the calendar date after it.
        for (var i = found.Count - 2; i >= 0; i--)
        {
            if (found[i].Anchor == DateAnchor.Weekday && found[i].RangeEnd is null && found[i + 1].Anchor == DateAnchor.Calendar && found[i + 1].Day is not null
                && found[i + 1].Start - found[i].End <= 3)
            {
                found.RemoveAt(i);
            }
        }
        if (found.Count > 0 && IsDateline(text, start, end, found[0]))
        {
            found[0] = found[0] with { IsDateline = true };
        }
        return found;
    }

    /// <summary>"On the last day", "the second day": a day of the range the article gave before.</summary>
    private static DateMention RangeDay(int start, int end, string which) => which.ToLowerInvariant() switch
    {
        "last" or "final" or "closing" => new() { Start = start, End = end, Anchor = DateAnchor.Range, Offset = 0, FromRangeEnd = true },
        "second" => new() { Start = start, End = end, Anchor = DateAnchor.Range, Offset = 1 },
        "third" => new() { Start = start, End = end, Anchor = DateAnchor.Range, Offset = 2 },
        _ => new() { Start = start, End = end, Anchor = DateAnchor.Range, Offset = 0 },
    };

    private static void DayAloneMention(Match m, List<DateMention> found)
    {
        // Added last, and only where no fuller date lies ("on the 5th May").
        var (s, e) = (m.Index, m.Index + m.Length);
        if (Int(m.Groups["d"].ValueSpan) is { } day and >= 1 and <= 31 && !found.Exists(o => s < o.End && o.Start < e))
        {
            found.Add(new DateMention { Start = s, End = e, Day = day });
        }
    }

    private static void MonthYearMention(string text, Match m, List<DateMention> found)
    {
        var s = m.Index;
        var e = s + m.Length;
        if (m.Groups["m"].Success)
        {
            Add(found, new DateMention { Start = s, End = e, Year = Int(m.Groups["y"].ValueSpan), Month = MonthOf(m.Groups["m"].ValueSpan) });
        }
        else if (m.Groups["m4"].Success || m.Groups["ry3"].Success)
        {
            // "in June last year": that month of the year before the reference.
            var rel = m.Groups["m4"].Success ? m.Groups["ry"].ValueSpan : m.Groups["ry3"].ValueSpan;
            Add(found, new DateMention
            {
                Start = s,
                End = e,
                Anchor = DateAnchor.ReferenceYear,
                Month = MonthOf(m.Groups[m.Groups["m4"].Success ? "m4" : "m3"].ValueSpan),
                Offset = rel.Equals("next", StringComparison.OrdinalIgnoreCase) ? 1 : rel.Equals("this", StringComparison.OrdinalIgnoreCase) ? 0 : -1,
            });
        }
        else if (m.Groups["m2"].Success)
        {
            var rel = m.Groups["rel"].ValueSpan;
            var past = rel.Equals("last", StringComparison.OrdinalIgnoreCase) || rel.Equals("past", StringComparison.OrdinalIgnoreCase);
            Add(found, new DateMention
            {
                Start = s,
                End = e,
                Anchor = DateAnchor.ReferenceYear,
                Month = MonthOf(m.Groups["m2"].ValueSpan),
                MonthInPast = past,
                Offset = rel.Equals("next", StringComparison.OrdinalIgnoreCase) ? 1 : 0,
            });
        }
        else if (m.Groups["m3"].Success)
        {
            // "in December", "and September": a capitalised month alone ("and may" is a verb), its year the latest not after the reference.
            var month = m.Groups["m3"];
            if (m.Groups["y3"].Success)
            {
                Add(found, new DateMention { Start = month.Index, End = e, Year = Int(m.Groups["y3"].ValueSpan), Month = MonthOf(month.ValueSpan) });
            }
            else if (char.IsUpper(text[month.Index]) && !FollowedByNumber(text, month.Index + month.Length))
            {
                Add(found, new DateMention { Start = month.Index, End = month.Index + month.Length, Month = MonthOf(month.ValueSpan) });
            }
        }
        else
        {
            Add(found, new DateMention { Start = s, End = e, Year = Int(m.Groups["y2"].ValueSpan) });
        }
    }

    private static bool FollowedByNumber(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '.' or ',')
        {
            i++;
        }
        return i < text.Length && char.IsAsciiDigit(text[i]);
    }

    /// <summary>
    /// The cues of a stretch in one pass over its words: digits, month names, weekdays, and the words of relative dates.
    /// </summary>
    private static Cues Scan(ReadOnlySpan<char> span)
    {
        var cues = Cues.None;
        var i = 0;
        while (i < span.Length)
        {
            var c = span[i];
            if (char.IsAsciiDigit(c))
            {
                var n = i + 1;
                while (n < span.Length && char.IsAsciiDigit(span[n]))
                {
                    n++;
                }
                cues |= Cues.Digit;
                if (n - i == 4)
                {
                    cues |= Cues.Year;
                }
                if (n + 1 < span.Length && span[n] is '-' or '.' or '/' && char.IsAsciiDigit(span[n + 1]))
                {
                    cues |= Cues.Numeric;
                }
                if (n + 1 < span.Length && char.IsAsciiLetter(span[n]) && char.IsAsciiLetter(span[n + 1]))
                {
                    cues |= Cues.Ordinal;
                }
                i = n;
                continue;
            }
            if (!char.IsAsciiLetter(c))
            {
                i++;
                continue;
            }
            var j = i + 1;
            while (j < span.Length && char.IsAsciiLetter(span[j]))
            {
                j++;
            }
            var word = span[i..j];
            if (word.Length >= 3)
            {
                if (IsMonthPrefix(word))
                {
                    cues |= Cues.Month;
                }
                if (word.EndsWith("day", StringComparison.OrdinalIgnoreCase))
                {
                    cues |= word.Length >= 6 && word.Length <= 9 && !word.Equals("holiday", StringComparison.OrdinalIgnoreCase) ? Cues.Weekday | Cues.Relative : Cues.Relative;
                }
                else if (word.Equals("week", StringComparison.OrdinalIgnoreCase) || word.Equals("year", StringComparison.OrdinalIgnoreCase))
                {
                    cues |= Cues.Relative;
                }
            }
            i = j;
        }
        return cues;
    }

    /// <summary>Nothing but white space between the line's start and this offset.</summary>
    private static bool OpensLine(string text, int start)
    {
        for (var k = start - 1; k >= 0 && text[k] != '\n'; k--)
        {
            if (!char.IsWhiteSpace(text[k]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsMonthPrefix(ReadOnlySpan<char> word)
    {
        var a = (char)(word[0] | 0x20);
        var b = (char)(word[1] | 0x20);
        var c = (char)(word[2] | 0x20);
        return (a, b, c) switch
        {
            ('j', 'a', 'n') or ('f', 'e', 'b') or ('m', 'a', 'r') or ('a', 'p', 'r') or ('m', 'a', 'y') or ('j', 'u', 'n') or ('j', 'u', 'l')
                or ('a', 'u', 'g') or ('s', 'e', 'p') or ('o', 'c', 't') or ('n', 'o', 'v') or ('d', 'e', 'c') => true,
            _ => false,
        };
    }

    /// <summary>
    /// A dateline: the date follows a place at the start of the line ("BEIJING, Feb. 28 (Xinhua) --",
    /// "Beijing, February 27th—", "MOSCOW/BEIJING, December 15. /TASS/.") and is closed by an agency or a dash.
    /// </summary>
    private static bool IsDateline(string text, int start, int end, DateMention date)
    {
        if (date.Anchor != DateAnchor.Calendar || date.Month is null || date.Day is null || date.Start - start > 60)
        {
            return false;
        }
        if (date.Start == start && OpensLine(text, start))
        {
            // "27 February 2024, Oslo —", "February 27, 2024 –": the date first, perhaps a place, then a dash.
            var k = date.End;
            while (k < end && text[k] == ' ')
            {
                k++;
            }
            if (k < end && text[k] == ',')
            {
                var placeEnd = k + 1;
                while (placeEnd < end && placeEnd - k < 30 && (char.IsLetter(text[placeEnd]) || text[placeEnd] is ' ' or '.' or '/' or '\''))
                {
                    placeEnd++;
                }
                k = placeEnd;
            }
            return k < end && text[k] is '-' or '–' or '—' && (k + 1 >= end || text[k + 1] is ' ' or '-');
        }
        if (date.Start - start < 3 || !OpensLine(text, start))
        {
            return false;
        }
        // Place words, then a comma.
        var p = date.Start - 1;
        while (p > start && text[p] == ' ')
        {
            p--;
        }
        if (text[p] != ',' || !char.IsUpper(text[start]))
        {
            return false;
        }
        for (var k = start; k < p; k++)
        {
            var c = text[k];
            if (!(char.IsLetter(c) || c is ' ' or '/' or '.' or '-' or '\'' or '’'))
            {
                return false;
            }
        }
        // An agency in brackets or slashes, then a dash or a colon; or the sentence's end.
        var q = date.End;
        while (q < end && text[q] is ' ' or '.' or ',')
        {
            q++;
        }
        if (q < end && text[q] is '(' or '/')
        {
            var close = text.IndexOfAny([')', '/'], q + 1, Math.Min(40, end - q - 1));
            if (close < 0)
            {
                return false;
            }
            q = close + 1;
            while (q < end && text[q] is ' ' or '.')
            {
                q++;
            }
        }
        return q >= end || text[q] is '-' or '–' or '—' or ':' || (q > date.End && char.IsUpper(text[q]));
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

    private static int? MonthOf(ReadOnlySpan<char> text)
    {
        var word = text.Trim().TrimEnd('.');
        if (word.Length < 3)
        {
            return null;
        }
        if (word.Length >= 4 && (word[..4].Equals("sept", StringComparison.OrdinalIgnoreCase) || word.Equals("novmeber", StringComparison.OrdinalIgnoreCase)))
        {
            return word[0] is 's' or 'S' ? 9 : 11;
        }
        Span<char> key = stackalloc char[3];
        word[..3].ToLowerInvariant(key);
        return key switch
        {
            "jan" => 1,
            "feb" => 2,
            "mar" => 3,
            "apr" => 4,
            "may" => 5,
            "jun" => 6,
            "jul" => 7,
            "aug" => 8,
            "sep" => 9,
            "oct" => 10,
            "nov" => 11,
            "dec" => 12,
            _ => null,
        };
    }

    private static DayOfWeek WeekdayOf(ReadOnlySpan<char> text)
    {
        Span<char> key = stackalloc char[3];
        text[..3].ToLowerInvariant(key);
        return key switch
        {
            "mon" => DayOfWeek.Monday,
            "tue" => DayOfWeek.Tuesday,
            "wed" => DayOfWeek.Wednesday,
            "thu" => DayOfWeek.Thursday,
            "fri" => DayOfWeek.Friday,
            "sat" => DayOfWeek.Saturday,
            _ => DayOfWeek.Sunday,
        };
    }

    /// <summary>The leading digits ("27" of "27th"); null when there are none.</summary>
    private static int? Int(ReadOnlySpan<char> text)
    {
        var digits = 0;
        while (digits < text.Length && digits < 6 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }
        return int.TryParse(text[..digits], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}
