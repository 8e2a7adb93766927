using System.Collections.Frozen;

namespace Platform.Host.Identity.Access;

/// <summary>
/// What the caller of the current request may do, worked out once per request: who they are, whether they may act
/// at all, their roles and their effective permissions.
/// </summary>
internal sealed record CallerAccess(
    CallerPrincipal Caller,
    bool IsAllowed,
    string? DisplayName,
    string? Email,
    IReadOnlySet<string> Roles,
    IReadOnlySet<string> Permissions,
    Guid? DepartmentId = null)
{
    public static CallerAccess Anonymous { get; } =
        new(CallerPrincipal.Anonymous, false, null, null, FrozenSet<string>.Empty, FrozenSet<string>.Empty);

    /// <summary>An authenticated principal the platform no longer honours (a deactivated or deleted user, a deleted client).</summary>
    public static CallerAccess Refused(CallerPrincipal caller) =>
        new(caller, false, caller.Name, caller.Email, FrozenSet<string>.Empty, FrozenSet<string>.Empty);
}
