namespace Amity.Domain;

/// <summary>What a user may do; each role includes the ones before it.</summary>
public enum Role
{
    /// <summary>Reads everything they are cleared for.</summary>
    Viewer,

    /// <summary>Also creates, corrects, imports and merges records.</summary>
    Editor,

    /// <summary>Also accepts and rejects extracted records.</summary>
    Reviewer,

    /// <summary>Also manages accounts.</summary>
    Administrator,
}

/// <summary>
/// Someone who signs in. The password is kept only as a hash (the host's hasher makes it); failed sign-ins
/// lock the account for a while; a disabled account cannot sign in or use its tokens. The security stamp
/// changes whenever what a session may do changes (role, password, disabling), ending older sessions.
/// </summary>
public sealed class Account
{
    /// <summary>Failed sign-ins in a row that lock the account.</summary>
    public const int FailuresBeforeLockout = 5;

    public static readonly TimeSpan LockoutPeriod = TimeSpan.FromMinutes(15);

    private Account()
    {
        UserName = PasswordHash = SecurityStamp = "";
    }

    private readonly List<ApiToken> _tokens = [];

    public long Id { get; private set; }

    /// <summary>Unique, compared in lower case.</summary>
    public string UserName { get; private set; }

    public string? DisplayName { get; private set; }
    public Role Role { get; private set; }

    /// <summary>May see records marked restricted.</summary>
    public bool Cleared { get; private set; }

    public bool Disabled { get; private set; }
    public string PasswordHash { get; private set; }
    public string SecurityStamp { get; private set; }
    public int FailedSignIns { get; private set; }
    public DateTime? LockedUntil { get; private set; }
    public DateTime Created { get; private set; }
    public DateTime? LastSignIn { get; private set; }

    public IReadOnlyList<ApiToken> Tokens => _tokens;

    public static Account Create(string userName, Role role, string passwordHash, DateTime now, string? displayName = null, bool cleared = false)
    {
        var name = NormaliseUserName(userName);
        return new Account
        {
            UserName = name,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim(),
            Role = role,
            Cleared = cleared,
            PasswordHash = passwordHash,
            SecurityStamp = NewStamp(),
            Created = now,
        };
    }

    /// <summary>A user name as stored: trimmed, lower case, letters, digits and . _ - @ only.</summary>
    public static string NormaliseUserName(string userName)
    {
        var name = (userName ?? "").Trim().ToLowerInvariant();
        if (name.Length is < 2 or > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '@'))
        {
            throw new DomainException("userName", $"'{userName}' is not a user name: 2 to 64 letters, digits, '.', '_', '-' or '@'");
        }
        return name;
    }

    /// <summary>Passwords of at least 10 characters; the length is what makes them hard to guess.</summary>
    public static void CheckPassword(string password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < 10)
        {
            throw new DomainException("password", "a password needs at least 10 characters");
        }
        if (password.Length > 256)
        {
            throw new DomainException("password", "a password may have at most 256 characters");
        }
    }

    public bool IsLocked(DateTime now) => LockedUntil is { } until && until > now;

    public void SignedIn(DateTime now)
    {
        FailedSignIns = 0;
        LockedUntil = null;
        LastSignIn = now;
    }

    /// <summary>Counts a failed sign-in; the fifth in a row locks the account for the lockout period.</summary>
    public void FailedSignIn(DateTime now)
    {
        FailedSignIns++;
        if (FailedSignIns >= FailuresBeforeLockout)
        {
            LockedUntil = now + LockoutPeriod;
            FailedSignIns = 0;
        }
    }

    public void SetRole(Role role)
    {
        if (role != Role)
        {
            Role = role;
            SecurityStamp = NewStamp();
        }
    }

    public void SetClearance(bool cleared)
    {
        if (cleared != Cleared)
        {
            Cleared = cleared;
            SecurityStamp = NewStamp();
        }
    }

    public void SetPassword(string passwordHash)
    {
        PasswordHash = passwordHash;
        SecurityStamp = NewStamp();
        LockedUntil = null;
        FailedSignIns = 0;
    }

    public void Disable()
    {
        Disabled = true;
        SecurityStamp = NewStamp();
    }

    public void Enable() => Disabled = false;

    public ApiToken AddToken(string name, string hash, string prefix, DateTime now, DateTime expires)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("name", "name the token, to know later what uses it");
        }
        if (expires <= now)
        {
            throw new DomainException("expires", "a token's expiry must be in the future");
        }
        if (expires > now.AddYears(1).AddDays(1))
        {
            throw new DomainException("expires", "a token may live at most a year");
        }
        var token = new ApiToken(name.Trim(), hash, prefix, now, expires);
        _tokens.Add(token);
        return token;
    }

    private static string NewStamp() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
}

/// <summary>
/// A personal API token: only its SHA-256 hash is kept (the token itself is shown once, when made); it
/// acts as its account, until it expires or is revoked.
/// </summary>
public sealed class ApiToken
{
    private ApiToken()
    {
        Name = Hash = Prefix = "";
    }

    internal ApiToken(string name, string hash, string prefix, DateTime created, DateTime expires)
    {
        Name = name;
        Hash = hash;
        Prefix = prefix;
        Created = created;
        Expires = expires;
    }

    public long Id { get; private set; }
    public long AccountId { get; private set; }
    public string Name { get; private set; }

    /// <summary>Hex SHA-256 of the whole token.</summary>
    public string Hash { get; private set; }

    /// <summary>The token's first characters, to tell tokens apart in a list.</summary>
    public string Prefix { get; private set; }

    public DateTime Created { get; private set; }
    public DateTime Expires { get; private set; }
    public DateTime? Revoked { get; private set; }
    public DateTime? LastUsed { get; private set; }

    public bool IsValid(DateTime now) => Revoked is null && Expires > now;

    public void Revoke(DateTime now) => Revoked ??= now;

    public void Used(DateTime now) => LastUsed = now;
}
