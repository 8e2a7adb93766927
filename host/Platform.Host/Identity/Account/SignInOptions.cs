namespace Platform.Host.Identity.Account;

/// <summary>
/// Settings of interactive sign-in and of the user-facing OpenID Connect flows, bound from <c>Platform:Identity</c>
/// (the password and lockout rules are bound from <c>Platform:Identity:Password</c> and
/// <c>Platform:Identity:Lockout</c> straight onto ASP.NET Core Identity's own options).
/// </summary>
public sealed class SignInOptions
{
    public const string Section = PlatformIdentityOptions.Section;

    /// <summary>How long the sign-in cookie lives without use (sliding).</summary>
    public TimeSpan CookieLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// How often a signed-in browser's session is checked against the user's security stamp and active flag.
    /// A deactivated user, or one whose password was reset, loses their session at most this long afterwards.
    /// </summary>
    public TimeSpan SecurityStampValidationInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a refresh token is valid (each refresh issues a new one and retires the old).</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>
    /// How long a refresh token that was already used can be presented again (for clients that refresh concurrently).
    /// Zero means never: a second use is taken as theft and revokes every token of that authorization.
    /// </summary>
    public TimeSpan RefreshTokenReuseLeeway { get; set; } = TimeSpan.Zero;

    /// <summary>How long an authorization code can be exchanged for tokens.</summary>
    public TimeSpan AuthorizationCodeLifetime { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Request rates for the sign-in form and the token endpoint.</summary>
    public SignInRateLimitOptions RateLimits { get; set; } = new();
}

/// <summary>Fixed-window request limits; a request over the limit gets 429 with <c>Retry-After</c>.</summary>
public sealed class SignInRateLimitOptions
{
    /// <summary>Whether the limits apply at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The window the limits count in.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Sign-in form posts (password and two-factor) per client IP address per window.</summary>
    public int SignInPerAddress { get; set; } = 30;

    /// <summary>Password sign-in attempts per user name per window, from any address.</summary>
    public int SignInPerUserName { get; set; } = 10;

    /// <summary>Token endpoint requests per client IP address per window.</summary>
    public int TokenPerAddress { get; set; } = 300;
}
