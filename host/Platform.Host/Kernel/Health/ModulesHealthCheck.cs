using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Host.Kernel.Modules;

namespace Platform.Host.Kernel.Health;

/// <summary>Healthy when every enabled module runs; Degraded naming the faulted ones otherwise.</summary>
internal sealed class ModulesHealthCheck(ModuleCatalog catalog) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = catalog.Modules.ToDictionary(
            m => m.Id,
            m => (object)(m.Reason is null ? m.State.ToString() : $"{m.State}: {m.Reason}"));
        var faulted = catalog.Modules.Where(m => m.State == ModuleState.Faulted).Select(m => m.Id).ToList();
        return Task.FromResult(faulted.Count == 0
            ? HealthCheckResult.Healthy($"{catalog.Running.Count()} modules running", data)
            : HealthCheckResult.Degraded($"Faulted modules: {string.Join(", ", faulted)}", data: data));
    }
}
