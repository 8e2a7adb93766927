using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.Host.Kernel.Modules;

/// <summary>
/// Whether the kernel has finished loading modules. The server listens from the start; until the kernel is
/// ready, /health/ready answers 503 and API requests get a 503 with Retry-After.
/// </summary>
internal sealed class KernelReadiness : IHealthCheck
{
    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _loaded.Task.IsCompletedSuccessfully;

    public string? Failure { get; private set; }

    /// <summary>Completes when the modules are loaded; faults if loading failed.</summary>
    public Task Loaded => _loaded.Task;

    public void MarkReady() => _loaded.TrySetResult();

    public void MarkFailed(Exception exception)
    {
        Failure = $"{exception.GetType().Name}: {exception.Message}";
        _loaded.TrySetException(exception);
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            IsReady ? HealthCheckResult.Healthy("modules loaded")
            : Failure is not null ? HealthCheckResult.Unhealthy($"loading modules failed: {Failure}")
            : HealthCheckResult.Unhealthy("loading modules"));
}

/// <summary>Answers 503 (Retry-After: 1) for everything but health probes until the kernel is ready.</summary>
internal sealed class StartupGateMiddleware(RequestDelegate next, KernelReadiness readiness)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (readiness.IsReady || context.Request.Path.StartsWithSegments("/health"))
        {
            await next(context);
            return;
        }

        context.Response.Headers.RetryAfter = "1";
        await TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "The platform is starting.",
            detail: readiness.Failure is null ? "Modules are being loaded; retry shortly." : $"Loading modules failed: {readiness.Failure}")
            .ExecuteAsync(context);
    }
}
