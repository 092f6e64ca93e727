using Amity.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amity.Features.Delegations;

public static class DelegationsApi
{
    public static RouteGroupBuilder MapDelegationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/delegations").WithTags("Delegations");
        group.MapGet("/", List).WithName("ListDelegations").WithSummary("Delegations received and sent, newest first, by direction, status and year.");
        group.MapGet("/{id:long}", Get).WithName("GetDelegation").WithSummary("A delegation with its members, host and itinerary.");
        group.MapPost("/", Plan).WithName("PlanDelegation").WithSummary("Plans a delegation: name, direction, country, dates, leader, host, members.");
        group.MapPost("/{id:long}/members", AddMember).WithName("AddDelegationMember").WithSummary("Adds a person to a delegation.");
        group.MapPost("/{id:long}/itinerary", AddItem).WithName("AddItineraryItem").WithSummary("Adds a meeting or visit to a delegation's programme.");
        group.MapPost("/{id:long}/status", SetStatus).WithName("SetDelegationStatus")
            .WithSummary("Moves a delegation planned → confirmed → held (or cancelled); when held, its planned meetings become held engagements. "
                + "Send 'from', the status you saw: if someone has changed it since, nothing changes and the answer says who.");
        group.MapPut("/{id:long}/restricted", Restrict).WithName("RestrictDelegation")
            .WithSummary("Marks a delegation and its programme restricted or lifts the mark ({\"restricted\": true}). Needs clearance.");
        return api;
    }

    public static Task<IResult> Restrict(long id, RestrictionInput input, AmityDb db, CancellationToken cancellationToken) =>
        RestrictionApi.SetAsync(db, "delegation", id, () => Restrictions.SetDelegationAsync(db, id, input.Restricted, cancellationToken));

    public static async Task<Results<Ok<IReadOnlyList<DelegationSummary>>, ValidationProblem>> List(
        [AsParameters] DelegationFilter filter, AmityDb db, CancellationToken cancellationToken)
    {
        var errors = filter.Validate();
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(await DelegationQueries.ListAsync(db, filter, cancellationToken));
    }

    public static async Task<Results<Ok<DelegationDetail>, NotFound>> Get(long id, AmityDb db, CancellationToken cancellationToken) =>
        await DelegationQueries.GetAsync(db, id, cancellationToken) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();

    public static async Task<Results<Created<DelegationDetail>, ValidationProblem>> Plan(DelegationInput body, AmityDb db, CancellationToken cancellationToken)
    {
        try
        {
            var id = await DelegationQueries.PlanAsync(db, body, cancellationToken);
            return TypedResults.Created($"/api/v1/delegations/{id}", await DelegationQueries.GetAsync(db, id, cancellationToken));
        }
        catch (InputException e)
        {
            return TypedResults.ValidationProblem(e.ToDictionary());
        }
    }

    public static async Task<Results<Ok<DelegationDetail>, NotFound, ValidationProblem>> AddMember(long id, MemberInput body, AmityDb db, CancellationToken cancellationToken) =>
        await Answer(db, id, () => DelegationQueries.AddMemberAsync(db, id, body.PersonId, cancellationToken), cancellationToken);

    public static async Task<Results<Ok<DelegationDetail>, NotFound, ValidationProblem>> AddItem(long id, ItineraryInput body, AmityDb db, CancellationToken cancellationToken) =>
        await Answer(db, id, async () => await DelegationQueries.AddItemAsync(db, id, body, cancellationToken) is not null, cancellationToken);

    public static async Task<Results<Ok<DelegationDetail>, NotFound, ValidationProblem>> SetStatus(long id, StatusInput body, AmityDb db, CancellationToken cancellationToken) =>
        await Answer(db, id, () => DelegationQueries.SetStatusAsync(db, id, body.Status, cancellationToken, body.From), cancellationToken);

    // A change answers with the delegation as it now is, 404 when there is none, 400 with the problems by field.
    private static async Task<Results<Ok<DelegationDetail>, NotFound, ValidationProblem>> Answer(AmityDb db, long id, Func<Task<bool>> change, CancellationToken cancellationToken)
    {
        try
        {
            if (!await change())
            {
                return TypedResults.NotFound();
            }
        }
        catch (InputException e)
        {
            return TypedResults.ValidationProblem(e.ToDictionary());
        }
        return TypedResults.Ok((await DelegationQueries.GetAsync(db, id, cancellationToken))!);
    }
}
