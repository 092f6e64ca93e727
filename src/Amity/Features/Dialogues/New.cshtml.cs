using Amity.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Amity.Features.Dialogues;

/// <summary>The form that sets up a mechanism: the same <see cref="DialogueQueries.CreateAsync"/> as POST /api/v1/dialogues.</summary>
public sealed class NewModel(AmityDb db) : FormPage
{
    public DialogueInput Input { get; private set; } = new() { Track = "1", CadenceMonths = 12 };

    public IReadOnlyList<RegistryOption> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Organisations = await RegistryOptions.OrganisationsAsync(db, cancellationToken);

    public async Task<IActionResult> OnPostAsync([FromForm] DialogueInput input, CancellationToken cancellationToken)
    {
        Input = input;
        if (ModelState.IsValid)
        {
            try
            {
                return Redirect($"/dialogues/{await DialogueQueries.CreateAsync(db, input, cancellationToken)}");
            }
            catch (InputException e)
            {
                Show(e);
            }
        }
        Organisations = await RegistryOptions.OrganisationsAsync(db, cancellationToken);
        return Page();
    }
}
