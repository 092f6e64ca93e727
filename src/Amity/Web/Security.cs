using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Threading.RateLimiting;
using Amity.Domain;
using Amity.Features.Accounts;
using Amity.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amity.Web;

/// <summary>The role an endpoint or page needs instead of the default (viewer to read, editor to write).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class RequiresRoleAttribute(Role role) : Attribute
{
    public Role Role { get; } = role;

    /// <summary>Reading stays open to viewers; only the page's forms need the role.</summary>
    public bool WritesOnly { get; init; }
}

/// <summary>
/// Who may do what. Every request needs a signed-in user (a session cookie from /login, or a personal API token
/// as "Authorization: Bearer amity_..."), except the sign-in page, the health check and static assets. Reading
/// needs the viewer role; every other method needs editor, or the role an endpoint names with
/// <see cref="RequiresRoleAttribute"/>. The check is one middleware over all endpoints, so no write can miss it.
/// </summary>
public static class Security
{
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string TokenScheme = "token";
    private const string SelectScheme = "cookie-or-token";

    public static void AddAmitySecurity(this IServiceCollection services)
    {
        services.AddSingleton<AccountStates>();
        services.AddDataProtection().SetApplicationName("Amity").PersistKeysToDbContext<AmityDb>();
        services.AddAuthentication(SelectScheme)
            .AddPolicyScheme(SelectScheme, null, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? TokenScheme : CookieScheme)
            .AddCookie(CookieScheme, o =>
            {
                o.Cookie.Name = "amity.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                // Secure whenever served over HTTPS (behind a TLS proxy too, with forwarded headers).
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/login";
                o.LogoutPath = "/logout";
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = context => ApiOr(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => ApiOr(context, StatusCodes.Status403Forbidden);
                o.Events.OnValidatePrincipal = async context =>
                {
                    var states = context.HttpContext.RequestServices.GetRequiredService<AccountStates>();
                    if (!await states.IsCurrentAsync(context.HttpContext, context.Principal!))
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(CookieScheme);
                    }
                };
            })
            .AddScheme<AuthenticationSchemeOptions, TokenAuthentication>(TokenScheme, null);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "amity.antiforgery";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddOptions<RequestLimits>().BindConfiguration("Amity:Limits");
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<RequestLimits>>().Value;
                var address = context.Connection.RemoteIpAddress?.ToString() ?? "local";
                // Guessing passwords: a few tries a minute from one address, whatever the account.
                if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals("/login", StringComparison.OrdinalIgnoreCase))
                {
                    return RateLimitPartition.GetFixedWindowLimiter("login " + address,
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.SignInsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
                }
                // The API per user: generous for scripts and bulk readers, a bound on a runaway one.
                if (IsApi(context.Request))
                {
                    return RateLimitPartition.GetTokenBucketLimiter("api " + (context.User.Identity?.Name ?? address), _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = limits.ApiBurst,
                        TokensPerPeriod = limits.ApiPerSecond,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                    });
                }
                return RateLimitPartition.GetNoLimiter("");
            });
        });
    }

    /// <summary>Headers on every response, static assets included.</summary>
    public static void UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            // Scripts and styles from Amity itself only: markup that slips into a page cannot run.
            headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
            headers.XFrameOptions = "DENY";
            return next(context);
        });

    public static void UseAmitySecurity(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.Use(async (context, next) =>
        {
            var endpoint = context.GetEndpoint();
            if (endpoint is not null && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null)
            {
                var write = !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method));
                var named = endpoint.Metadata.GetMetadata<RequiresRoleAttribute>();
                var needed = named is not null && (write || !named.WritesOnly) ? named.Role : write ? Role.Editor : Role.Viewer;
                if (!Accounts.Has(context.User, needed))
                {
                    await Forbid(context, needed);
                    return;
                }
            }
            await next(context);
        });
    }

    /// <summary>Refused: a ProblemDetails for the API, a short page for a browser.</summary>
    private static async Task Forbid(HttpContext context, Role needed)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        var detail = $"This needs the {needed.ToString().ToLowerInvariant()} role; you are signed in as {context.User.Identity?.Name} ({Accounts.RoleOf(context.User)?.ToString().ToLowerInvariant()}).";
        if (IsApi(context.Request))
        {
            await context.Response.WriteAsJsonAsync(new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = 403, Title = "Forbidden", Detail = detail },
                (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not allowed · Amity</title><link rel=\"stylesheet\" href=\"/assets/site.css\"></head><body><main id=\"main\"><h1>Not allowed</h1><p>{HtmlEncoder.Default.Encode(detail)}</p><p><a href=\"/\">Back to the dashboard</a></p></main></body></html>");
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/openapi");

    /// <summary>The API answers with the status; a browser is redirected (to sign in, or to be told no).</summary>
    private static Task ApiOr(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsApi(context.Request))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }
}

/// <summary>Request budgets (configuration section Amity:Limits, e.g. Amity__Limits__ApiPerSecond).</summary>
public sealed class RequestLimits
{
    public int SignInsPerMinute { get; set; } = 10;

    /// <summary>Per user; well above what the pages and a bulk reader need.</summary>
    public int ApiPerSecond { get; set; } = 5000;

    public int ApiBurst { get; set; } = 10000;
}

/// <summary>
/// Whether a session's account still is what it was at sign-in (not disabled, same security stamp), read from
/// the database at most every few seconds per account, and at once after a change made through this process.
/// </summary>
public sealed class AccountStates(TimeProvider clock)
{
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<long, (string Stamp, bool Disabled, DateTime Read)> _states = new();

    public void Forget(long accountId) => _states.TryRemove(accountId, out _);

    public async Task<bool> IsCurrentAsync(HttpContext context, ClaimsPrincipal principal)
    {
        if (!long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
        {
            return false;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (!_states.TryGetValue(id, out var state) || now - state.Read > Fresh)
        {
            var db = context.RequestServices.GetRequiredService<AmityDb>();
            var row = await db.Accounts.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.SecurityStamp, a.Disabled }).SingleOrDefaultAsync(context.RequestAborted);
            state = row is null ? ("", true, now) : (row.SecurityStamp, row.Disabled, now);
            _states[id] = state;
        }
        return !state.Disabled && state.Stamp == principal.FindFirstValue(Accounts.StampClaim);
    }
}

/// <summary>"Authorization: Bearer amity_...": a personal API token, acting as its account while valid.</summary>
public sealed class TokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private static readonly ConcurrentDictionary<string, (ClaimsPrincipal? Principal, DateTime Expires, DateTime Read)> Known = new(StringComparer.Ordinal);
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(10);

    /// <summary>Forgets what was read about tokens, after a revocation or an account change in this process.</summary>
    public static void Forget() => Known.Clear();

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        var secret = header.Length > 7 ? header[7..].Trim() : "";
        if (!secret.StartsWith(Accounts.TokenPrefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return AuthenticateResult.Fail("not an Amity API token");
        }
        var hash = Accounts.HashToken(secret);
        var now = clock.GetUtcNow().UtcDateTime;
        if (!Known.TryGetValue(hash, out var known) || now - known.Read > Fresh)
        {
            var db = Context.RequestServices.GetRequiredService<AmityDb>();
            var token = await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Hash == hash, Context.RequestAborted);
            var account = token is null ? null : await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == token.AccountId, Context.RequestAborted);
            var valid = token is not null && account is not null && token.IsValid(now) && !account.Disabled;
            if (valid && (token!.LastUsed is null || now - token.LastUsed > TimeSpan.FromHours(1)))
            {
                // When a token was last used, to the hour: enough to find unused ones without a write per request.
                // Written after the request, on a context of its own: on SQLite a long import holds the write
                // lock, and a read must not wait for it (measured: 18.6 s for one request under bench/load-during-import).
                NoteUse(Context.RequestServices.GetRequiredService<IServiceScopeFactory>(), token.Id, now);
            }
            known = (valid ? Accounts.Principal(account!, Security.TokenScheme) : null, token?.Expires ?? now, now);
            // Only tokens that exist are remembered: random guesses must not grow the cache.
            if (token is not null)
            {
                Known[hash] = known;
            }
        }
        return known.Principal is not null && known.Expires > now
            ? AuthenticateResult.Success(new AuthenticationTicket(known.Principal, Security.TokenScheme))
            : AuthenticateResult.Fail("the token is unknown, expired or revoked, or its account is disabled");
    }

    private static void NoteUse(IServiceScopeFactory scopes, long tokenId, DateTime now) => _ = Task.Run(async () =>
    {
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AmityDb>();
            if (await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId) is { } token)
            {
                token.Used(now);
                await db.SaveChangesAsync();
            }
        }
        catch (Exception e) when (e is System.Data.Common.DbException or DbUpdateException or InvalidOperationException or ObjectDisposedException or IOException)
        {
            // Best effort: a use not noted (the server stopping, the database busy) loses only an hour's mark.
        }
    });

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
