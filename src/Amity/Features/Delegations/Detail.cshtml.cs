using Amity.Features.History;
using Amity.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Amity.Features.Delegations;

/// <summary>A delegation with its programme, and the forms that add members and items and move its status.</summary>
public sealed class DetailModel(AmityDb db) : FormPage
{
    public IReadOnlyList<HistoryItem> History { get; private set; } = [];

    public DelegationDetail Delegation { get; private set; } = null!;

    public IReadOnlyList<RegistryOption> People { get; private set; } = [];

    public ItineraryInput Item { get; private set; } = new();

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostMemberAsync(long id, long? personId, CancellationToken cancellationToken) =>
        ChangeAsync(id, () => personId is { } person
            ? DelegationQueries.AddMemberAsync(db, id, person, cancellationToken)
            : throw InputException.Of("personId", "choose a person"), "Member added.", cancellationToken);

    public Task<IActionResult> OnPostItemAsync(long id, [FromForm] ItineraryInput item, CancellationToken cancellationToken)
    {
        Item = item;
        return ChangeAsync(id, async () => await DelegationQueries.AddItemAsync(db, id, item, cancellationToken) is not null, "Programme item added.", cancellationToken);
    }

    public Task<IActionResult> OnPostStatusAsync(long id, string? status, string? from, CancellationToken cancellationToken) =>
        ChangeAsync(id, () => DelegationQueries.SetStatusAsync(db, id, status, cancellationToken, from), $"The delegation is now {Format.Label(status)}.", cancellationToken);

    public Task<IActionResult> OnPostRestrictAsync(long id, bool restricted, CancellationToken cancellationToken) =>
        db.SeesRestricted
            ? ChangeAsync(id, () => Restrictions.SetDelegationAsync(db, id, restricted, cancellationToken),
                restricted ? "The delegation and its programme are restricted." : "The delegation is no longer restricted.", cancellationToken)
            : Task.FromResult<IActionResult>(Forbid());

    public RestrictionView Restriction => new(Delegation.Delegation.Restricted, db.SeesRestricted, "delegation");

    // A change redirects back with a message; its problems show next to the fields of the form that sent it.
    private async Task<IActionResult> ChangeAsync(long id, Func<Task<bool>> change, string done, CancellationToken cancellationToken)
    {
        try
        {
            if (!await change())
            {
                return NotFound();
            }
            Message = done;
            return Redirect($"/delegations/{id}");
        }
        catch (InputException e)
        {
            Show(e);
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await DelegationQueries.GetAsync(db, id, cancellationToken) is not { } delegation)
        {
            return false;
        }
        Delegation = delegation;
        History = await RecordHistory.OfAsync(db, nameof(Domain.Delegation), id, cancellationToken);
        People = await RegistryOptions.PeopleAsync(db, cancellationToken);
        return true;
    }
}
