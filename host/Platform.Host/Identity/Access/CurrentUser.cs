using Platform.Sdk.Security;

namespace Platform.Host.Identity.Access;

/// <summary>
/// The SDK's <see cref="ICurrentUser"/> over the request's <see cref="CallerAccess"/>. Registered per lifetime scope,
/// so module request scopes get it too. Outside a request (event deliveries, background work) nobody is signed in.
/// </summary>
internal sealed class CurrentUser(IHttpContextAccessor accessor, CallerAccessResolver resolver) : ICurrentUser
{
    private CallerAccess? _access;

    private CallerAccess Access => _access ??= Load();

    public bool IsAuthenticated => Access.IsAllowed;

    public Guid? UserId => Access.IsAllowed ? Access.Caller.UserId : null;

    public string? ClientId => Access.IsAllowed ? Access.Caller.ClientId : null;

    public string? DisplayName => Access.IsAllowed ? Access.DisplayName : null;

    public string? Email => Access.IsAllowed ? Access.Email : null;

    public IReadOnlySet<string> Roles => Access.Roles;

    public IReadOnlySet<string> Permissions => Access.Permissions;

    /// <summary>From the people directory; null while no module provides one that knows departments.</summary>
    public Guid? DepartmentId => Access.IsAllowed ? Access.DepartmentId : null;

    public bool HasPermission(string permission) => Access.Permissions.Contains(permission);

    private CallerAccess Load()
    {
        if (accessor.HttpContext is not { } context)
        {
            return CallerAccess.Anonymous;
        }

        // Authorization has already worked it out for every endpoint that is not anonymous; only an anonymous endpoint
        // asking about a caller that did present credentials gets here with nothing resolved.
        return CallerAccessResolver.Resolved(context)
            ?? (CallerPrincipal.Parse(context.User).Kind == CallerKind.Anonymous
                ? CallerAccess.Anonymous
                : resolver.ResolveAsync(context).AsTask().GetAwaiter().GetResult());
    }
}
