using Autofac;
using Autofac.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Host.Identity.Access;
using Platform.Host.Identity.Bootstrap;
using Platform.Host.Kernel.Persistence;
using Platform.Host.Kernel.Plugins;
using Platform.Sdk.Modules;

namespace Platform.Host.Kernel.Modules;

/// <summary>How far the kernel takes the modules.</summary>
public enum KernelMode
{
    /// <summary>Discover, validate and load only (the <c>modules list</c> verb).</summary>
    Inspect,

    /// <summary>Also register and migrate (the <c>migrate</c> verb).</summary>
    Migrate,

    /// <summary>The whole lifecycle: register, migrate, start, map endpoints.</summary>
    Run,
}

/// <summary>
/// Drives every plugin through its lifecycle. Each step runs per module inside its own try/catch: a module
/// that fails is Faulted with the reason (and its dependents with it) while the rest go on.
/// </summary>
internal sealed class ModuleKernel(
    ModuleCatalog catalog,
    ModuleMigrator migrator,
    MigrationLock migrationLock,
    PermissionCatalog permissions,
    PermissionSeeder permissionSeeder,
    PermissionCache permissionCache,
    IdentityBootstrap bootstrap,
    CapabilityRegistry capabilities,
    IOptions<PlatformOptions> options,
    IConfiguration configuration,
    ILifetimeScope root,
    ILogger<ModuleKernel> logger)
{
    private Dictionary<string, ModuleRuntime> _byId = [];

    public async Task LoadAsync(KernelMode mode, IEndpointRouteBuilder? application, ModuleEndpointDataSource? routes, CancellationToken cancellationToken)
    {
        var discovered = PluginDiscovery.Discover(options.Value.Plugins.FullPaths, options.Value.Plugins.Disabled);
        var ordered = DependencyResolver.Order(discovered);
        _byId = ordered.ToDictionary(m => m.Id);
        catalog.Set([.. ordered, .. discovered.Where(m => !ordered.Contains(m))]); // invalid and duplicate plugins are listed too

        // Plugins load side by side: each gets its own load context, and the assemblies they share come from the host.
        Parallel.ForEach(Healthy(ordered).ToList(), m => Try(m, "load", () => m.Module = PluginAssemblyLoader.Load(m)));
        if (mode == KernelMode.Inspect)
        {
            return;
        }

        Step(ordered, "register", Register);
        await MigrateAsync(ordered, cancellationToken);
        if (mode == KernelMode.Migrate)
        {
            return;
        }

        // The configured accounts exist before modules start, so that a module's demo data can link to them.
        await bootstrap.RunAsync(migrationLock, cancellationToken);
        foreach (var module in Healthy(ordered))
        {
            await StepAsync(module, "start", () => module.Module!.StartAsync(module.Services!, cancellationToken));
        }

        var mapped = new List<EndpointDataSource>();
        foreach (var module in Healthy(ordered))
        {
            Try(module, "endpoints", () => mapped.AddRange(MapEndpoints(module, application!)));
        }

        // All modules' routes appear in one step, together with their Running state.
        routes!.Publish(mapped);
        var running = Healthy(ordered).ToList();
        permissions.SetModulePermissions(DeclaredPermissions(running)); // a module that failed to start grants nothing
        permissionCache.InvalidateAll();
        capabilities.Set(running);
        foreach (var module in running)
        {
            module.MarkRunning();
            logger.LogInformation("Module {Module} {Version} is running", module.Id, module.Manifest!.Version);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var module in catalog.Modules.Reverse().Where(m => m.State == ModuleState.Running))
        {
            try
            {
                await module.Module!.StopAsync(module.Services!, cancellationToken);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Module {Module} failed to stop cleanly", module.Id);
            }
        }

        foreach (var module in catalog.Modules.Where(m => m.Scope is not null))
        {
            await module.Scope!.DisposeAsync();
        }
    }

    private void Register(ModuleRuntime module)
    {
        var section = configuration.GetSection($"Modules:{module.Id}");
        ModuleBuilder? builder = null;
        // The module's registrations go into a child scope: if Configure throws, nothing leaks into the host.
        var scope = root.BeginLifetimeScope(module.Id, services =>
        {
            builder = new ModuleBuilder(new ModuleInfo(module.Manifest!, section), services);
            module.Module!.Configure(builder);
        });
        module.Builder = builder;
        module.Scope = scope;
        // A module names only its own permissions: otherwise a plugin could declare another module's (or the
        // platform's) permission first and have its default roles granted it.
        if (builder!.Permissions.Declared.FirstOrDefault(p => !p.Name.StartsWith(module.Id + ".", StringComparison.Ordinal)) is { } foreign)
        {
            throw new InvalidOperationException($"permission '{foreign.Name}' must start with the module id ('{module.Id}.')");
        }

        module.Services = new AutofacServiceProvider(scope);
    }

    private async Task MigrateAsync(List<ModuleRuntime> ordered, CancellationToken cancellationToken)
    {
        await using (await migrationLock.AcquireAsync(cancellationToken))
        {
            // The platform store must exist before any module can be recorded; if it fails the host cannot serve.
            await migrator.MigratePlatformAsync(cancellationToken);

            // The identity store depends on no module and no module on it: it migrates beside the modules. Like
            // the platform store, a failure there stops the host.
            var identity = Task.Run(() => migrator.MigrateIdentityAsync(cancellationToken), cancellationToken);
            try
            {
                // Waves keep dependency order: a wave holds the modules whose dependencies all sit in earlier waves.
                // Within a wave, modules (each with its own schema or SQLite file) migrate side by side.
                var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount), CancellationToken = cancellationToken };
                foreach (var wave in Waves(ordered))
                {
                    var due = Healthy(wave).ToList();
                    await Parallel.ForEachAsync(due, parallel, async (module, token) =>
                        await StepAsync(module, "migrate", () => migrator.MigrateModuleAsync(module, token)));
                }
            }
            finally
            {
                await identity;
            }

            await migrator.RecordChangesAsync(cancellationToken);

            // New permissions get their default role grants once, under the lock so two starting hosts never both do.
            permissions.SetModulePermissions(DeclaredPermissions(Healthy(ordered)));
            await permissionSeeder.SeedAsync(cancellationToken);
        }
    }

    private static IEnumerable<(string, IReadOnlyList<Platform.Sdk.Permissions.PermissionDefinition>)> DeclaredPermissions(IEnumerable<ModuleRuntime> modules) =>
        modules.Select(m => (m.Id, m.Builder!.Permissions.Declared));

    /// <summary>Groups the (topologically ordered) modules by how deep their dependency chains reach.</summary>
    private static IEnumerable<List<ModuleRuntime>> Waves(List<ModuleRuntime> ordered)
    {
        var depth = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var module in ordered)
        {
            depth[module.Id] = module.Manifest!.Dependencies
                .Select(d => depth.TryGetValue(d.Id, out var level) ? level + 1 : 0)
                .DefaultIfEmpty(0)
                .Max();
        }

        return ordered.GroupBy(m => depth[m.Id]).OrderBy(g => g.Key).Select(g => g.ToList());
    }

    private static List<EndpointDataSource> MapEndpoints(ModuleRuntime module, IEndpointRouteBuilder application)
    {
        var routes = new ModuleEndpointRouteBuilder(application, module.Services!);
        var group = routes.MapGroup($"/api/{module.Id}")
            .WithGroupName(module.Id)
            .WithTags(module.Manifest!.Name)
            .WithMetadata(new ModuleEndpointMetadata(module.Id));
        module.Module!.MapEndpoints(group);
        foreach (var source in routes.DataSources)
        {
            _ = source.Endpoints; // builds the endpoints now, so a module whose routes cannot be built faults here
        }

        return [.. routes.DataSources];
    }

    private IEnumerable<ModuleRuntime> Healthy(List<ModuleRuntime> ordered)
    {
        // Re-evaluated per module: a fault in an earlier step or dependency is seen before the next one runs.
        foreach (var module in ordered)
        {
            DependencyResolver.PropagateFaults([module], _byId);
            if (module.State == ModuleState.Pending)
            {
                yield return module;
            }
        }
    }

    private void Step(List<ModuleRuntime> ordered, string step, Action<ModuleRuntime> action)
    {
        foreach (var module in Healthy(ordered))
        {
            Try(module, step, () => action(module));
        }
    }

    private void Try(ModuleRuntime module, string step, Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex)
        {
            Fault(module, step, ex);
        }
    }

    private async Task StepAsync(ModuleRuntime module, string step, Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Fault(module, step, ex);
        }
    }

    private void Fault(ModuleRuntime module, string step, Exception ex)
    {
        var inner = ex is System.Reflection.TargetInvocationException { InnerException: { } cause } ? cause : ex;
        module.Fault(step, $"{step} failed: {inner.GetType().Name}: {inner.Message}");
        logger.LogError(inner, "Module {Module} faulted during {Step}", module.Id, step);
    }
}
