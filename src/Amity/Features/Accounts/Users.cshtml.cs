using Amity.Domain;
using Amity.Storage;
using Amity.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Amity.Features.Accounts;

/// <summary>Administration: who has an account, with what role and clearance; add, change and disable them.</summary>
[RequiresRole(Role.Administrator)]
public sealed class UsersModel(AmityDb db, TimeProvider clock, AccountStates states) : FormPage
{
    public IReadOnlyList<Account> All { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    /// <summary>The generated password of an account just added: shown this once.</summary>
    public string? NewPassword { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => All = await ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(string? userName, string? role, bool cleared, CancellationToken cancellationToken)
    {
        try
        {
            var password = Accounts.NewPassword();
            var account = await Accounts.AddAsync(db, userName ?? "", Codes.Parse<Role>(role ?? "", "role"), password, clock.GetUtcNow().UtcDateTime, cleared: cleared, cancellationToken: cancellationToken);
            NewPassword = password;
            Message = $"Account {account.UserName} added.";
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(e.Field, e.Message);
        }
        All = await ListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(long id, string? role, bool cleared, bool disabled, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
        {
            return NotFound();
        }
        var newRole = Codes.Parse<Role>(role ?? "", "role");
        if (account.UserName == User.Identity?.Name && (disabled || newRole != Role.Administrator))
        {
            Message = "You cannot disable your own account or take away your own administration; another administrator can.";
            return RedirectToPage();
        }
        account.SetRole(newRole);
        account.SetClearance(cleared);
        if (disabled)
        {
            account.Disable();
        }
        else
        {
            account.Enable();
        }
        await db.SaveChangesAsync(cancellationToken);
        states.Forget(account.Id);
        TokenAuthentication.Forget();
        Message = $"Account {account.UserName} saved.";
        return RedirectToPage();
    }

    private async Task<IReadOnlyList<Account>> ListAsync(CancellationToken cancellationToken) =>
        await db.Accounts.AsNoTracking().OrderBy(a => a.UserName).ToListAsync(cancellationToken);
}
