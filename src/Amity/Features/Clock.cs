namespace Amity.Features;

public static class Clock
{
    /// <summary>Today's date in UTC, the day the registry's "due", "overdue" and "planned" are reckoned from.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
