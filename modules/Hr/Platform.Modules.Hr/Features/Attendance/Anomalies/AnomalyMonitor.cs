using Autofac;
using Microsoft.Extensions.Logging;
using Platform.Modules.Hr.Domain.Attendance;
using Platform.Sdk.Modules;

namespace Platform.Modules.Hr.Features.Attendance.Anomalies;

/// <summary>
/// Runs the anomaly check periodically on the injected clock: each tick checks the two previous UTC dates, so a day is
/// checked once it is over in every time zone and again after a forgotten clock-out has become visible; reports are
/// deduplicated per employee and day. The first check waits for the first tick (a restart does not check at once), and
/// an interval of zero turns the loop off.
/// </summary>
internal sealed class AnomalyMonitor(ILifetimeScope root, TimeProvider time, ILogger<AnomalyMonitor> logger, TimeSpan interval)
    : PeriodicWork(time, logger), IAsyncDisposable
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromHours(1);

    public override TimeSpan Interval => interval;

    protected override bool RunsAtStart => false;

    public ValueTask DisposeAsync() => new(StopAsync());

    public override async Task<string?> RunOnceAsync(CancellationToken cancellationToken)
    {
        var reports = await CheckRecentDaysAsync(cancellationToken);
        return reports.Count == 0 ? null : $"reported attendance anomalies: {string.Join(", ", reports.Select(r => $"{r.Count} employee(s) for {r.Date:yyyy-MM-dd}"))}";
    }

    /// <summary>One pass: the two previous UTC dates; how many employees were reported for each date that had any.</summary>
    public async Task<IReadOnlyList<(DateOnly Date, int Count)>> CheckRecentDaysAsync(CancellationToken cancellationToken)
    {
        var today = LocalTime.DateOf(Time.GetUtcNow(), TimeZoneInfo.Utc);
        var reports = new List<(DateOnly, int)>();
        foreach (var date in new[] { today.AddDays(-2), today.AddDays(-1) })
        {
            await using var scope = root.BeginLifetimeScope();
            var reported = await scope.Resolve<AnomalyCheck>().RunAsync(date, cancellationToken);
            if (reported.Count > 0)
            {
                reports.Add((date, reported.Count));
            }
        }

        return reports;
    }
}
