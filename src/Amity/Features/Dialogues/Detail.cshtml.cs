using Amity.Features.History;
using Amity.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Amity.Features.Dialogues;

/// <summary>A mechanism's rounds and the form that records the next one.</summary>
public sealed class DetailModel(AmityDb db, TimeProvider clock) : FormPage
{
    public IReadOnlyList<HistoryItem> History { get; private set; } = [];

    public DialogueDetail Dialogue { get; private set; } = null!;

    public RoundInput Round { get; private set; } = new();

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRoundAsync(long id, [FromForm] RoundInput round, CancellationToken cancellationToken)
    {
        Round = round;
        try
        {
            if (await DialogueQueries.RecordRoundAsync(db, id, round, clock.Today(), cancellationToken) is null)
            {
                return NotFound();
            }
            Message = "Round recorded.";
            return Redirect($"/dialogues/{id}");
        }
        catch (InputException e)
        {
            Show(e);
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await DialogueQueries.GetAsync(db, id, clock.Today(), cancellationToken) is not { } dialogue)
        {
            return false;
        }
        Dialogue = dialogue;
        History = await RecordHistory.OfAsync(db, nameof(Domain.DialogueMechanism), id, cancellationToken);
        return true;
    }
}
