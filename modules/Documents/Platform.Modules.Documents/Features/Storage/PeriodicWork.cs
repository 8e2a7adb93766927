using Microsoft.Extensions.Logging;

namespace Platform.Modules.Documents.Features.Storage;

/// <summary>
/// A round of housekeeping run once at start and then every <see cref="Interval"/> on the injected clock (so tests
/// drive it with a fake one), until stopped. A failing round is logged and the next tick tries again; stopping waits
/// for the round in progress to notice the cancellation.
/// </summary>
internal abstract class PeriodicWork(TimeProvider time, ILogger logger)
{
    private CancellationTokenSource? _stopping;
    private Task? _running;

    /// <summary>How long between rounds.</summary>
    public abstract TimeSpan Interval { get; }

    /// <summary>One round; returns a line for the log when it did something, null otherwise.</summary>
    /// <param name="cancellationToken">Stops the round.</param>
    public abstract Task<string?> RunOnceAsync(CancellationToken cancellationToken);

    public void Start()
    {
        _stopping = new CancellationTokenSource();
        _running = RunAsync(_stopping.Token);
    }

    public async Task StopAsync()
    {
        if (_stopping is null || _running is null)
        {
            return;
        }

        await _stopping.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // Stopping is the expected way out of the loop.
        }

        _stopping.Dispose();
        _stopping = null;
        _running = null;
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        // Off the caller's thread: the host's start does not wait for the first round.
        await Task.Yield();
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                if (await RunOnceAsync(cancellationToken) is { } done)
                {
                    logger.LogInformation("{Work}: {Done}", GetType().Name, done);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "{Work} failed; retrying in {Interval}", GetType().Name, Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(cancellationToken));
    }
}
