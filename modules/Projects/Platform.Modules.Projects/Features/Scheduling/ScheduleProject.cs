using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Scheduling;

/// <summary>Forward (from the project's start) or Backward (from its target date); Forward when absent.</summary>
public sealed record ScheduleRequest(ScheduleDirection? Direction = null);

/// <summary>A task the scheduling run moved, with its dates before and after.</summary>
public sealed record MovedTaskDto(Guid TaskId, string Key, string Title, DateOnly? OldStartDate, DateOnly? OldDueDate, DateOnly NewStartDate, DateOnly NewDueDate);

/// <summary>What a scheduling run did.</summary>
public sealed record ScheduleResultDto(ScheduleDirection Direction, DateOnly? From, IReadOnlyList<MovedTaskDto> Moved);

internal static class ScheduleProject
{
    public static async Task<Results<Ok<ScheduleResultDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid projectId, ScheduleRequest? request, ProjectsDbContext db, ProjectAccess access, TaskRescheduler rescheduler, CancellationToken cancellationToken)
    {
        var direction = request?.Direction ?? ScheduleDirection.Forward;
        if (!Enum.IsDefined(direction))
        {
            return new ValidationErrors().Add("direction", "direction must be Forward or Backward.").ToProblem();
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

        if (direction == ScheduleDirection.Backward && project.TargetDate is null)
        {
            return new ValidationErrors().Add("direction", $"Project {project.Key} has no target date to plan back from; set its targetDate first.").ToProblem();
        }

        var moves = await rescheduler.RescheduleAsync(db, projectId, direction, null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var moved = moves
            .OrderBy(m => m.Task.Number)
            .Select(m => new MovedTaskDto(m.Task.Id, $"{project.Key}-{m.Task.Number}", m.Task.Title, m.OldStart, m.OldFinish, m.Task.StartDate!.Value, m.Task.DueDate!.Value))
            .ToList();
        return TypedResults.Ok(new ScheduleResultDto(direction, direction == ScheduleDirection.Forward ? project.StartDate : project.TargetDate, moved));
    }
}
