using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Host.Identity.Administration.Users;
using Platform.Host.Identity.Persistence;
using Platform.Host.Kernel.Audit;
using Platform.Host.Kernel.Persistence;
using Platform.Sdk.Security;

namespace Platform.Host.Identity.Bootstrap;

/// <summary>
/// Creates the configured administrator while the platform has no active one, and the configured (demo) users
/// that do not exist yet. Idempotent: a restart finds them and changes nothing. Costs nothing when nothing is
/// configured. Passwords are never logged.
/// </summary>
internal sealed class IdentityBootstrap(IServiceScopeFactory scopes, IOptions<BootstrapOptions> options, ILogger<IdentityBootstrap> logger)
{
    public bool IsConfigured => options.Value.HasAdmin || options.Value.Users.Count > 0;

    /// <summary>Runs under the migration lock, so hosts starting together create each account once.</summary>
    public async Task RunAsync(MigrationLock migrationLock, CancellationToken cancellationToken)
    {
        if (!IsConfigured)
        {
            return;
        }

        try
        {
            await using (await migrationLock.AcquireAsync(cancellationToken))
            {
                await RunLockedAsync(cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The platform still serves; an operator can create the accounts with the users verbs.
            logger.LogError(ex, "Creating the bootstrap accounts failed");
        }
    }

    private async Task RunLockedAsync(CancellationToken cancellationToken)
    {

        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await BuiltInRoleSeed.CreateMissingAsync(services.GetRequiredService<RoleManager<PlatformRole>>());
        var accounts = services.GetRequiredService<UserAccounts>();
        var audit = services.GetRequiredService<AuditTrail>();
        if (options.Value.HasAdmin)
        {
            await EnsureAdministratorAsync(services, accounts, audit, cancellationToken);
        }

        foreach (var user in options.Value.Users)
        {
            await EnsureUserAsync(services, accounts, audit, user, cancellationToken);
        }
    }

    private async Task EnsureAdministratorAsync(IServiceProvider services, UserAccounts accounts, AuditTrail audit, CancellationToken cancellationToken)
    {
        if (await accounts.AnotherActiveAdministratorExistsAsync(Guid.Empty, cancellationToken))
        {
            return;
        }

        var email = options.Value.AdminEmail!.Trim();
        var users = services.GetRequiredService<UserManager<PlatformUser>>();
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            // The account exists but is not an active administrator: make it one, keep its password.
            existing.IsActive = true;
            await users.UpdateAsync(existing);
            if (!await users.IsInRoleAsync(existing, BuiltInRoles.Administrator))
            {
                await users.AddToRoleAsync(existing, BuiltInRoles.Administrator);
            }

            await audit.RecordAsync("user", existing.Id.ToString(), "bootstrap-administrator", new { existing.Email, Created = false }, cancellationToken: cancellationToken);
            logger.LogWarning("No active administrator existed; made the existing user {Email} an active administrator (password unchanged)", email);
            return;
        }

        var outcome = await accounts.CreateAsync(email, options.Value.AdminDisplayName, [BuiltInRoles.Administrator], options.Value.AdminPassword, cancellationToken);
        if (outcome.User is null)
        {
            logger.LogError("The bootstrap administrator {Email} could not be created: {Reason}", email, Describe(outcome));
            return;
        }

        await audit.RecordAsync("user", outcome.User.Id.ToString(), "created", new { outcome.User.Email, outcome.User.DisplayName, Roles = new[] { BuiltInRoles.Administrator }, Bootstrap = true }, cancellationToken: cancellationToken);
        logger.LogInformation("Created the bootstrap administrator {Email}", email);
    }

    private async Task EnsureUserAsync(IServiceProvider services, UserAccounts accounts, AuditTrail audit, BootstrapUser user, CancellationToken cancellationToken)
    {
        var normalized = services.GetRequiredService<ILookupNormalizer>().NormalizeEmail(user.Email.Trim());
        if (await services.GetRequiredService<PlatformIdentityDbContext>().Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken))
        {
            return;
        }

        var outcome = await accounts.CreateAsync(user.Email, user.DisplayName, user.Roles, user.Password, cancellationToken);
        if (outcome.User is null)
        {
            logger.LogError("The bootstrap user {Email} could not be created: {Reason}", user.Email, Describe(outcome));
            return;
        }

        await audit.RecordAsync("user", outcome.User.Id.ToString(), "created", new { outcome.User.Email, outcome.User.DisplayName, user.Roles, Bootstrap = true }, cancellationToken: cancellationToken);
        logger.LogInformation("Created the bootstrap user {Email} ({Roles})", user.Email, string.Join(", ", user.Roles));
    }

    private static string Describe(UserCreation outcome) =>
        outcome.Conflict ?? string.Join(" ", outcome.Errors?.ToProblem().ProblemDetails.Errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")) ?? []);
}
