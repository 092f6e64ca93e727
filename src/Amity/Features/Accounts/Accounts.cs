using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Amity.Domain;
using Amity.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Amity.Features.Accounts;

/// <summary>A token as made: the secret itself, shown once and never stored, and the stored row.</summary>
public sealed record IssuedToken(string Secret, ApiToken Token);

/// <summary>
/// Accounts, sign-in and personal API tokens, the same from the pages, the API and `amity users`. Passwords are
/// hashed with ASP.NET Core's password hasher (PBKDF2); tokens are random and kept as SHA-256 hashes.
/// </summary>
public static class Accounts
{
    /// <summary>Every token starts with this, so a leaked one is recognisable (and findable by secret scanners).</summary>
    public const string TokenPrefix = "amity_";

    public const string StampClaim = "amity:stamp";
    public const string ClearedClaim = "amity:cleared";

    private static readonly PasswordHasher<Account> Hasher = new();

    public static string HashPassword(string password)
    {
        Account.CheckPassword(password);
        return Hasher.HashPassword(null!, password);
    }

    /// <summary>A readable random password for accounts made without one (printed once).</summary>
    public static string NewPassword()
    {
        const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Create(20, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
            }
        });
    }

    public static async Task<Account> AddAsync(AmityDb db, string userName, Role role, string password, DateTime now, string? displayName = null, bool cleared = false, CancellationToken cancellationToken = default)
    {
        var account = Account.Create(userName, role, HashPassword(password), now, displayName, cleared);
        if (await db.Accounts.AnyAsync(a => a.UserName == account.UserName, cancellationToken))
        {
            throw new DomainException("userName", $"there is already an account '{account.UserName}'");
        }
        db.Accounts.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        return account;
    }

    public static async Task<Account> FindAsync(AmityDb db, string userName, CancellationToken cancellationToken = default)
    {
        var name = Account.NormaliseUserName(userName);
        return await db.Accounts.Include(a => a.Tokens).SingleOrDefaultAsync(a => a.UserName == name, cancellationToken)
            ?? throw new DomainException("userName", $"there is no account '{name}'");
    }

    /// <summary>
    /// The account when the password is right and it may sign in; every failure says the same, so the answer
    /// does not tell which names exist. Failures count towards the lockout; a success clears the count.
    /// </summary>
    public static async Task<Account?> SignInAsync(AmityDb db, string userName, string password, DateTime now, CancellationToken cancellationToken = default)
    {
        var name = (userName ?? "").Trim().ToLowerInvariant();
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.UserName == name, cancellationToken);
        if (account is null)
        {
            // The same work as a real check, so timing does not tell either.
            Hasher.VerifyHashedPassword(null!, DummyHash, password ?? "");
            return null;
        }
        if (account.Disabled || account.IsLocked(now))
        {
            return null;
        }
        var verdict = Hasher.VerifyHashedPassword(account, account.PasswordHash, password ?? "");
        if (verdict == PasswordVerificationResult.Failed)
        {
            account.FailedSignIn(now);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.SetPassword(Hasher.HashPassword(account, password!));
        }
        account.SignedIn(now);
        await db.SaveChangesAsync(cancellationToken);
        return account;
    }

    private static readonly string DummyHash = Hasher.HashPassword(null!, NewPassword());

    public static async Task<IssuedToken> IssueTokenAsync(AmityDb db, Account account, string name, DateTime now, int days, CancellationToken cancellationToken = default)
    {
        if (days is < 1 or > 366)
        {
            throw new DomainException("days", "a token lives from 1 to 366 days");
        }
        var secret = TokenPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var token = account.AddToken(name, HashToken(secret), secret[..(TokenPrefix.Length + 6)], now, now.AddDays(days));
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedToken(secret, token);
    }

    public static async Task RevokeTokenAsync(AmityDb db, Account account, long tokenId, DateTime now, CancellationToken cancellationToken = default)
    {
        var token = account.Tokens.SingleOrDefault(t => t.Id == tokenId)
            ?? throw new DomainException("token", $"{account.UserName} has no token {tokenId}");
        token.Revoke(now);
        await db.SaveChangesAsync(cancellationToken);
    }

    public static async Task ChangePasswordAsync(AmityDb db, Account account, string current, string replacement, CancellationToken cancellationToken = default)
    {
        if (Hasher.VerifyHashedPassword(account, account.PasswordHash, current ?? "") == PasswordVerificationResult.Failed)
        {
            throw new DomainException("current", "the current password is wrong");
        }
        account.SetPassword(HashPassword(replacement));
        await db.SaveChangesAsync(cancellationToken);
    }

    public static void ResetPassword(Account account, string password) => account.SetPassword(HashPassword(password));

    public static string HashToken(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Who a request acts as: name, role, clearance and the stamp that ends the session when it changes.</summary>
    public static ClaimsPrincipal Principal(Account account, string scheme) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, account.UserName),
            new Claim(ClaimTypes.Role, account.Role.ToString()),
            new Claim(ClearedClaim, account.Cleared ? "true" : "false"),
            new Claim(StampClaim, account.SecurityStamp),
        ], scheme, ClaimTypes.Name, ClaimTypes.Role));

    /// <summary>The role a signed-in principal holds (none for anonymous requests).</summary>
    public static Role? RoleOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && Enum.TryParse<Role>(user.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;

    /// <summary>Whether a signed-in principal may see restricted records.</summary>
    public static bool IsCleared(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.FindFirstValue(ClearedClaim) == "true";

    public static bool Has(ClaimsPrincipal user, Role needed) => RoleOf(user) is { } role && role >= needed;

}
