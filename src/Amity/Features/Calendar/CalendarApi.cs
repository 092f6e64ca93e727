using Amity.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amity.Features.Calendar;

public static class CalendarApi
{
    public static RouteGroupBuilder MapCalendarApi(this RouteGroupBuilder api)
    {
        api.MapGet("/calendar", Month).WithTags("Calendar").WithName("CalendarMonth")
            .WithSummary("A month (YYYY-MM, this month when left out) of upcoming engagements, planned delegations and anniversaries.");
        return api;
    }

    public static async Task<Results<Ok<CalendarMonth>, ValidationProblem>> Month(string? month, AmityDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var first = CalendarQueries.ParseMonth(month);
        if (!string.IsNullOrEmpty(month) && first is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["month"] = [$"'{month}' is not a month: write it as YYYY-MM"] });
        }
        return TypedResults.Ok(await CalendarQueries.MonthAsync(db, first ?? clock.Today(), cancellationToken));
    }
}
