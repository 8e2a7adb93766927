using Microsoft.EntityFrameworkCore;
using Platform.Host.Identity.Persistence;

namespace Platform.Host.Identity.Administration.Users;

/// <summary>A user as administrators see it.</summary>
/// <param name="Id">The user's id (the <c>sub</c> of their tokens).</param>
/// <param name="Email">Sign-in name and email address.</param>
/// <param name="DisplayName">How the platform shows the user.</param>
/// <param name="IsActive">False once deactivated: the user can no longer sign in.</param>
/// <param name="Roles">Assigned role names, sorted.</param>
/// <param name="HasPassword">False while an invitation is pending.</param>
/// <param name="CreatedAt">When the account was created.</param>
/// <param name="LastSignInAt">The last successful sign-in, if any.</param>
/// <param name="LockedOutUntil">Set while failed sign-ins keep the account locked.</param>
public sealed record UserDto(
    Guid Id,
    string Email,
    string DisplayName,
    bool IsActive,
    IReadOnlyList<string> Roles,
    bool HasPassword,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastSignInAt,
    DateTimeOffset? LockedOutUntil)
{
    public static UserDto From(PlatformUser user, IReadOnlyList<string> roles) => new(
        user.Id,
        user.Email ?? user.UserName ?? "",
        user.DisplayName,
        user.IsActive,
        roles,
        user.PasswordHash is not null,
        user.CreatedAt,
        user.LastSignInAt,
        user.LockoutEnd);

    /// <summary>Role names of each of <paramref name="userIds"/>, in one query.</summary>
    public static async Task<ILookup<Guid, string>> RolesOfAsync(PlatformIdentityDbContext db, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        var pairs = await db.UserRoles.AsNoTracking()
            .Where(ur => userIds.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        return pairs.OrderBy(p => p.Name, StringComparer.Ordinal).ToLookup(p => p.UserId, p => p.Name ?? "");
    }

    public static async Task<UserDto> LoadAsync(PlatformIdentityDbContext db, PlatformUser user, CancellationToken cancellationToken) =>
        From(user, [.. (await RolesOfAsync(db, [user.Id], cancellationToken))[user.Id]]);
}
