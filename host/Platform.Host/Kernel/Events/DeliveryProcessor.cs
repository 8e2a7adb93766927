using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Host.Kernel.Modules;
using Platform.Host.Kernel.Persistence;

namespace Platform.Host.Kernel.Events;

/// <summary>
/// Works through due deliveries: success marks them delivered; a failure schedules a retry with exponential
/// backoff, and after the last allowed attempt parks the delivery in the dead-letter list.
/// </summary>
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
        var due = await platform.Deliveries
            .Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt)
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var eventIds = due.Select(d => d.EventId).Distinct().ToList();
        var events = await platform.Events.Where(e => eventIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        foreach (var delivery in due)
        {
            delivery.Attempts++;
            try
            {
                var consumer = modules.FindConsumer(delivery.Consumer)
                    ?? throw new InvalidOperationException($"Consumer '{delivery.Consumer}' is not running.");
                await invoker.DeliverAsync(consumer.Module, consumer.Subscription, events[delivery.EventId], delivery.Attempts, cancellationToken);
                delivery.Status = DeliveryStatus.Delivered;
                delivery.DeliveredAt = time.GetUtcNow();
                delivery.LastError = null;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var error = ex is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : ex;
                delivery.LastError = Truncate($"{error.GetType().Name}: {error.Message}", 4000);
                if (delivery.Attempts >= settings.MaxAttempts)
                {
                    delivery.Status = DeliveryStatus.DeadLettered;
                    logger.LogError(error, "Delivery {Delivery} of event {Event} to {Consumer} is dead-lettered after {Attempts} attempts",
                        delivery.Id, delivery.EventId, delivery.Consumer, delivery.Attempts);
                }
                else
                {
                    delivery.NextAttemptAt = time.GetUtcNow() + Backoff(delivery.Attempts, settings);
                    logger.LogWarning(error, "Delivery {Delivery} to {Consumer} failed (attempt {Attempt}); retrying at {Next}",
                        delivery.Id, delivery.Consumer, delivery.Attempts, delivery.NextAttemptAt);
                }
            }

            delivery.UpdatedAt = time.GetUtcNow();
            await platform.SaveChangesAsync(cancellationToken);
        }

        return due.Count;
    }

    /// <summary>Waits after the n-th failure: initial × 2^(n-1), capped.</summary>
    public static TimeSpan Backoff(int failures, EventOptions settings)
    {
        var factor = Math.Pow(2, Math.Min(failures - 1, 30));
        var wait = TimeSpan.FromTicks((long)Math.Min(settings.InitialBackoff.Ticks * factor, settings.MaxBackoff.Ticks));
        return wait;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
