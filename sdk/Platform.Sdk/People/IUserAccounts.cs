namespace Platform.Sdk.People;

/// <summary>
/// The platform's user accounts, as modules need them: find an account by id or email (to link a record to the
/// person who signs in) and deactivate one (for example when an employee leaves). Provided by the host; every module
/// can take it. Deactivating signs the user out everywhere and revokes their tokens, and is recorded in the audit trail.
/// </summary>
public interface IUserAccounts
{
    /// <summary>The account with id <paramref name="userId"/>, or null.</summary>
    /// <param name="userId">The user id (the <c>sub</c> of their tokens).</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    Task<UserAccount?> FindByIdAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The account with the email address <paramref name="email"/> (case-insensitive), or null.</summary>
    /// <param name="email">An email address.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    Task<UserAccount?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>
    /// Deactivates the account: the user can no longer sign in and their tokens stop working. Idempotent: an account
    /// that is already inactive stays so. False when there is no such account.
    /// </summary>
    /// <param name="userId">The user id.</param>
    /// <param name="reason">Why, for the audit trail (e.g. "employee left").</param>
    /// <param name="cancellationToken">Cancels the change.</param>
    Task<bool> DeactivateAsync(Guid userId, string reason, CancellationToken cancellationToken);
}

/// <summary>A platform user account.</summary>
/// <param name="UserId">The user id.</param>
/// <param name="UserName">The sign-in name.</param>
/// <param name="Email">The email address, when known.</param>
/// <param name="DisplayName">The name shown to others.</param>
/// <param name="IsActive">False once deactivated.</param>
public sealed record UserAccount(Guid UserId, string UserName, string? Email, string DisplayName, bool IsActive);
