using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain.Time;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.People;

namespace Platform.Modules.Projects.Features.TimeTracking;

internal static class LogTime
{
    /// <summary>
    /// Logs time on a task for the caller (or, by a project manager, for another active person). Needs the right to
    /// change the project's tasks. Publishes projects.time-logged.v1 and moves the task's remaining hours.
    /// </summary>
    public static async Task<Results<Created<TimeEntryDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, LogTimeRequest request, ProjectsDbContext db, ProjectAccess access, IPeopleDirectory people, TimeProvider time,
        HttpResponse response, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var date = request.Date ?? today;
        var errors = new ValidationErrors();
        var minutes = TimeLedger.ValidMinutes(request.Hours, errors);
        var note = TimeLedger.ValidNote(request.Note, errors);
        TimeLedger.ValidDate(date, today, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var task = await access.Tasks(db).Include(t => t.Assignees).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return ApiProblems.NotFound("Task", id);
        }

        var project = await db.Projects.AsNoTracking().FirstAsync(p => p.Id == task.ProjectId, cancellationToken);
        if (!await access.CanChangeTaskAsync(task, project, db, cancellationToken))
        {
            return ProjectProblems.CannotChangeTasks();
        }

        var person = request.UserId ?? access.UserId;
        if (person is not { } userId)
        {
            return new ValidationErrors().Add("userId", "userId is required when an API client logs time on its own.").ToProblem();
        }

        if (userId != access.UserId)
        {
            if (!await access.CanManageAsync(project, db, cancellationToken))
            {
                return TimeProblems.NotYours();
            }

            errors.Require(await people.FindPersonAsync(userId, cancellationToken) is { IsActive: true }, "userId", $"No active person has user id '{userId}'.");
        }

        await TimeLedger.CheckDayAsync(db, userId, date, minutes, null, errors, "hours", cancellationToken);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var entry = new TimeEntry
        {
            Id = Guid.CreateVersion7(now), ProjectId = task.ProjectId, TaskId = task.Id, UserId = userId, Date = date, Minutes = minutes, Note = note,
            Billable = request.Billable, Source = TimeEntrySource.Manual, CreatedBy = access.UserId, CreatedAt = now, UpdatedAt = now,
        };
        await TimeLedger.FollowRemainingAsync(db, task, project.Key, minutes, cancellationToken);
        TimeLedger.Add(db, entry, $"{project.Key}-{task.Number}");
        await db.SaveChangesAsync(cancellationToken);

        Preconditions.SetETag(response, entry.Version);
        return TypedResults.Created($"/api/projects/time-entries/{entry.Id}", TimeEntryDto.From(entry));
    }
}
