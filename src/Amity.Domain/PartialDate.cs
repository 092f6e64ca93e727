using System.Globalization;

namespace Amity.Domain;

/// <summary>
/// A date known to the day, the month or only the year ("2024-02-27", "2024-02", "2024"), as readouts give them.
/// </summary>
public readonly record struct PartialDate
{
    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (day is not null && month is null)
        {
            throw new ArgumentException("A day needs a month.", nameof(day));
        }
        // Validates the combination; throws for 2023-02-30 and the like.
        _ = new DateOnly(year, month ?? 1, day ?? 1);
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }
    public int? Month { get; }
    public int? Day { get; }

    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day the date can mean.</summary>
    public DateOnly First => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date can mean.</summary>
    public DateOnly Last => Precision switch
    {
        DatePrecision.Day => First,
        DatePrecision.Month => First.AddMonths(1).AddDays(-1),
        _ => new DateOnly(Year, 12, 31),
    };

    public static PartialDate FromDay(DateOnly day) => new(day.Year, day.Month, day.Day);

    public static PartialDate At(DateOnly first, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => new(first.Year, first.Month, first.Day),
        DatePrecision.Month => new(first.Year, first.Month),
        _ => new(first.Year),
    };

    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var parts = text.Trim().Split('-');
        var numbers = new int[parts.Length];
        int[] widths = [4, 2, 2];
        if (parts.Length > 3)
        {
            return false;
        }
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length != widths[i] || !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }
        try
        {
            date = parts.Length switch
            {
                1 => new PartialDate(numbers[0]),
                2 => new PartialDate(numbers[0], numbers[1]),
                _ => new PartialDate(numbers[0], numbers[1], numbers[2]),
            };
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public static PartialDate Parse(string text, string field) =>
        TryParse(text, out var date)
            ? date
            : throw new DomainException(field, $"'{text}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");

    /// <summary>True when this date may fall on <paramref name="day"/>.</summary>
    public bool Contains(DateOnly day) => day >= First && day <= Last;

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => First.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };
}
