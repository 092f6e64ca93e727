using Amity.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amity.Features.Dialogues;

public static class DialoguesApi
{
    public static RouteGroupBuilder MapDialoguesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/dialogues").WithTags("Dialogues");
        group.MapGet("/", List).WithName("ListDialogues").WithSummary("Dialogue mechanisms (Track 1, 1.5, 2) with cadence, last round, next due; overdue first.");
        group.MapGet("/{id:long}", Get).WithName("GetDialogue").WithSummary("A dialogue mechanism with its partners and numbered rounds.");
        group.MapPost("/", Create).WithName("CreateDialogue").WithSummary("Sets up a dialogue mechanism: name, track, cadence in months, partner organisations.");
        group.MapPost("/{id:long}/rounds", RecordRound).WithName("RecordDialogueRound")
            .WithSummary("Records a round (the next number unless given): held when its date has come, planned when it lies ahead.");
        return api;
    }

    public static async Task<Ok<IReadOnlyList<DialogueSummary>>> List(AmityDb db, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(await DialogueQueries.ListAsync(db, clock.Today(), cancellationToken));

    public static async Task<Results<Ok<DialogueDetail>, NotFound>> Get(long id, AmityDb db, TimeProvider clock, CancellationToken cancellationToken) =>
        await DialogueQueries.GetAsync(db, id, clock.Today(), cancellationToken) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();

    public static async Task<Results<Created<DialogueDetail>, ValidationProblem>> Create(DialogueInput body, AmityDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        try
        {
            var id = await DialogueQueries.CreateAsync(db, body, cancellationToken);
            return TypedResults.Created($"/api/v1/dialogues/{id}", await DialogueQueries.GetAsync(db, id, clock.Today(), cancellationToken));
        }
        catch (InputException e)
        {
            return TypedResults.ValidationProblem(e.ToDictionary());
        }
    }

    public static async Task<Results<Ok<DialogueDetail>, NotFound, ValidationProblem>> RecordRound(
        long id, RoundInput body, AmityDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        try
        {
            if (await DialogueQueries.RecordRoundAsync(db, id, body, clock.Today(), cancellationToken) is null)
            {
                return TypedResults.NotFound();
            }
        }
        catch (InputException e)
        {
            return TypedResults.ValidationProblem(e.ToDictionary());
        }
        return TypedResults.Ok((await DialogueQueries.GetAsync(db, id, clock.Today(), cancellationToken))!);
    }
}
