using System.Security.Claims;
using Amity.Domain;
using Amity.Storage;
using Amity.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace Amity.Features.Accounts;

/// <summary>One's own account: role, password, and personal API tokens (made, shown once, revoked).</summary>
[RequiresRole(Role.Viewer)]
public sealed class AccountModel(AmityDb db, TimeProvider clock, AccountStates states) : FormPage
{
    public Account Me { get; private set; } = null!;

    /// <summary>A token just made: shown this once.</summary>
    public string? NewSecret { get; private set; }

    [TempData]
    public string? Message { get; set; }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Me = await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostTokenAsync(string? name, int days, CancellationToken cancellationToken)
    {
        Me = await LoadAsync(cancellationToken);
        try
        {
            NewSecret = (await Accounts.IssueTokenAsync(db, Me, name ?? "", Now, days, cancellationToken)).Secret;
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(e.Field == "days" ? "days" : "name", e.Message);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(long id, CancellationToken cancellationToken)
    {
        Me = await LoadAsync(cancellationToken);
        await Accounts.RevokeTokenAsync(db, Me, id, Now, cancellationToken);
        TokenAuthentication.Forget();
        Message = "The token is revoked.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPasswordAsync(string? current, string? replacement, CancellationToken cancellationToken)
    {
        Me = await LoadAsync(cancellationToken);
        try
        {
            await Accounts.ChangePasswordAsync(db, Me, current ?? "", replacement ?? "", cancellationToken);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(e.Field == "current" ? "current" : "replacement", e.Message);
            return Page();
        }
        states.Forget(Me.Id);
        // The new stamp ends every other session; this one signs in again with it.
        await HttpContext.SignInAsync(Security.CookieScheme, Accounts.Principal(Me, Security.CookieScheme));
        Message = "Your password is changed; other sessions are signed out.";
        return RedirectToPage();
    }

    private Task<Account> LoadAsync(CancellationToken cancellationToken) =>
        Accounts.FindAsync(db, User.FindFirstValue(ClaimTypes.Name) ?? "", cancellationToken);
}
