using Microsoft.Extensions.Options;
using Platform.Host.Kernel.Modules;

namespace Platform.Host.Kernel.Events;

/// <summary>
/// The background loop behind integration events: relay outboxes, deliver what is due, then sleep until a
/// commit signals new rows or the poll interval passes. Polling also catches rows left by a crashed process.
/// </summary>
internal sealed class EventDispatcher(
    KernelReadiness readiness,
    OutboxRelay relay,
    DeliveryProcessor deliveries,
    OutboxSignal signal,
    TimeProvider time,
    IOptions<PlatformOptions> options,
    ILogger<EventDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Events.DispatchEnabled)
        {
            logger.LogInformation("Event dispatch is disabled on this node (Platform:Events:DispatchEnabled=false)");
            return;
        }

        // Modules (their outboxes and handlers) exist only once the kernel has loaded them.
        try
        {
            await readiness.Loaded.WaitAsync(stoppingToken);
        }
        catch (Exception) when (!readiness.IsReady)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var relayed = await relay.RelayAsync(stoppingToken);
                var delivered = await deliveries.ProcessDueAsync(stoppingToken);
                if (relayed > 0 || delivered > 0)
                {
                    continue; // more may be waiting; loop again before sleeping
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Event dispatch pass failed; retrying after the poll interval");
            }

            await signal.WaitAsync(options.Value.Events.PollInterval, time, stoppingToken);
        }
    }
}
