using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Features.Gantt;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Milestones;

/// <summary>
/// Replaces the set of tasks linked to a milestone: listed tasks link to it (leaving any other milestone), tasks
/// no longer listed are unlinked. The milestone's version changes, so the If-Match of concurrent link edits holds.
/// </summary>
internal static class SetMilestoneTasks
{
    public static async Task<Results<Ok<MilestoneDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, SetMilestoneTasksRequest request, ProjectsDbContext db, ProjectAccess access, MilestoneHealthChecker checker, ProjectPlans plans,
        TimeProvider time, HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Require(request.TaskIds is not null, "taskIds", "taskIds is required (an empty list unlinks every task).");
        MilestoneRules.ValidateTaskIds(request.TaskIds, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await VisibleMilestones.FindAsync(access, db, id, cancellationToken) is not { } found)
        {
            return ApiProblems.NotFound("Milestone", id);
        }

        var (milestone, project) = found;

        if (!await access.CanChangeTasksAsync(project, db, cancellationToken))
        {
            return ProjectProblems.CannotChangeTasks();
        }

        if (Preconditions.CheckIfMatch(httpRequest, milestone.Version) is { } failed)
        {
            return failed;
        }

        var wanted = request.TaskIds!.ToHashSet();
        var tasks = await db.Tasks.Where(t => t.ProjectId == project.Id && (wanted.Contains(t.Id) || t.MilestoneId == id)).ToListAsync(cancellationToken);
        MilestoneRules.RequireKnown(wanted, tasks.Select(t => t.Id).ToHashSet(), errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var now = time.GetUtcNow();
        foreach (var task in tasks)
        {
            Guid? target = wanted.Contains(task.Id) ? id : null;
            if (task.MilestoneId != target)
            {
                task.MilestoneId = target;
                task.UpdatedAt = now;
            }
        }

        milestone.UpdatedAt = now;
        // The link set is part of the milestone: its version moves even when the clock did not.
        db.Entry(milestone).Property(m => m.UpdatedAt).IsModified = true;
        await checker.EvaluateAsync(db, project.Id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var plan = await plans.LoadAsync(db, project, includePending: false, cancellationToken);
        Preconditions.SetETag(response, milestone.Version);
        return TypedResults.Ok(MilestoneDto.From(milestone, plan, ReadMilestones.Today(time)));
    }
}
