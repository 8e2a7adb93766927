using Autofac;
using Microsoft.Extensions.Logging;
using Platform.Modules.Hr.Domain.Attendance;

namespace Platform.Modules.Hr.Features.Attendance.Anomalies;

/// <summary>
/// Runs the anomaly check periodically on the injected clock: each tick checks the two previous UTC dates, so a day is
/// checked once it is over in every time zone and again after a forgotten clock-out has become visible; reports are
/// deduplicated per employee and day. An interval of zero turns the loop off.
/// </summary>
internal sealed partial class AnomalyMonitor(ILifetimeScope root, TimeProvider time, ILogger<AnomalyMonitor> logger, TimeSpan interval) : IAsyncDisposable
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromHours(1);

    private CancellationTokenSource? _stopping;
    private Task? _loop;

    public void Start()
    {
        if (interval <= TimeSpan.Zero || _loop is not null)
        {
            return;
        }

        _stopping = new CancellationTokenSource();
        _loop = RunAsync(_stopping.Token);
    }

    public async Task StopAsync()
    {
        if (_stopping is null || _loop is null)
        {
            return;
        }

        await _stopping.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopping is the expected way out of the loop.
        }

        _stopping.Dispose();
        _stopping = null;
        _loop = null;
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    /// <summary>One pass: the two previous UTC dates.</summary>
    public async Task CheckRecentDaysAsync(CancellationToken cancellationToken)
    {
        var today = LocalTime.DateOf(time.GetUtcNow(), TimeZoneInfo.Utc);
        foreach (var date in new[] { today.AddDays(-2), today.AddDays(-1) })
        {
            await using var scope = root.BeginLifetimeScope();
            var reported = await scope.Resolve<AnomalyCheck>().RunAsync(date, cancellationToken);
            if (reported.Count > 0)
            {
                LogReported(reported.Count, date);
            }
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            try
            {
                await CheckRecentDaysAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The next tick tries again; a failing check must not end the loop.
                LogFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reported attendance anomalies of {Count} employee(s) for {Date}")]
    private partial void LogReported(int count, DateOnly date);

    [LoggerMessage(Level = LogLevel.Error, Message = "The attendance anomaly check failed")]
    private partial void LogFailed(Exception exception);
}
