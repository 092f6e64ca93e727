using Amity.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Amity.Features.Readouts;

public static class ReadoutsApi
{
    public static RouteGroupBuilder MapReadoutsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/readouts").WithTags("Readouts");
        group.MapGet("/", Recent).WithName("ListReadouts").WithSummary("Stored readouts, newest first, with their records and how many await review.");
        group.MapPost("/", Upload).WithName("UploadReadout")
            .WithSummary("Uploads a readout (multipart field 'file', text or HTML; optional 'published' YYYY-MM-DD; 'restricted' true to store it restricted): stored as a source, its engagements extracted and queued for review. A rerun changes nothing.")
            // API clients send a token, which another site cannot; the session cookie is SameSite=Strict, so a form
            // posted from another site arrives without it.
            .DisableAntiforgery();
        group.MapPut("/{id:long}/restricted", Restrict).WithName("RestrictReadout")
            .WithSummary("Marks a readout restricted or lifts the mark ({\"restricted\": true}); restricting it restricts the records known only from restricted readouts. Needs clearance.");
        return api;
    }

    public static async Task<Ok<IReadOnlyList<ReadoutSummary>>> Recent(AmityDb db, CancellationToken cancellationToken, int count = 50) =>
        TypedResults.Ok(await Readouts.RecentAsync(db, Math.Clamp(count, 1, 500), cancellationToken));

    public static async Task<Results<Ok<IngestResult>, ValidationProblem>> Upload(
        IFormFile? file, [FromForm] string? published, [FromForm] bool? restricted, AmityDb db, CancellationToken cancellationToken)
    {
        try
        {
            return TypedResults.Ok((await Readouts.UploadAsync(db, file, published, restricted ?? false, cancellationToken)).Result);
        }
        catch (InputException e)
        {
            return TypedResults.ValidationProblem(e.ToDictionary());
        }
    }

    public static Task<IResult> Restrict(long id, RestrictionInput input, AmityDb db, CancellationToken cancellationToken) =>
        RestrictionApi.SetAsync(db, "readout", id, () => Restrictions.SetDocumentAsync(db, id, input.Restricted, cancellationToken));
}
