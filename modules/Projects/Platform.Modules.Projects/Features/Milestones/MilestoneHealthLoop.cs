using Autofac;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Modules;

namespace Platform.Modules.Projects.Features.Milestones;

/// <summary>
/// Re-evaluates every milestone not yet reached once at start and then every <see cref="Interval"/>, so a milestone
/// whose date passes is reported Missed (and one drifting at risk is reported) without anyone editing anything. Each
/// project is evaluated and saved on its own: a failure (e.g. racing an edit of the same milestone, which the
/// milestone's version stops) is logged and that project is retried on the next tick.
/// </summary>
internal sealed class MilestoneHealthLoop(ILifetimeScope root, TimeProvider time, ILogger<MilestoneHealthLoop> logger)
    : PeriodicWork(time, logger)
{
    public override TimeSpan Interval => TimeSpan.FromHours(1);

    public override async Task<string?> RunOnceAsync(CancellationToken cancellationToken) =>
        await EvaluateAllAsync(cancellationToken) is > 0 and var changed ? $"{changed} milestones changed health" : null;

    /// <summary>One round over every project with a milestone not yet reached; returns how many milestones changed health.</summary>
    public async Task<int> EvaluateAllAsync(CancellationToken cancellationToken)
    {
        List<Guid> projectIds;
        await using (var scope = root.BeginLifetimeScope())
        {
            projectIds = await scope.Resolve<ProjectsDbContext>().Milestones.AsNoTracking()
                .Where(m => m.Health != Domain.MilestoneHealth.Reached || m.ReachedAt == null)
                .Select(m => m.ProjectId)
                .Distinct()
                .ToListAsync(cancellationToken);
        }

        var changed = 0;
        foreach (var projectId in projectIds)
        {
            try
            {
                await using var scope = root.BeginLifetimeScope();
                var db = scope.Resolve<ProjectsDbContext>();
                var changes = await scope.Resolve<MilestoneHealthChecker>().EvaluateAsync(db, projectId, cancellationToken);
                if (changes.Count > 0)
                {
                    await db.SaveChangesAsync(cancellationToken);
                    changed += changes.Count;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Logger.LogWarning(ex, "Milestone health of project {ProjectId} could not be evaluated; retrying in {Interval}", projectId, Interval);
            }
        }

        return changed;
    }
}
