using Amity.Domain;
using Amity.Domain.Records;
using Amity.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amity.Features.Engagements;

public sealed record MergeRequest(long Into);

public static class EngagementsApi
{
    public static RouteGroupBuilder MapEngagementsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/engagements").WithTags("Engagements");
        group.MapGet("/", List).WithName("ListEngagements")
            .WithSummary("Engagements, newest first, filtered by country, organisation, person, kind, channel, mode, status, verification, date range and full text.");
        group.MapGet("/{id:long}", Get).WithName("GetEngagement").WithSummary("One engagement with its participants and source passages.");
        group.MapPost("/", Create).WithName("CreateEngagement")
            .WithSummary("Enter an engagement in the record format of ANNOTATION.md (kind, date, participants...); stored as verified. The same record twice is stored once.");
        group.MapPut("/{id:long}", Revise).WithName("ReviseEngagement")
            .WithSummary("Correct an engagement: replaces its kind, dates, place, mode, channel, status, event and participants; its sources stay. "
                + "Send the ETag of the version you read as If-Match (required; 428 without it): if the record was saved since, the change is refused with 412.");
        group.MapGet("/{id:long}/duplicates", SuggestDuplicates).WithName("SuggestDuplicates")
            .WithSummary("Other records that may report the same engagement: within three days, sharing a person or organisation, or the same kind between the same countries.");
        group.MapPost("/{id:long}/merge", Merge).WithName("MergeEngagement")
            .WithSummary("Merge this record into another (body {\"into\": id}): its sources and participants join the other, and it is removed; the audit trail keeps it.");
        group.MapDelete("/{id:long}", Delete).WithName("DeleteEngagement")
            .WithSummary("Deletes an engagement; the audit trail keeps it whole, and POST /api/v1/engagements/{id}/restore brings it back.");
        group.MapPut("/{id:long}/restricted", Restrict).WithName("RestrictEngagement")
            .WithSummary("Marks an engagement restricted or lifts the mark ({\"restricted\": true}): restricted, only accounts cleared for restricted records see it anywhere. Needs clearance.");
        return api;
    }

    public static async Task<Results<NoContent, NotFound>> Delete(long id, AmityDb db, CancellationToken cancellationToken) =>
        await EngagementEditor.DeleteAsync(db, id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static Task<IResult> Restrict(long id, RestrictionInput input, AmityDb db, CancellationToken cancellationToken) =>
        RestrictionApi.SetAsync(db, "engagement", id, () => Restrictions.SetEngagementAsync(db, id, input.Restricted, cancellationToken));

    public static async Task<Ok<IReadOnlyList<EngagementSummary>>> SuggestDuplicates(long id, AmityDb db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await Duplicates.SuggestAsync(db, id, cancellationToken));

    public static async Task<Results<Ok<EngagementDetail>, NotFound, ValidationProblem>> Merge(long id, MergeRequest body, AmityDb db, CancellationToken cancellationToken)
    {
        try
        {
            if (!await Duplicates.MergeAsync(db, id, body.Into, cancellationToken))
            {
                return TypedResults.NotFound();
            }
            db.ChangeTracker.Clear();
            return TypedResults.Ok((await EngagementQueries.GetAsync(db, body.Into, cancellationToken))!);
        }
        catch (InputException e)
        {
            return TypedResults.ValidationProblem(e.ToDictionary());
        }
    }

    public static async Task<Results<Created<EngagementDetail>, ValidationProblem>> Create(EngagementRecord body, AmityDb db, CancellationToken cancellationToken)
    {
        try
        {
            var id = await EngagementEditor.CreateAsync(db, body, cancellationToken);
            db.ChangeTracker.Clear();
            return TypedResults.Created($"/api/v1/engagements/{id}", await EngagementQueries.GetAsync(db, id, cancellationToken));
        }
        catch (InputException e)
        {
            return TypedResults.ValidationProblem(e.ToDictionary());
        }
    }

    public static async Task<Results<Ok<EngagementDetail>, NotFound, ValidationProblem, ProblemHttpResult>> Revise(
        long id, EngagementRecord body, AmityDb db, HttpContext http, CancellationToken cancellationToken)
    {
        int? expected = null;
        if (http.Request.Headers.IfMatch.ToString() is { Length: > 0 } ifMatch)
        {
            if (!int.TryParse(ifMatch.Trim().Trim('"'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad If-Match", detail: $"If-Match is the ETag of GET /api/v1/engagements/{id}, such as \"3\"; '{ifMatch}' is not one.");
            }
            expected = version;
        }
        else if (!await db.Engagements.AnyAsync(e => e.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        else
        {
            // Without the version read, a save could overwrite a change its sender never saw.
            return TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match needed",
                detail: $"Send the ETag of GET /api/v1/engagements/{id} as If-Match, so a save cannot overwrite a change you have not seen.");
        }
        try
        {
            if (!await EngagementEditor.ReviseAsync(db, id, body, note: null, expected, cancellationToken))
            {
                return TypedResults.NotFound();
            }
            db.ChangeTracker.Clear();
            var detail = (await EngagementQueries.GetAsync(db, id, cancellationToken))!;
            http.Response.Headers.ETag = ETag(detail);
            return TypedResults.Ok(detail);
        }
        catch (InputException e)
        {
            return TypedResults.ValidationProblem(e.ToDictionary());
        }
        catch (ConcurrencyConflictException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "Changed since you read it", detail: e.Message);
        }
    }

    private static string ETag(EngagementDetail detail) => $"\"{detail.Version}\"";

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

    public static async Task<Results<Ok<EngagementDetail>, NotFound>> Get(long id, AmityDb db, HttpContext http, CancellationToken cancellationToken)
    {
        if (await EngagementQueries.GetAsync(db, id, cancellationToken) is not { } detail)
        {
            return TypedResults.NotFound();
        }
        http.Response.Headers.ETag = ETag(detail);
        return TypedResults.Ok(detail);
    }
}
