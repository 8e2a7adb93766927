using Platform.Host.Kernel.Modules;

namespace Platform.Host.Cli;

/// <summary><c>migrate</c>: applies every pending migration and reports each module; exit code 1 if any faulted.</summary>
internal static class MigrateCommand
{
    public static async Task<int> RunAsync(WebApplication app, ModuleKernel kernel)
    {
        await kernel.LoadAsync(KernelMode.Migrate, null, null, CancellationToken.None);
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        foreach (var module in catalog.Modules)
        {
            var outcome = module.State == ModuleState.Pending ? "migrated" : $"{module.State}: {module.Reason}";
            await Console.Out.WriteLineAsync($"{module.Id,-20} {module.Manifest?.Version.ToString() ?? "-",-12} {outcome}");
        }

        await kernel.StopAsync(CancellationToken.None);
        return catalog.Modules.Any(m => m.State == ModuleState.Faulted) ? 1 : 0;
    }
}
