using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Host.Kernel.Persistence;

namespace Platform.Host.Kernel.Health;

/// <summary>Unhealthy when the platform store cannot be reached.</summary>
internal sealed class PlatformDatabaseHealthCheck(PlatformDbContextFactory contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var platform = contexts.Create();
        return await platform.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy($"{contexts.Provider} reachable")
            : HealthCheckResult.Unhealthy($"{contexts.Provider} unreachable");
    }
}
