using Amity.Features.Engagements;
using Amity.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amity.Features.Network;

public static class NetworkApi
{
    public static RouteGroupBuilder MapNetworkApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/network").WithTags("Network");
        group.MapGet("/", Graph).WithName("Network")
            .WithSummary($"Who has met whom among the engagements the filters select (as for /engagements): people and organisations, the {NetworkQueries.MaxEdges} strongest ties.");
        group.MapGet("/path", Path).WithName("NetworkPath")
            .WithSummary("The shortest chain of past engagements linking two nodes (\"o5\" an organisation, \"p12\" a person): who can introduce us.");
        return api;
    }

    public static async Task<Results<Ok<NetworkGraph>, ValidationProblem>> Graph([AsParameters] EngagementFilter filter, AmityDb db, CancellationToken cancellationToken)
    {
        var errors = filter.Validate();
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(await NetworkQueries.GraphAsync(db, filter, cancellationToken));
    }

    public static async Task<Results<Ok<IReadOnlyList<PathStep>>, ValidationProblem>> Path(string? from, string? to, AmityDb db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (name, value) in new[] { ("from", from), ("to", to) })
        {
            if (!NetworkQueries.IsNodeId(value))
            {
                errors[name] = [$"'{value}' is not a node: write o and an organisation's id, or p and a person's id"];
            }
        }
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(await NetworkQueries.PathAsync(db, from!, to!, cancellationToken));
    }
}
