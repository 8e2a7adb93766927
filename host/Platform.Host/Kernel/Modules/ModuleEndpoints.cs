using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Host.Identity.Access;
using Platform.Host.Kernel.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.Security;

namespace Platform.Host.Kernel.Modules;

/// <summary>A module as administrators see it.</summary>
public sealed record ModuleDto(
    string Id,
    string Name,
    string? Version,
    string State,
    string? Reason,
    string? FaultedDuring,
    string? Description,
    IReadOnlyList<ModuleDependencyDto> Dependencies,
    string? InstalledVersion,
    IReadOnlyList<ModuleVersionChangeDto> History,
    IReadOnlyList<string> Permissions,
    IReadOnlyList<string> PublishedEvents,
    IReadOnlyList<string> HandledEvents);

public sealed record ModuleDependencyDto(string Id, string Range, string? InstalledVersion, string? State);

public sealed record ModuleVersionChangeDto(string? FromVersion, string ToVersion, DateTimeOffset At, IReadOnlyList<string> AppliedMigrations);

internal static class ModuleEndpoints
{
    public static void MapModuleEndpoints(this IEndpointRouteBuilder platform)
    {
        var modules = platform.MapGroup("/modules").WithTags("Modules").RequirePermission(PlatformPermissions.ModulesRead);
        modules.MapGet("/", ListModules)
            .WithSummary("List installed modules")
            .WithDescription("Every discovered plugin with its version, state (Running, Faulted, Disabled), the reason it is not running, its dependencies and its installed-version history.");
        modules.MapGet("/{id}", GetModule)
            .WithSummary("Get one module")
            .WithDescription("The module's state, dependencies, permissions, events and upgrade history.");
    }

    private static async Task<Ok<List<ModuleDto>>> ListModules(ModuleCatalog catalog, PlatformDbContextFactory contexts, CancellationToken cancellationToken)
    {
        var (installations, history) = await LoadInstallationsAsync(contexts, cancellationToken);
        return TypedResults.Ok(catalog.Modules.OrderBy(m => m.Id, StringComparer.Ordinal).Select(m => ToDto(m, catalog, installations, history)).ToList());
    }

    private static async Task<Results<Ok<ModuleDto>, ProblemHttpResult>> GetModule(string id, ModuleCatalog catalog, PlatformDbContextFactory contexts, CancellationToken cancellationToken)
    {
        var module = catalog.Find(id);
        if (module is null)
        {
            return ApiProblems.NotFound("Module", id);
        }

        var (installations, history) = await LoadInstallationsAsync(contexts, cancellationToken);
        return TypedResults.Ok(ToDto(module, catalog, installations, history));
    }

    private static async Task<(Dictionary<string, ModuleInstallation>, ILookup<string, ModuleVersionChange>)> LoadInstallationsAsync(
        PlatformDbContextFactory contexts, CancellationToken cancellationToken)
    {
        await using var platform = contexts.Create();
        var installations = await platform.ModuleInstallations.AsNoTracking().ToDictionaryAsync(i => i.ModuleId, cancellationToken);
        var history = (await platform.ModuleVersionChanges.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(c => c.At).ThenBy(c => c.Id).ToLookup(c => c.ModuleId);
        return (installations, history);
    }

    private static ModuleDto ToDto(ModuleRuntime module, ModuleCatalog catalog, Dictionary<string, ModuleInstallation> installations, ILookup<string, ModuleVersionChange> history)
    {
        var manifest = module.Manifest;
        var builder = module.Builder;
        return new ModuleDto(
            module.Id,
            manifest?.Name ?? module.Id,
            manifest?.Version.ToString(),
            module.State.ToString(),
            module.Reason,
            module.FaultedDuring,
            manifest?.Description,
            manifest?.Dependencies.Select(d =>
            {
                var target = catalog.Find(d.Id);
                return new ModuleDependencyDto(d.Id, d.RangeText, target?.Manifest?.Version.ToString(), target?.State.ToString());
            }).ToList() ?? [],
            installations.GetValueOrDefault(module.Id)?.Version,
            history[module.Id].Select(c => new ModuleVersionChangeDto(
                c.FromVersion, c.ToVersion, c.At, c.AppliedMigrations.Split(',', StringSplitOptions.RemoveEmptyEntries))).ToList(),
            builder?.Permissions.Declared.Select(p => p.Name).ToList() ?? [],
            builder?.Events.Published.Select(e => e.EventName).ToList() ?? [],
            builder?.Events.Subscriptions.Select(s => s.EventName).Distinct().ToList() ?? []);
    }
}
