using Microsoft.EntityFrameworkCore;
using Platform.Host.Kernel.Modules;
using Platform.Host.Kernel.Persistence;

namespace Platform.Host.Cli;

/// <summary><c>modules list</c>: discovers and validates plugins without starting them, and shows installed versions.</summary>
internal static class ModulesListCommand
{
    public static async Task<int> RunAsync(WebApplication app, ModuleKernel kernel)
    {
        await kernel.LoadAsync(KernelMode.Inspect, null, null, CancellationToken.None);
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        var installed = await ReadInstalledVersionsAsync(app.Services.GetRequiredService<PlatformDbContextFactory>());

        await Console.Out.WriteLineAsync($"{"ID",-20} {"VERSION",-12} {"STATE",-10} {"INSTALLED",-12} REASON");
        foreach (var module in catalog.Modules.OrderBy(m => m.Id, StringComparer.Ordinal))
        {
            var state = module.State == ModuleState.Pending ? "Valid" : module.State.ToString();
            await Console.Out.WriteLineAsync(
                $"{module.Id,-20} {module.Manifest?.Version.ToString() ?? "-",-12} {state,-10} {installed.GetValueOrDefault(module.Id, "-"),-12} {module.Reason}");
        }

        return catalog.Modules.Any(m => m.State == ModuleState.Faulted) ? 1 : 0;
    }

    private static async Task<Dictionary<string, string>> ReadInstalledVersionsAsync(PlatformDbContextFactory contexts)
    {
        try
        {
            await using var platform = contexts.Create();
            return await platform.ModuleInstallations.AsNoTracking().ToDictionaryAsync(i => i.ModuleId, i => i.Version);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            return []; // nothing migrated yet
        }
    }
}
