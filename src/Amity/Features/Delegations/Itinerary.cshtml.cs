using Amity.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Amity.Features.Delegations;

/// <summary>The itinerary on its own, laid out for paper.</summary>
public sealed class ItineraryModel(AmityDb db) : PageModel
{
    public DelegationDetail Delegation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await DelegationQueries.GetAsync(db, id, cancellationToken) is not { } delegation)
        {
            return NotFound();
        }
        Delegation = delegation;
        return Page();
    }
}
