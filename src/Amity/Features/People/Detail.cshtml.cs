using Amity.Features.History;
using Amity.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Amity.Features.People;

public sealed class DetailModel(AmityDb db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<HistoryItem> History { get; private set; } = [];

    public PersonDetail Detail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await PersonQueries.GetAsync(db, id, clock, cancellationToken) is not { } detail)
        {
            return NotFound();
        }
        Detail = detail;
        History = await RecordHistory.OfAsync(db, nameof(Domain.Person), id, cancellationToken);
        return Page();
    }
}
