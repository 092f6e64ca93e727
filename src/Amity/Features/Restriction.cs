using Amity.Storage;

namespace Amity.Features;

/// <summary>The body of PUT .../{id}/restricted.</summary>
public sealed record RestrictionInput(bool Restricted);

/// <summary>What the restriction form of a record page shows: the mark, and whether the reader may change it.</summary>
public sealed record RestrictionView(bool Restricted, bool Cleared, string What);

/// <summary>The restriction endpoints of engagements, delegations and readouts share their answers.</summary>
public static class RestrictionApi
{
    /// <summary>403 for an account without clearance, 404 for no such record (or one it cannot see), else 204.</summary>
    public static async Task<IResult> SetAsync(AmityDb db, string record, long id, Func<Task<bool>> set)
    {
        if (!db.SeesRestricted)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                detail: "Only accounts cleared for restricted records can restrict a record or lift a restriction.");
        }
        return await set() ? TypedResults.NoContent() : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no {record} {id}.");
    }
}
