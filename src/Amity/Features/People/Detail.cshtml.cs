using Amity.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Amity.Features.People;

public sealed class DetailModel(AmityDb db, TimeProvider clock) : PageModel
{
    public PersonDetail Detail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await PersonQueries.GetAsync(db, id, clock, cancellationToken) is not { } detail)
        {
            return NotFound();
        }
        Detail = detail;
        return Page();
    }
}
