using Amity.Features.History;
using Amity.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Amity.Features.People;

public sealed class DetailModel(AmityDb db, TimeProvider clock) : FormPage
{
    public IReadOnlyList<HistoryItem> History { get; private set; } = [];

    public PersonDetail Detail { get; private set; } = null!;

    public MergeForm Merge { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostMergeAsync(long id, long? into, CancellationToken cancellationToken)
    {
        try
        {
            if (into is not { } keep)
            {
                throw InputException.Of("into", "choose the person to keep");
            }
            return await RegistryMerge.PeopleAsync(db, id, keep, cancellationToken) ? Redirect($"/people/{keep}") : NotFound();
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
        if (await PersonQueries.GetAsync(db, id, clock, cancellationToken) is not { } detail)
        {
            return NotFound();
        }
        Detail = detail;
        History = await RecordHistory.OfAsync(db, nameof(Domain.Person), id, cancellationToken);
        var others = (await RegistryOptions.PeopleAsync(db, cancellationToken)).Where(o => o.Id != id).ToList();
        Merge = new MergeForm($"{detail.Person.Name} is a duplicate of (their records, positions and names move there)", others, ErrorFor("into"));
        return Page();
    }
}
