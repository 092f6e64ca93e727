using Amity.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Amity.Features.Countries;

public sealed class IndexModel(AmityDb db) : PageModel
{
    public IReadOnlyList<CountrySummary> Countries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Countries = await CountryQueries.ListAsync(db, activeOnly: false, cancellationToken);
}
