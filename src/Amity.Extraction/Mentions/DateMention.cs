namespace Amity.Extraction.Mentions;

/// <summary>How a date expression is anchored.</summary>
internal enum DateAnchor
{
    /// <summary>Calendar fields given in the text ("27 February", "2024-02-27", "in March 2019").</summary>
    Calendar,
    /// <summary>A weekday ("on Wednesday"): the latest such day on or before the reference date.</summary>
    Weekday,
    /// <summary>Days from the reference date ("today", "yesterday").</summary>
    Reference,
    /// <summary>Days from the previous engagement's date ("the following day", "the same day").</summary>
    Previous,
    /// <summary>Years from the reference date's year ("last year", "this year").</summary>
    ReferenceYear,
    /// <summary>Days from the start (or end) of the range the article gave before ("on the last day").</summary>
    Range,
}

/// <summary>A date expression found in a sentence, not yet resolved against the document's dates.</summary>
internal sealed record DateMention
{
    public required int Start { get; init; }
    public required int End { get; init; }
    public DateAnchor Anchor { get; init; }
    public int? Year { get; init; }
    public int? Month { get; init; }
    public int? Day { get; init; }
    public DayOfWeek? Weekday { get; init; }
    public int Offset { get; init; }

    /// <summary>A <see cref="DateAnchor.Range"/> day counted from the range's last day.</summary>
    public bool FromRangeEnd { get; init; }

    /// <summary>The month is relative: "last October" is the most recent October before the reference.</summary>
    public bool MonthInPast { get; init; }

    /// <summary>Known only to the month ("this week"): the week's days may not be told apart.</summary>
    public bool MonthOnly { get; init; }

    /// <summary>The last day of a range ("from 27 February to 2 March"), itself a mention.</summary>
    public DateMention? RangeEnd { get; init; }

    /// <summary>The weekday a weekday range starts on ("began on Thursday and ends on Sunday"): this end is the first such day after it.</summary>
    public DayOfWeek? RangeStartWeekday { get; init; }

    /// <summary>The date of a dateline ("BEIJING, Feb. 28 (Xinhua) --"), which anchors "today" and weekdays.</summary>
    public bool IsDateline { get; init; }
}
