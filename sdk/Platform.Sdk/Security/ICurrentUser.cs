namespace Platform.Sdk.Security;

/// <summary>
/// Who is calling, as modules need it to scope data: the signed-in user (or the API client acting on its own),
/// their roles and effective permissions. The host fills it once per request; modules read it.
/// </summary>
public interface ICurrentUser
{
    /// <summary>Whether a user or a client is authenticated.</summary>
    bool IsAuthenticated { get; }

    /// <summary>The signed-in user's id; null for anonymous callers and for clients acting on their own.</summary>
    Guid? UserId { get; }

    /// <summary>The OAuth client the call came through, if any (also set when a client acts for a user).</summary>
    string? ClientId { get; }

    /// <summary>A readable name of the user or client.</summary>
    string? DisplayName { get; }

    /// <summary>The user's email address, when known.</summary>
    string? Email { get; }

    /// <summary>The user's roles (empty for clients).</summary>
    IReadOnlySet<string> Roles { get; }

    /// <summary>The permissions the caller holds in this call (a token's scopes narrow the user's permissions).</summary>
    IReadOnlySet<string> Permissions { get; }

    /// <summary>The user's department, once a module provides the people directory; otherwise null.</summary>
    Guid? DepartmentId { get; }

    /// <summary>Whether the caller holds <paramref name="permission"/>.</summary>
    bool HasPermission(string permission);
}
