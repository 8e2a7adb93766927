namespace Platform.Host.Kernel.Http;

/// <summary>Response hardening, bound from <c>Platform:Security</c>.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Platform:Security";

    /// <summary>
    /// The policy sent with every response. The default allows the platform's own scripts, styles (inline styles
    /// too: Swagger UI and server-rendered pages set them), images (also <c>data:</c>) and connections only, and
    /// forbids framing. <c>form-action</c> is left out on purpose: browsers apply it to the redirect that follows
    /// the consent form, which would block sending the user back to an OAuth client.
    /// </summary>
    public string ContentSecurityPolicy { get; set; } =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    /// <summary>Redirect plain HTTP to HTTPS; when not set, on everywhere but in Development.</summary>
    public bool? HttpsRedirection { get; set; }

    /// <summary>Send Strict-Transport-Security on HTTPS responses; when not set, on everywhere but in Development.</summary>
    public bool? Hsts { get; set; }

    /// <summary>How long browsers remember to use HTTPS only.</summary>
    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Whether HSTS covers subdomains too.</summary>
    public bool HstsIncludeSubDomains { get; set; }
}
