using Microsoft.Extensions.Logging;

namespace Platform.Sdk.Modules;

/// <summary>
/// A module's background housekeeping: a round run once when started (unless <see cref="RunsAtStart"/> says not) and
/// then every <see cref="Interval"/> on the given clock (so tests drive it with a fake one), until stopped; an interval
/// of zero or less turns the work off. A failing round is logged and the next tick tries again; stopping cancels the
/// round in progress and waits for it. Start it from the module's StartAsync and stop it from StopAsync.
/// </summary>
/// <param name="time">The clock the rounds follow.</param>
/// <param name="logger">Where rounds that did something, and failures, are logged.</param>
public abstract class PeriodicWork(TimeProvider time, ILogger logger)
{
    private CancellationTokenSource? _stopping;
    private Task? _running;

    /// <summary>The clock the rounds follow, for the work's own use of the time.</summary>
    protected TimeProvider Time => time;

    /// <summary>The work's logger, for what a round logs on its own.</summary>
    protected ILogger Logger => logger;

    /// <summary>How long between rounds; zero or less: the work is off and <see cref="Start"/> does nothing.</summary>
    public abstract TimeSpan Interval { get; }

    /// <summary>Whether the first round runs when started (the default) or only after the first interval.</summary>
    protected virtual bool RunsAtStart => true;

    /// <summary>One round; returns a line for the log when it did something, null otherwise.</summary>
    /// <param name="cancellationToken">Stops the round.</param>
    public abstract Task<string?> RunOnceAsync(CancellationToken cancellationToken);

    /// <summary>Starts the rounds in the background (the first one at once, off the caller's thread, if it runs at start).</summary>
    public void Start()
    {
        if (Interval <= TimeSpan.Zero || _running is not null)
        {
            return;
        }

        _stopping = new CancellationTokenSource();
        _running = RunAsync(_stopping.Token);
    }

    /// <summary>Stops the rounds and waits for the one in progress to end.</summary>
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
        if (!RunsAtStart && !await timer.WaitForNextTickAsync(cancellationToken))
        {
            return;
        }

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
