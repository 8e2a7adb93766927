using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Features.Gantt;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Milestones;

internal static class CreateMilestone
{
    public static async Task<Results<Created<MilestoneDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid projectId, CreateMilestoneRequest request, ProjectsDbContext db, ProjectAccess access, MilestoneHealthChecker checker, ProjectPlans plans,
        TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        MilestoneRules.ValidateFields(request.Name, request.Date, request.Description, errors);
        MilestoneRules.ValidateTaskIds(request.TaskIds, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var project = await access.Projects(db).AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        if (!await access.CanChangeTasksAsync(project, db, cancellationToken))
        {
            return ProjectProblems.CannotChangeTasks();
        }

        var taskIds = request.TaskIds ?? [];
        var tasks = await db.Tasks.Where(t => t.ProjectId == projectId && taskIds.Contains(t.Id)).ToListAsync(cancellationToken);
        MilestoneRules.RequireKnown(taskIds, tasks.Select(t => t.Id).ToHashSet(), errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var now = time.GetUtcNow();
        var milestone = new Milestone
        {
            Id = Guid.CreateVersion7(now), ProjectId = projectId, Name = request.Name!.Trim(), Description = request.Description, Date = request.Date!.Value,
            CreatedAt = now, UpdatedAt = now,
        };
        db.Milestones.Add(milestone);
        foreach (var task in tasks)
        {
            task.MilestoneId = milestone.Id;
            task.UpdatedAt = now;
        }

        // A milestone created at risk (or in the past) is news: it publishes its slip like any later change would.
        await checker.EvaluateAsync(db, projectId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var plan = await plans.LoadAsync(db, project, includePending: false, cancellationToken);
        Preconditions.SetETag(response, milestone.Version);
        return TypedResults.Created($"/api/projects/milestones/{milestone.Id}", MilestoneDto.From(milestone, plan, ReadMilestones.Today(time)));
    }
}
