using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Features.Gantt;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Milestones;

internal static class UpdateMilestone
{
    public static async Task<Results<Ok<MilestoneDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, UpdateMilestoneRequest request, ProjectsDbContext db, ProjectAccess access, MilestoneHealthChecker checker, ProjectPlans plans,
        TimeProvider time, HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        MilestoneRules.ValidateFields(request.Name, request.Date, request.Description, errors);
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

        if (request.Reached is not null && await db.Tasks.AnyAsync(t => t.MilestoneId == id, cancellationToken))
        {
            return errors.Add("reached", "A milestone with linked tasks is reached when they are all done; it takes no mark.").ToProblem();
        }

        var now = time.GetUtcNow();
        milestone.Name = request.Name!.Trim();
        milestone.Description = request.Description;
        milestone.Date = request.Date!.Value;
        milestone.ReachedAt = request.Reached switch
        {
            true => milestone.ReachedAt ?? now,
            false => null,
            null => milestone.ReachedAt,
        };
        milestone.UpdatedAt = now;
        await checker.EvaluateAsync(db, project.Id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var plan = await plans.LoadAsync(db, project, includePending: false, cancellationToken);
        Preconditions.SetETag(response, milestone.Version);
        return TypedResults.Ok(MilestoneDto.From(milestone, plan, ReadMilestones.Today(time)));
    }
}
