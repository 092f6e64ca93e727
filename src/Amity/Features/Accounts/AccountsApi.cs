using System.Security.Claims;
using Amity.Domain;
using Amity.Storage;
using Amity.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amity.Features.Accounts;

public sealed record AccountSummary(string UserName, string Role, bool Cleared, bool Disabled, DateTime? LastSignIn);

public sealed record TokenRequest(string? Name, int Days = 90);

public sealed record TokenIssued(long Id, string Token, string Name, DateTime Expires);

public sealed record TokenSummary(long Id, string Name, string Prefix, DateTime Created, DateTime Expires, DateTime? Revoked, DateTime? LastUsed);

/// <summary>/api/v1/me (one's account and tokens) and /api/v1/accounts (administrators).</summary>
public static class AccountsApi
{
    public static RouteGroupBuilder MapAccountsApi(this RouteGroupBuilder api)
    {
        var own = new RequiresRoleAttribute(Role.Viewer);
        var me = api.MapGroup("/me").WithTags("Accounts").WithMetadata(own);
        me.MapGet("/", Me).WithName("GetMe").WithSummary("Who the request acts as.");
        me.MapGet("/tokens", Tokens).WithName("ListMyTokens").WithSummary("Your API tokens (never the secrets).");
        me.MapPost("/tokens", Issue).WithName("IssueToken").WithSummary("Make an API token; the secret is in this response only.");
        me.MapDelete("/tokens/{id:long}", Revoke).WithName("RevokeToken").WithSummary("Revoke one of your tokens.");
        api.MapGet("/accounts", List).WithTags("Accounts").WithName("ListAccounts").WithSummary("Every account (administrators).")
            .WithMetadata(new RequiresRoleAttribute(Role.Administrator));
        return api;
    }

    private static async Task<Account> MeAsync(AmityDb db, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await Accounts.FindAsync(db, user.Identity?.Name ?? "", cancellationToken);

    public static async Task<Ok<AccountSummary>> Me(AmityDb db, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Ok(Summary(await MeAsync(db, user, cancellationToken)));

    public static async Task<Ok<List<TokenSummary>>> Tokens(AmityDb db, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Ok((await MeAsync(db, user, cancellationToken)).Tokens
            .Select(t => new TokenSummary(t.Id, t.Name, t.Prefix, t.Created, t.Expires, t.Revoked, t.LastUsed)).ToList());

    public static async Task<Results<Created<TokenIssued>, ValidationProblem>> Issue(TokenRequest body, AmityDb db, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        try
        {
            var issued = await Accounts.IssueTokenAsync(db, await MeAsync(db, user, cancellationToken), body.Name ?? "", clock.GetUtcNow().UtcDateTime, body.Days, cancellationToken);
            return TypedResults.Created($"/api/v1/me/tokens/{issued.Token.Id}", new TokenIssued(issued.Token.Id, issued.Secret, issued.Token.Name, issued.Token.Expires));
        }
        catch (DomainException e)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [e.Field] = [e.Message] });
        }
    }

    public static async Task<Results<NoContent, NotFound>> Revoke(long id, AmityDb db, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var account = await MeAsync(db, user, cancellationToken);
        if (account.Tokens.All(t => t.Id != id))
        {
            return TypedResults.NotFound();
        }
        await Accounts.RevokeTokenAsync(db, account, id, clock.GetUtcNow().UtcDateTime, cancellationToken);
        TokenAuthentication.Forget();
        return TypedResults.NoContent();
    }

    public static async Task<Ok<List<AccountSummary>>> List(AmityDb db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.Accounts.AsNoTracking().OrderBy(a => a.UserName).ToListAsync(cancellationToken)).Select(Summary).ToList());

    private static AccountSummary Summary(Account a) => new(a.UserName, Codes.Of(a.Role), a.Cleared, a.Disabled, a.LastSignIn);
}
