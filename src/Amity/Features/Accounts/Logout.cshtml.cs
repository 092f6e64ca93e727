using Amity.Domain;
using Amity.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Amity.Features.Accounts;

/// <summary>Signs out (a form post, so another site cannot sign you out with a link).</summary>
[RequiresRole(Role.Viewer)]
public sealed class LogoutModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(Security.CookieScheme);
        return Redirect("/login");
    }
}
