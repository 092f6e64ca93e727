using Amity.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Amity.Features.Calendar;

public sealed class IndexModel(AmityDb db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public string? Error { get; private set; }

    public CalendarMonth Calendar { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var month = CalendarQueries.ParseMonth(Month);
        if (!string.IsNullOrEmpty(Month) && month is null)
        {
            Error = $"'{Month}' is not a month: write it as YYYY-MM.";
        }
        Calendar = await CalendarQueries.MonthAsync(db, month ?? clock.Today(), cancellationToken);
    }
}
