using Microsoft.AspNetCore.Identity;
using Platform.Host.Identity;
using Platform.Host.Identity.Administration.Users;
using Platform.Host.Identity.Bootstrap;
using Platform.Host.Kernel.Audit;
using Platform.Host.Kernel.Modules;
using Platform.Host.Kernel.Persistence;
using Platform.Sdk.Security;

namespace Platform.Host.Cli;

/// <summary>
/// <c>users create</c> and <c>users reset-password</c>: account administration for operators, e.g. to create the
/// first administrator or to regain access. The identity store is migrated first and the built-in roles created if
/// missing, so both work on a fresh data folder. A generated password is printed once and never logged.
/// </summary>
internal static class UsersCommands
{
    public static async Task<int> CreateAsync(WebApplication app, UserArguments arguments)
    {
        await using var scope = await PrepareAsync(app);
        var services = scope.ServiceProvider;
        var generated = arguments.Password is null;
        var password = arguments.Password ?? UserAccounts.GeneratePassword();
        var roles = arguments.Roles.Count > 0 ? arguments.Roles : [BuiltInRoles.Employee];
        var outcome = await services.GetRequiredService<UserAccounts>().CreateAsync(arguments.Email, arguments.DisplayName, roles, password, CancellationToken.None);
        if (outcome.User is not { } user)
        {
            await Console.Error.WriteLineAsync($"users create: {Describe(outcome)}");
            return 1;
        }

        var assigned = await services.GetRequiredService<UserManager<PlatformUser>>().GetRolesAsync(user);
        await services.GetRequiredService<AuditTrail>().RecordAsync("user", user.Id.ToString(), "created",
            new { user.Email, user.DisplayName, Roles = assigned, Invited = false, Cli = true });
        await Console.Out.WriteLineAsync($"id:       {user.Id}");
        await Console.Out.WriteLineAsync($"email:    {user.Email}");
        await Console.Out.WriteLineAsync($"roles:    {string.Join(", ", assigned.Order(StringComparer.Ordinal))}");
        if (generated)
        {
            await Console.Out.WriteLineAsync($"password: {password}");
            await Console.Out.WriteLineAsync("The password is shown only now; hand it over safely and have it changed.");
        }

        return 0;
    }

    public static async Task<int> ResetPasswordAsync(WebApplication app, UserArguments arguments)
    {
        await using var scope = await PrepareAsync(app);
        var services = scope.ServiceProvider;
        var user = await services.GetRequiredService<UserManager<PlatformUser>>().FindByEmailAsync(arguments.Email.Trim());
        if (user is null)
        {
            await Console.Error.WriteLineAsync($"users reset-password: no user has the email '{arguments.Email}'");
            return 1;
        }

        var generated = arguments.Password is null;
        var password = arguments.Password ?? UserAccounts.GeneratePassword();
        if (await services.GetRequiredService<UserAccounts>().SetPasswordAsync(user, password, CancellationToken.None) is { } errors)
        {
            await Console.Error.WriteLineAsync($"users reset-password: {Describe(new UserCreation(null, errors, null))}");
            return 1;
        }

        await services.GetRequiredService<AuditTrail>().RecordAsync("user", user.Id.ToString(), "password-reset", new { user.Email, Generated = generated, Cli = true });
        await Console.Out.WriteLineAsync($"The password of {user.Email} was reset; all their sessions ended.");
        if (generated)
        {
            await Console.Out.WriteLineAsync($"password: {password}");
            await Console.Out.WriteLineAsync("The password is shown only now.");
        }

        return 0;
    }

    private static async Task<AsyncServiceScope> PrepareAsync(WebApplication app)
    {
        await using (await app.Services.GetRequiredService<MigrationLock>().AcquireAsync(CancellationToken.None))
        {
            var migrator = app.Services.GetRequiredService<ModuleMigrator>();
            await migrator.MigratePlatformAsync(CancellationToken.None); // the audit trail lives in the platform store
            await migrator.MigrateIdentityAsync(CancellationToken.None);
        }

        var scope = app.Services.CreateAsyncScope();
        await BuiltInRoleSeed.CreateMissingAsync(scope.ServiceProvider.GetRequiredService<RoleManager<PlatformRole>>());
        return scope;
    }

    private static string Describe(UserCreation outcome) =>
        outcome.Conflict ?? string.Join(" ", outcome.Errors!.ToProblem().ProblemDetails.Errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")));
}
