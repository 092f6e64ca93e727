using Amity.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Amity.Features.Delegations;

/// <summary>The plan form: the same <see cref="DelegationQueries.PlanAsync"/> as POST /api/v1/delegations.</summary>
public sealed class PlanModel(AmityDb db) : FormPage
{
    public DelegationInput Input { get; private set; } = new() { Direction = "inbound" };

    public IReadOnlyList<RegistryOption> People { get; private set; } = [];

    public IReadOnlyList<RegistryOption> Organisations { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadOptionsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync([FromForm] DelegationInput input, CancellationToken cancellationToken)
    {
        Input = input;
        if (ModelState.IsValid)
        {
            try
            {
                var id = await DelegationQueries.PlanAsync(db, input, cancellationToken);
                return Redirect($"/delegations/{id}");
            }
            catch (InputException e)
            {
                Show(e);
            }
        }
        await LoadOptionsAsync(cancellationToken);
        return Page();
    }

    private async Task LoadOptionsAsync(CancellationToken cancellationToken)
    {
        People = await RegistryOptions.PeopleAsync(db, cancellationToken);
        Organisations = await RegistryOptions.OrganisationsAsync(db, cancellationToken);
    }
}
