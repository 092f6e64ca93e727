using Amity.Features.History;
using Amity.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Amity.Features.Organisations;

public sealed class DetailModel(AmityDb db) : PageModel
{
    public IReadOnlyList<HistoryItem> History { get; private set; } = [];

    public OrganisationDetail Detail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await OrganisationQueries.GetAsync(db, id, cancellationToken) is not { } detail)
        {
            return NotFound();
        }
        Detail = detail;
        History = await RecordHistory.OfAsync(db, nameof(Domain.Organisation), id, cancellationToken);
        return Page();
    }
}
