using Amity.Features.Dashboard;
using Amity.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Amity.Features;

/// <summary>The home page is the dashboard of a year.</summary>
public sealed class HomeModel(AmityDb db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public DashboardView Dashboard { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Dashboard = await DashboardQueries.GetAsync(db, Year is < 1900 or > 2200 ? null : Year, clock, cancellationToken);
}
