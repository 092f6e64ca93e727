using Amity.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amity.Features.Engagements;

public static class EngagementsApi
{
    public static RouteGroupBuilder MapEngagementsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/engagements").WithTags("Engagements");
        group.MapGet("/", List).WithName("ListEngagements")
            .WithSummary("Engagements, newest first, filtered by country, organisation, person, kind, channel, mode, status, verification, date range and full text.");
        group.MapGet("/{id:long}", Get).WithName("GetEngagement").WithSummary("One engagement with its participants and source passages.");
        return api;
    }

    public static async Task<Results<Ok<PageOf<EngagementSummary>>, ValidationProblem>> List(
        [AsParameters] EngagementFilter filter, AmityDb db, CancellationToken cancellationToken)
    {
        var errors = filter.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        return TypedResults.Ok(await EngagementQueries.ListAsync(db, filter, cancellationToken));
    }

    public static async Task<Results<Ok<EngagementDetail>, NotFound>> Get(long id, AmityDb db, CancellationToken cancellationToken) =>
        await EngagementQueries.GetAsync(db, id, cancellationToken) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();
}
