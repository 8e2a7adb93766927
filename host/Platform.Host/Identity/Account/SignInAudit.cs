using Platform.Host.Kernel.Audit;
using Platform.Sdk.Execution;

namespace Platform.Host.Identity.Account;

/// <summary>
/// What sign-in records in the audit trail, always with the user as the actor. Details name a reason category
/// and the client address, never a password, code or token.
/// </summary>
internal sealed class SignInAudit(AuditTrail audit, IHttpContextAccessor http)
{
    public const string Entity = "user";

    public Task SignedInAsync(PlatformUser user, string method) => RecordAsync(user, "signed-in", new { method, address = Address() });

    /// <summary>A failed attempt against a known account; <paramref name="reason"/> is a category such as <c>wrong-password</c>.</summary>
    public Task SignInFailedAsync(PlatformUser user, string reason) => RecordAsync(user, "sign-in-failed", new { reason, address = Address() });

    /// <summary>A failed attempt for a user name that does not exist; the name itself is not kept (it is often a mistyped password).</summary>
    public Task UnknownUserAsync() =>
        audit.RecordAsync(Entity, "unknown", "sign-in-failed", new { reason = "unknown-user", address = Address() }, new Actor(ActorKind.User, "unknown"));

    public Task LockedOutAsync(PlatformUser user) => RecordAsync(user, "locked-out", new { address = Address() });

    public Task SignedOutAsync(PlatformUser user) => RecordAsync(user, "signed-out", null);

    public Task TwoFactorEnabledAsync(PlatformUser user) => RecordAsync(user, "two-factor-enabled", null);

    public Task TwoFactorDisabledAsync(PlatformUser user) => RecordAsync(user, "two-factor-disabled", null);

    public Task PasswordChangedAsync(PlatformUser user) => RecordAsync(user, "password-changed", null);

    public Task ConsentGrantedAsync(PlatformUser user, string clientId, IEnumerable<string> scopes) =>
        RecordAsync(user, "consent-granted", new { clientId, scopes = scopes.ToArray() });

    private Task RecordAsync(PlatformUser user, string action, object? details) =>
        audit.RecordAsync(Entity, user.Id.ToString(), action, details, new Actor(ActorKind.User, user.Id.ToString(), user.DisplayName));

    private string? Address() => http.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
