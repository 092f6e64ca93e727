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
            .WithSummary("Uploads a readout (multipart field 'file', text or HTML; optional 'published' YYYY-MM-DD): stored as a source, its engagements extracted and queued for review. A rerun changes nothing.")
            // An API call carries no page's anti-forgery token; accounts and their checks come with issue 5.
            .DisableAntiforgery();
        return api;
    }

    public static async Task<Ok<IReadOnlyList<ReadoutSummary>>> Recent(AmityDb db, CancellationToken cancellationToken, int count = 50) =>
        TypedResults.Ok(await Readouts.RecentAsync(db, Math.Clamp(count, 1, 500), cancellationToken));

    public static async Task<Results<Ok<IngestResult>, ValidationProblem>> Upload(
        IFormFile? file, [FromForm] string? published, AmityDb db, CancellationToken cancellationToken)
    {
        try
        {
            return TypedResults.Ok((await Readouts.UploadAsync(db, file, published, cancellationToken)).Result);
        }
        catch (InputException e)
        {
            return TypedResults.ValidationProblem(e.ToDictionary());
        }
    }
}
