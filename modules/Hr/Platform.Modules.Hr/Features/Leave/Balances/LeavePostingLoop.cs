using Autofac;
using Microsoft.Extensions.Logging;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Modules;

namespace Platform.Modules.Hr.Features.Leave.Balances;

/// <summary>
/// Runs the yearly postings of the current year in the background: once at start, then every
/// <see cref="Interval"/>, so a new year's grants, carry-overs and expiries and the grants of new hires appear
/// without anyone calling the endpoint. The postings are idempotent, so running often is harmless; a failed round
/// (e.g. racing a manual run) is logged and retried on the next tick.
/// </summary>
internal sealed class LeavePostingLoop(ILifetimeScope root, TimeProvider time, ILogger<LeavePostingLoop> logger)
    : PeriodicWork(time, logger)
{
    public override TimeSpan Interval => TimeSpan.FromHours(1);

    public override async Task<string?> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = root.BeginLifetimeScope();
        var now = Time.GetUtcNow();
        var result = await LeaveYearPostingRun.RunAsync(scope.Resolve<HrDbContext>(), now.Year, now, cancellationToken);
        return result.Accruals + result.CarryOvers + result.Expiries > 0
            ? $"leave postings for {result.Year}: {result.Accruals} grants, {result.CarryOvers} carry-overs, {result.Expiries} expiries"
            : null;
    }
}
