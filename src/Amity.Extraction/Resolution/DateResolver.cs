using Amity.Domain;
using Amity.Extraction.Mentions;

namespace Amity.Extraction.Resolution;

/// <summary>
/// Turns date mentions into calendar dates. A missing year is the one that puts the date closest before the
/// reference (the dateline or publication date); weekdays and "today" count back from the dateline; "the
/// following day" counts from the previous engagement. Nothing is guessed: without an anchor the result is null.
/// </summary>
internal static class DateResolver
{
    public static PartialDate? Resolve(DateMention mention, DateOnly? reference, PartialDate? previous, (DateOnly First, DateOnly Last)? range = null)
    {
        try
        {
            return mention.Anchor switch
            {
                DateAnchor.Calendar when mention.Month is null && mention.Day is not null => DayOfMonth(mention.Day.Value, reference, previous),
                DateAnchor.Calendar => Calendar(mention, reference ?? YearOf(previous)),
                DateAnchor.Weekday => Weekday(mention, reference),
                DateAnchor.Reference when mention.MonthOnly => reference is { } w ? new PartialDate(w.AddDays(mention.Offset).Year, w.AddDays(mention.Offset).Month) : null,
                DateAnchor.Reference => reference is { } r ? PartialDate.FromDay(r.AddDays(mention.Offset)) : null,
                DateAnchor.Previous => previous is { Precision: DatePrecision.Day } p ? PartialDate.FromDay(p.First.AddDays(mention.Offset)) : previous,
                DateAnchor.ReferenceYear => ReferenceYear(mention, reference),
                DateAnchor.Range when range is { } r && (mention.FromRangeEnd ? r.Last : r.First.AddDays(mention.Offset)) is var day && day <= r.Last => PartialDate.FromDay(day),
                _ => null,
            };
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// The day of a sentence's dateline ("BEIJING, Feb. 28 (Xinhua) --"), resolved against the article's publication
    /// date; null when the sentence opens with none. A dateline anywhere (a quoted original inside a digest) resets the
    /// article's reference and running date.
    /// </summary>
    public static PartialDate? Dateline(List<DateMention> dates, DateOnly? published) =>
        dates.Count > 0 && dates[0].IsDateline && Resolve(dates[0], published, null) is { Precision: DatePrecision.Day } day ? day : null;

    /// <summary>"on the 27th": that day of the running date's month, else of the reference's month (or the month before).</summary>
    private static PartialDate? DayOfMonth(int day, DateOnly? reference, PartialDate? previous)
    {
        if (previous is { Precision: not DatePrecision.Year } p)
        {
            return day <= DateTime.DaysInMonth(p.Year, p.Month!.Value) ? new PartialDate(p.Year, p.Month, day) : null;
        }
        if (reference is not { } r)
        {
            return null;
        }
        var month = day <= r.Day ? r : r.AddMonths(-1);
        return day <= DateTime.DaysInMonth(month.Year, month.Month) ? new PartialDate(month.Year, month.Month, day) : null;
    }

    /// <summary>Without a publication date, a yearless date takes the year of the date before it in the text.</summary>
    private static DateOnly? YearOf(PartialDate? previous) => previous is { } p ? new DateOnly(p.Year, 12, 31) : null;

    private static PartialDate? Calendar(DateMention m, DateOnly? reference)
    {
        var year = m.Year;
        if (year is null)
        {
            if (reference is not { } r || m.Month is null)
            {
                return null;
            }
            // The latest year that does not put the date more than a few days after the reference.
            var candidate = new DateOnly(r.Year, m.Month.Value, Math.Min(m.Day ?? 1, DateTime.DaysInMonth(r.Year, m.Month.Value)));
            year = candidate.DayNumber - r.DayNumber > 7 ? r.Year - 1 : r.Year;
        }
        if (m.Month is null)
        {
            return new PartialDate(year.Value);
        }
        if (m.Day is null)
        {
            return new PartialDate(year.Value, m.Month);
        }
        return m.Day.Value <= DateTime.DaysInMonth(year.Value, m.Month.Value) ? new PartialDate(year.Value, m.Month, m.Day) : null;
    }

    private static PartialDate? Weekday(DateMention m, DateOnly? reference)
    {
        if (reference is not { } r)
        {
            return null;
        }
        if (m.Day is { } day)
        {
            // "this Friday (14)": the day of the reference's month, or of the one before.
            var month = day <= r.Day + 7 ? r : r.AddMonths(-1);
            return day <= DateTime.DaysInMonth(month.Year, month.Month) ? new PartialDate(month.Year, month.Month, day) : null;
        }
        if (m.RangeStartWeekday is { } from)
        {
            // The end of "began on Thursday and ends on Sunday": the first such day after the start.
            var start = r.AddDays(-(((int)r.DayOfWeek - (int)from + 7) % 7));
            return PartialDate.FromDay(start.AddDays(((int)m.Weekday!.Value - (int)from + 7) % 7));
        }
        var back = ((int)r.DayOfWeek - (int)m.Weekday!.Value + 7) % 7;
        return PartialDate.FromDay(r.AddDays(-back));
    }

    private static PartialDate? ReferenceYear(DateMention m, DateOnly? reference)
    {
        if (reference is not { } r)
        {
            return null;
        }
        if (m.Month is { } month)
        {
            var year = r.Year + m.Offset;
            if (m.MonthInPast && month >= r.Month)
            {
                year--;
            }
            return new PartialDate(year, month);
        }
        return new PartialDate(r.Year + m.Offset);
    }
}
