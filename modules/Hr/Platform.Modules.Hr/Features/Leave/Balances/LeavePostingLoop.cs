using Autofac;
using Microsoft.Extensions.Logging;
using Platform.Modules.Hr.Persistence;

namespace Platform.Modules.Hr.Features.Leave.Balances;

/// <summary>
/// Runs the yearly postings of the current year in the background: once at start, then every
/// <see cref="Interval"/>, so a new year's grants, carry-overs and expiries and the grants of new hires appear
/// without anyone calling the endpoint. The postings are idempotent, so running often is harmless; a failed round
/// (e.g. racing a manual run) is logged and retried on the next tick.
/// </summary>
internal sealed class LeavePostingLoop(ILifetimeScope root, TimeProvider time, ILogger<LeavePostingLoop> logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private CancellationTokenSource? _stopping;
    private Task? _running;

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
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        // Off the caller's thread: the host's start does not wait for the first round.
        await Task.Yield();
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            await PostOnceAsync(cancellationToken);
        }
        while (await timer.WaitForNextTickAsync(cancellationToken));
    }

    private async Task PostOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = root.BeginLifetimeScope();
            var now = time.GetUtcNow();
            var result = await LeaveYearPostingRun.RunAsync(scope.Resolve<HrDbContext>(), now.Year, now, cancellationToken);
            if (result.Accruals + result.CarryOvers + result.Expiries > 0)
            {
                logger.LogInformation("Leave postings for {Year}: {Accruals} grants, {CarryOvers} carry-overs, {Expiries} expiries", result.Year, result.Accruals, result.CarryOvers, result.Expiries);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Leave postings failed; retrying in {Interval}", Interval);
        }
    }
}
