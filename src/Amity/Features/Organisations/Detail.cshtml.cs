using Amity.Features.History;
using Amity.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Amity.Features.Organisations;

public sealed class DetailModel(AmityDb db, TimeProvider clock) : FormPage
{
    public IReadOnlyList<HistoryItem> History { get; private set; } = [];

    public OrganisationDetail Detail { get; private set; } = null!;

    public MergeForm Merge { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostMergeAsync(long id, long? into, CancellationToken cancellationToken)
    {
        try
        {
            if (into is not { } keep)
            {
                throw InputException.Of("into", "choose the organisation to keep");
            }
            return await RegistryMerge.OrganisationsAsync(db, id, keep, cancellationToken) ? Redirect($"/organisations/{keep}") : NotFound();
        }
        catch (InputException e)
        {
            Show(e);
            db.ChangeTracker.Clear();
            return await LoadAsync(id, cancellationToken);
        }
    }

    private async Task<IActionResult> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await OrganisationQueries.GetAsync(db, id, clock.Today(), cancellationToken) is not { } detail)
        {
            return NotFound();
        }
        Detail = detail;
        History = await RecordHistory.OfAsync(db, nameof(Domain.Organisation), id, cancellationToken);
        var others = (await RegistryOptions.OrganisationsAsync(db, cancellationToken)).Where(o => o.Id != id).ToList();
        Merge = new MergeForm($"{detail.Organisation.Name} is a duplicate of (its records, members and names move there)", others, ErrorFor("into"));
        return Page();
    }
}
