using Amity.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Amity.Features.Delegations;

public sealed class IndexModel(AmityDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DelegationFilter Filter { get; set; } = new();

    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public IReadOnlyList<DelegationSummary> Delegations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Errors = Filter.Validate();
        if (Errors.Count == 0)
        {
            Delegations = await DelegationQueries.ListAsync(db, Filter, cancellationToken);
        }
    }
}
