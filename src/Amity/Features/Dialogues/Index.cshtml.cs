using Amity.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Amity.Features.Dialogues;

public sealed class IndexModel(AmityDb db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<DialogueSummary> Dialogues { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Dialogues = await DialogueQueries.ListAsync(db, clock.Today(), cancellationToken);
}
