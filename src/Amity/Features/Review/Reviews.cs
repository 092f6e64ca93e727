using Amity.Domain;
using Amity.Features.Engagements;
using Amity.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amity.Features.Review;

public sealed record ReviewDecision(string Decision);

public sealed record BulkAccept(double MinConfidence);

public sealed record BulkResult(int Accepted);

/// <summary>Extracted records awaiting a person's decision: accept (verified) or reject.</summary>
public static class Reviews
{
    public const string Accept = "accept";
    public const string Reject = "reject";

    /// <summary>Oldest first, so the queue is worked through in the order readouts arrived.</summary>
    public static Task<PageOf<EngagementSummary>> PendingAsync(AmityDb db, int page, int pageSize, CancellationToken cancellationToken) =>
        EngagementQueries.ListAsync(db, new EngagementFilter { Verification = Codes.Of(Verification.Extracted), Sort = "date", Page = page, PageSize = pageSize }, cancellationToken);

    /// <summary>Applies a decision; false when the record does not exist or was already decided.</summary>
    public static async Task<bool> DecideAsync(AmityDb db, long id, string decision, CancellationToken cancellationToken)
    {
        var verification = decision switch
        {
            Accept => Verification.Verified,
            Reject => Verification.Rejected,
            _ => throw new DomainException("decision", $"'{decision}' is not one of: {Accept}, {Reject}"),
        };
        var engagement = await db.Engagements.FirstOrDefaultAsync(e => e.Id == id && e.Verification == Verification.Extracted, cancellationToken);
        if (engagement is null)
        {
            return false;
        }
        engagement.Verification = verification;
        db.ChangeNote = $"review: {decision}";
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Accepts every pending record at or above a confidence.</summary>
    public static async Task<int> AcceptAboveAsync(AmityDb db, double minConfidence, CancellationToken cancellationToken)
    {
        if (minConfidence is < 0 or > 1)
        {
            throw new DomainException("minConfidence", "the confidence threshold must be between 0 and 1");
        }
        // Loaded and saved rather than updated in place, so each acceptance is in the audit trail.
        var pending = await db.Engagements
            .Where(e => e.Verification == Verification.Extracted && e.Confidence >= minConfidence)
            .ToListAsync(cancellationToken);
        foreach (var engagement in pending)
        {
            engagement.Verification = Verification.Verified;
        }
        db.ChangeNote = $"review: bulk accept at confidence {minConfidence:0.##} or more";
        await db.SaveChangesAsync(cancellationToken);
        return pending.Count;
    }
}

public static class ReviewApi
{
    public static RouteGroupBuilder MapReviewApi(this RouteGroupBuilder api)
    {
        // Reading the queue is open to every role; deciding needs a reviewer.
        var group = api.MapGroup("/review").WithTags("Review");
        group.MapGet("/", Pending).WithName("ListPendingReview").WithSummary("Extracted records awaiting review, oldest first.");
        group.MapPost("/{id:long}", Decide).WithName("ReviewEngagement").WithSummary("Accept or reject one extracted record.")
            .WithMetadata(new Web.RequiresRoleAttribute(Domain.Role.Reviewer));
        group.MapPost("/accept-above", AcceptAbove).WithName("BulkAccept").WithSummary("Accept every pending record at or above a confidence.")
            .WithMetadata(new Web.RequiresRoleAttribute(Domain.Role.Reviewer));
        return api;
    }

    public static async Task<Ok<PageOf<EngagementSummary>>> Pending(AmityDb db, CancellationToken cancellationToken, int page = 1, int pageSize = 50) =>
        TypedResults.Ok(await Reviews.PendingAsync(db, Math.Max(1, page), Math.Clamp(pageSize, 1, EngagementFilter.MaxPageSize), cancellationToken));

    public static async Task<Results<NoContent, NotFound, ValidationProblem>> Decide(long id, ReviewDecision body, AmityDb db, CancellationToken cancellationToken)
    {
        if (body.Decision is not (Reviews.Accept or Reviews.Reject))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["decision"] = [$"decision is '{Reviews.Accept}' or '{Reviews.Reject}'"] });
        }
        return await Reviews.DecideAsync(db, id, body.Decision, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    public static async Task<Results<Ok<BulkResult>, ValidationProblem>> AcceptAbove(BulkAccept body, AmityDb db, CancellationToken cancellationToken)
    {
        if (body.MinConfidence is < 0 or > 1)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["minConfidence"] = ["minConfidence is between 0 and 1"] });
        }
        return TypedResults.Ok(new BulkResult(await Reviews.AcceptAboveAsync(db, body.MinConfidence, cancellationToken)));
    }
}
