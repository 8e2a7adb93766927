namespace Platform.Host.Identity;

/// <summary>Settings of the OpenID Connect server, bound from <c>Platform:Identity</c>.</summary>
public sealed class PlatformIdentityOptions
{
    public const string Section = "Platform:Identity";

    /// <summary>
    /// Whether the token and discovery endpoints refuse plain HTTP. Turn it off only for local development, tests,
    /// or behind a proxy that terminates TLS and forwards the original scheme.
    /// </summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>
    /// How long an access token is valid. Short, because bearer validation does not look tokens up (no database
    /// call per request): a revoked access token stays usable until it expires.
    /// </summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);
}
