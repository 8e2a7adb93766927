using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Host.Identity.Access;
using Platform.Host.Identity.Administration;
using Platform.Host.Identity.Administration.Users;
using Platform.Host.Identity.Persistence;
using Platform.Host.Kernel.Audit;
using Platform.Sdk.People;
using Platform.Sdk.Security;

namespace Platform.Host.Identity.People;

/// <summary>
/// The platform's user accounts as the SDK shows them to modules. Deactivation follows the same rules as the
/// administration API: sessions and tokens end at once, the change is audited, and the last active administrator
/// is never deactivated (that refusal is an exception, so an event handler retries and then dead-letters visibly).
/// </summary>
internal sealed class PlatformUserAccounts(
    UserManager<PlatformUser> users,
    PlatformIdentityDbContext db,
    UserAccounts accounts,
    AdministratorGuard guard,
    PermissionCache permissions,
    AuditTrail audit) : IUserAccounts
{
    public async Task<UserAccount?> FindByIdAsync(Guid userId, CancellationToken cancellationToken) =>
        ToAccount(await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken));

    public async Task<UserAccount?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var normalized = users.NormalizeEmail(email.Trim());
        return ToAccount(await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken));
    }

    public async Task<bool> DeactivateAsync(Guid userId, string reason, CancellationToken cancellationToken)
    {
        using (await guard.LockAsync(cancellationToken))
        {
            var user = await users.FindByIdAsync(userId.ToString());
            if (user is null)
            {
                return false;
            }

            if (!user.IsActive)
            {
                return true;
            }

            if (await users.IsInRoleAsync(user, BuiltInRoles.Administrator) &&
                !await accounts.AnotherActiveAdministratorExistsAsync(user.Id, cancellationToken))
            {
                throw new InvalidOperationException($"User {userId} is the last active administrator and is not deactivated ({reason}).");
            }

            // The security stamp update saves IsActive with it: cookies and refresh tokens stop at once.
            user.IsActive = false;
            var (tokens, authorizations) = await accounts.RevokeSessionsAsync(user, cancellationToken);
            permissions.InvalidateAll();
            await audit.RecordAsync("user", user.Id.ToString(), "deactivated",
                new { user.Email, Reason = reason, RevokedTokens = tokens, RevokedAuthorizations = authorizations }, cancellationToken: cancellationToken);
            return true;
        }
    }

    private static UserAccount? ToAccount(PlatformUser? user) => user is null
        ? null
        : new UserAccount(user.Id, user.UserName ?? "", user.Email, string.IsNullOrEmpty(user.DisplayName) ? user.UserName ?? "" : user.DisplayName, user.IsActive);
}
