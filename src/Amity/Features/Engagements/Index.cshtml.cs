using Amity.Features.Countries;
using Amity.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Amity.Features.Engagements;

public sealed class IndexModel(AmityDb db) : PageModel
{
    public EngagementFilter Filter { get; private set; } = new();
    public PageOf<EngagementSummary> Result { get; private set; } = new([], 0, 1, 50);
    public IReadOnlyList<CountrySummary> Countries { get; private set; } = [];
    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public int Pages => Math.Max(1, (Result.Total + Result.PageSize - 1) / Result.PageSize);

    public async Task OnGetAsync([FromQuery] EngagementFilter filter, CancellationToken cancellationToken)
    {
        Filter = filter;
        Countries = await CountryQueries.ListAsync(db, activeOnly: true, cancellationToken);
        Errors = filter.Validate();
        if (!ModelState.IsValid)
        {
            foreach (var (key, entry) in ModelState.Where(m => m.Value?.Errors.Count > 0))
            {
                Errors[key] = entry!.Errors.Select(e => string.IsNullOrEmpty(e.ErrorMessage) ? "is not valid" : e.ErrorMessage).ToArray();
            }
        }
        if (Errors.Count == 0)
        {
            Result = await EngagementQueries.ListAsync(db, filter, cancellationToken);
        }
    }
}
