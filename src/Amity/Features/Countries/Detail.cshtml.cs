using Amity.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Amity.Features.Countries;

public sealed class DetailModel(AmityDb db, TimeProvider clock) : PageModel
{
    public CountryDetail Country { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await CountryQueries.GetAsync(db, code, clock, cancellationToken) is not { } country)
        {
            return NotFound();
        }
        Country = country;
        return Page();
    }
}
