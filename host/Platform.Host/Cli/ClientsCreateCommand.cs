using Platform.Host.Identity.Clients;
using Platform.Host.Kernel.Modules;
using Platform.Host.Kernel.Persistence;

namespace Platform.Host.Cli;

/// <summary>
/// <c>clients create</c>: registers a confidential client and prints its id and secret. The identity store is
/// migrated first (under the migration lock), so the verb works on a fresh data folder.
/// </summary>
internal static class ClientsCreateCommand
{
    public static async Task<int> RunAsync(WebApplication app, NewClientArguments arguments)
    {
        await using (await app.Services.GetRequiredService<MigrationLock>().AcquireAsync(CancellationToken.None))
        {
            await app.Services.GetRequiredService<ModuleMigrator>().MigrateIdentityAsync(CancellationToken.None);
        }

        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            var client = await scope.ServiceProvider.GetRequiredService<ClientRegistration>()
                .CreateConfidentialAsync(arguments.ClientId, arguments.DisplayName, arguments.Scopes, CancellationToken.None);
            await Console.Out.WriteLineAsync($"client_id:     {client.ClientId}");
            await Console.Out.WriteLineAsync($"client_secret: {client.ClientSecret}");
            await Console.Out.WriteLineAsync($"scopes:        {string.Join(' ', client.Scopes)}");
            await Console.Out.WriteLineAsync("The secret is shown only now; it is stored hashed.");
            return 0;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            await Console.Error.WriteLineAsync($"clients create: {ex.Message}");
            return 1;
        }
    }
}
