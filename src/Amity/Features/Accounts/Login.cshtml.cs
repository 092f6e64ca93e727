using Amity.Storage;
using Amity.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Amity.Features.Accounts;

/// <summary>Sign in with a user name and password; the one page open to everyone.</summary>
[AllowAnonymous]
public sealed class LoginModel(AmityDb db, TimeProvider clock) : FormPage
{
    public string? UserName { get; private set; }

    public string? ReturnUrl { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? userName, string? password, string? returnUrl, CancellationToken cancellationToken)
    {
        var account = await Accounts.SignInAsync(db, userName ?? "", password ?? "", clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (account is null)
        {
            // One message for a wrong name, a wrong password, a locked and a disabled account.
            ModelState.AddModelError("password", $"The user name or password is wrong, or the account is locked ({Domain.Account.FailuresBeforeLockout} failures in a row lock it for {Domain.Account.LockoutPeriod.TotalMinutes:0} minutes).");
            UserName = userName;
            ReturnUrl = returnUrl;
            return Page();
        }
        await HttpContext.SignInAsync(Security.CookieScheme, Accounts.Principal(account, Security.CookieScheme));
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
