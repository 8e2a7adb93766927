using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Host.Kernel.Modules;
using Platform.Host.Kernel.Persistence;

namespace Platform.Host.Kernel.Events;

/// <summary>
/// Works through due deliveries: success marks them delivered; a failure schedules a retry with exponential
/// backoff, and after the last allowed attempt parks the delivery in the dead-letter list.
/// </summary>
/// <remarks>
/// Each attempt first claims its delivery with a conditional update (attempt count unchanged, still due) that
/// also pushes the next attempt past a lease. Of several hosts that see the same due delivery only one wins
/// the claim; if that host dies mid-attempt, the lease runs out and another host retries it.
/// </remarks>
internal sealed class DeliveryProcessor(
    ModuleCatalog modules,
    ModuleHandlerInvoker invoker,
    PlatformDbContextFactory platformContexts,
    TimeProvider time,
    IOptions<PlatformOptions> options,
    ILogger<DeliveryProcessor> logger)
{
    public async Task<int> ProcessDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value.Events;
        await using var platform = platformContexts.Create();
        var now = time.GetUtcNow();
        var due = await platform.Deliveries.AsNoTracking()
            .Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt)
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var eventIds = due.Select(d => d.EventId).Distinct().ToList();
        var events = await platform.Events.AsNoTracking().Where(e => eventIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var processed = 0;
        foreach (var delivery in due)
        {
            if (!await ClaimAsync(platform, delivery, settings, cancellationToken))
            {
                continue; // another host took it
            }

            processed++;
            var attempt = delivery.Attempts + 1;
            try
            {
                var consumer = modules.FindConsumer(delivery.Consumer)
                    ?? throw new InvalidOperationException($"Consumer '{delivery.Consumer}' is not running.");
                await invoker.DeliverAsync(consumer.Module, consumer.Subscription, events[delivery.EventId], attempt, cancellationToken);
                var done = time.GetUtcNow();
                await platform.Deliveries.Where(d => d.Id == delivery.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.Status, DeliveryStatus.Delivered)
                    .SetProperty(d => d.DeliveredAt, done)
                    .SetProperty(d => d.LastError, (string?)null)
                    .SetProperty(d => d.UpdatedAt, done), cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                await RecordFailureAsync(platform, delivery, attempt, ex, settings, cancellationToken);
            }
        }

        return processed;
    }

    /// <summary>Waits after the n-th failure: initial × 2^(n-1), capped.</summary>
    public static TimeSpan Backoff(int failures, EventOptions settings)
    {
        var factor = Math.Pow(2, Math.Min(failures - 1, 30));
        return TimeSpan.FromTicks((long)Math.Min(settings.InitialBackoff.Ticks * factor, settings.MaxBackoff.Ticks));
    }

    private async Task<bool> ClaimAsync(PlatformDbContext platform, EventDelivery delivery, EventOptions settings, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var leaseEnd = now + settings.DeliveryLease;
        var claimed = await platform.Deliveries
            .Where(d => d.Id == delivery.Id && d.Status == DeliveryStatus.Pending && d.Attempts == delivery.Attempts && d.NextAttemptAt <= now)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Attempts, delivery.Attempts + 1)
                .SetProperty(d => d.NextAttemptAt, leaseEnd)
                .SetProperty(d => d.UpdatedAt, now), cancellationToken);
        return claimed == 1;
    }

    private async Task RecordFailureAsync(PlatformDbContext platform, EventDelivery delivery, int attempt, Exception ex, EventOptions settings, CancellationToken cancellationToken)
    {
        var error = ex is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : ex;
        var message = Truncate($"{error.GetType().Name}: {error.Message}", 4000);
        var now = time.GetUtcNow();
        var deadLettered = attempt >= settings.MaxAttempts;
        var next = now + Backoff(attempt, settings);
        if (deadLettered)
        {
            logger.LogError(error, "Delivery {Delivery} of event {Event} to {Consumer} is dead-lettered after {Attempts} attempts",
                delivery.Id, delivery.EventId, delivery.Consumer, attempt);
        }
        else
        {
            logger.LogWarning(error, "Delivery {Delivery} to {Consumer} failed (attempt {Attempt}); retrying at {Next}",
                delivery.Id, delivery.Consumer, attempt, next);
        }

        await platform.Deliveries.Where(d => d.Id == delivery.Id).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Status, deadLettered ? DeliveryStatus.DeadLettered : DeliveryStatus.Pending)
            .SetProperty(d => d.NextAttemptAt, next)
            .SetProperty(d => d.LastError, message)
            .SetProperty(d => d.UpdatedAt, now), CancellationToken.None);
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
