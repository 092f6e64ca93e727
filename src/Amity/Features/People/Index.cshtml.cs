using Amity.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Amity.Features.People;

public sealed class IndexModel(AmityDb db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<PersonSummary> People { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        People = await PersonQueries.ListAsync(db, Q, null, clock, cancellationToken);
}
