using Microsoft.AspNetCore.Routing;

namespace Platform.Sdk.Modules;

/// <summary>
/// The entry class of a module. A plugin assembly contains exactly one non-abstract subclass; the host
/// creates it with its parameterless constructor and drives it through the lifecycle
/// <c>Configure → (migrations) → StartAsync → MapEndpoints → … → StopAsync</c>.
/// A failure in any step marks the module (and its dependents) Faulted without stopping the host.
/// </summary>
public abstract class PlatformModule
{
    /// <summary>Declares the module's services, database, permissions and events.</summary>
    /// <param name="module">The builder that collects the module's contributions.</param>
    public abstract void Configure(ModuleBuilder module);

    /// <summary>
    /// Maps the module's HTTP endpoints. <paramref name="endpoints"/> is already rooted at
    /// <c>/api/{moduleId}</c> and tagged for the module's OpenAPI document.
    /// </summary>
    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    /// <summary>Runs after the module's migrations are applied and before it serves requests.</summary>
    /// <param name="services">The module's own service provider.</param>
    /// <param name="cancellationToken">Cancelled when the host shuts down during start.</param>
    public virtual Task StartAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs when the host stops, in reverse dependency order.</summary>
    /// <param name="services">The module's own service provider.</param>
    /// <param name="cancellationToken">Cancelled when the shutdown timeout elapses.</param>
    public virtual Task StopAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}
