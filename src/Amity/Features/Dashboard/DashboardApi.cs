using Amity.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amity.Features.Dashboard;

public static class DashboardApi
{
    public static RouteGroupBuilder MapDashboardApi(this RouteGroupBuilder api)
    {
        api.MapGet("/dashboard", Get).WithTags("Dashboard").WithName("GetDashboard")
            .WithSummary("A year at a glance: engagements by month, kind, mode and channel, the most and least engaged, what is due, what awaits review.");
        return api;
    }

    public static async Task<Results<Ok<DashboardView>, ValidationProblem>> Get(AmityDb db, TimeProvider clock, CancellationToken cancellationToken, int? year = null)
    {
        if (year is < 1900 or > 2200)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["year"] = ["year must be between 1900 and 2200"] });
        }
        return TypedResults.Ok(await DashboardQueries.GetAsync(db, year, clock, cancellationToken));
    }
}
