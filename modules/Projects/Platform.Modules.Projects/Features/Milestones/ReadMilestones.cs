using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Features.Gantt;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Milestones;

/// <summary>Reading milestones: a project's list, its slipping ones, one by id. Health is computed at the time of reading.</summary>
internal static class ReadMilestones
{
    public static async Task<Results<Ok<IReadOnlyList<MilestoneDto>>, ProblemHttpResult>> List(
        Guid projectId, ProjectsDbContext db, ProjectAccess access, ProjectPlans plans, TimeProvider time, CancellationToken cancellationToken)
    {
        var all = await ProjectMilestonesAsync(projectId, db, access, plans, time, cancellationToken);
        return all is null ? ApiProblems.NotFound("Project", projectId) : TypedResults.Ok(all);
    }

    public static async Task<Results<Ok<IReadOnlyList<MilestoneDto>>, ProblemHttpResult>> Slipping(
        Guid projectId, ProjectsDbContext db, ProjectAccess access, ProjectPlans plans, TimeProvider time, CancellationToken cancellationToken)
    {
        var all = await ProjectMilestonesAsync(projectId, db, access, plans, time, cancellationToken);
        return all is null
            ? ApiProblems.NotFound("Project", projectId)
            : TypedResults.Ok<IReadOnlyList<MilestoneDto>>([.. all.Where(m => m.Health is MilestoneHealth.AtRisk or MilestoneHealth.Missed)]);
    }

    public static async Task<Results<Ok<MilestoneDto>, ProblemHttpResult>> Get(
        Guid id, ProjectsDbContext db, ProjectAccess access, ProjectPlans plans, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        var milestone = await VisibleMilestones.Of(access, db).AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (milestone is null)
        {
            return ApiProblems.NotFound("Milestone", id);
        }

        var project = await db.Projects.AsNoTracking().FirstAsync(p => p.Id == milestone.ProjectId, cancellationToken);
        var plan = await plans.LoadAsync(db, project, includePending: false, cancellationToken);
        Preconditions.SetETag(response, milestone.Version);
        return TypedResults.Ok(MilestoneDto.From(milestone, plan, Today(time)));
    }

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private static async Task<IReadOnlyList<MilestoneDto>?> ProjectMilestonesAsync(
        Guid projectId, ProjectsDbContext db, ProjectAccess access, ProjectPlans plans, TimeProvider time, CancellationToken cancellationToken)
    {
        var project = await access.Projects(db).AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return null;
        }

        var milestones = await db.Milestones.AsNoTracking().Where(m => m.ProjectId == projectId).OrderBy(m => m.Date).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        var plan = await plans.LoadAsync(db, project, includePending: false, cancellationToken);
        var today = Today(time);
        return [.. milestones.Select(m => MilestoneDto.From(m, plan, today))];
    }
}
