using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain.Time;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.TimeTracking;

/// <summary>A running timer as the API returns it.</summary>
public sealed record TimerDto(Guid TaskId, Guid ProjectId, DateTimeOffset StartedAt, int ElapsedMinutes, string? Note, bool Billable)
{
    public static TimerDto From(RunningTimer t, DateTimeOffset now) =>
        new(t.TaskId, t.ProjectId, t.StartedAt, (int)Math.Max(0, (now - t.StartedAt).TotalMinutes), t.Note, t.Billable);
}

/// <summary>Starts a timer.</summary>
/// <param name="TaskId">The task to time.</param>
/// <param name="Note">The note of the entry it will write.</param>
/// <param name="Billable">Whether that entry is billable.</param>
public sealed record StartTimerRequest(Guid TaskId, string? Note = null, bool Billable = false);

/// <summary>The timer now running, and the entry written by stopping the one that ran before, if any.</summary>
public sealed record TimerStartedDto(TimerDto Timer, TimeEntryDto? StoppedEntry);

/// <summary>
/// One running timer per person. Stopping writes a time entry dated on the UTC day the timer started, of the
/// elapsed time rounded to the nearest minute (at least one minute), capped at what remains of that day's 24 hours.
/// Starting a timer while another runs stops that one first (its entry is written in the same transaction).
/// </summary>
internal static class RunningTimers
{
    public static async Task<Results<Ok<TimerDto>, NoContent, ProblemHttpResult>> Get(
        ProjectsDbContext db, ProjectAccess access, TimeProvider time, CancellationToken cancellationToken)
    {
        if (access.UserId is not { } me)
        {
            return TimeProblems.NoUser();
        }

        var timer = await db.RunningTimers.AsNoTracking().FirstOrDefaultAsync(t => t.UserId == me, cancellationToken);
        return timer is null ? TypedResults.NoContent() : TypedResults.Ok(TimerDto.From(timer, time.GetUtcNow()));
    }

    public static async Task<Results<Ok<TimerStartedDto>, ValidationProblem, ProblemHttpResult>> Start(
        StartTimerRequest request, ProjectsDbContext db, ProjectAccess access, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var note = TimeLedger.ValidNote(request.Note, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (access.UserId is not { } me)
        {
            return TimeProblems.NoUser();
        }

        var task = await access.Tasks(db).AsNoTracking().Include(t => t.Assignees).FirstOrDefaultAsync(t => t.Id == request.TaskId, cancellationToken);
        if (task is null)
        {
            return ApiProblems.NotFound("Task", request.TaskId);
        }

        var project = await db.Projects.AsNoTracking().FirstAsync(p => p.Id == task.ProjectId, cancellationToken);
        if (!await access.CanChangeTaskAsync(task, project, db, cancellationToken))
        {
            return ProjectProblems.CannotChangeTasks();
        }

        var now = time.GetUtcNow();
        TimeEntry? stopped = null;
        var timer = await db.RunningTimers.FirstOrDefaultAsync(t => t.UserId == me, cancellationToken);
        if (timer is not null)
        {
            stopped = await TimerStop.WriteEntryAsync(db, timer, now, errors, cancellationToken);
            if (errors.Any)
            {
                return errors.ToProblem();
            }
        }
        else
        {
            timer = db.RunningTimers.Add(new RunningTimer { UserId = me }).Entity;
        }

        // The person's one timer row is reused: the key (the user id) allows no second one.
        timer.ProjectId = task.ProjectId;
        timer.TaskId = task.Id;
        timer.StartedAt = now;
        timer.Note = note;
        timer.Billable = request.Billable;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (stopped is null)
        {
            return ApiProblems.Conflict("A timer was started at the same moment.", "Read it with GET /my/timer.");
        }

        return TypedResults.Ok(new TimerStartedDto(TimerDto.From(timer, now), stopped is null ? null : TimeEntryDto.From(stopped)));
    }

    public static async Task<Results<Ok<TimeEntryDto>, ValidationProblem, ProblemHttpResult>> Stop(
        ProjectsDbContext db, ProjectAccess access, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        if (access.UserId is not { } me)
        {
            return TimeProblems.NoUser();
        }

        var running = await db.RunningTimers.FirstOrDefaultAsync(t => t.UserId == me, cancellationToken);
        if (running is null)
        {
            return TimeProblems.NoTimer();
        }

        var errors = new ValidationErrors();
        var entry = await TimerStop.WriteEntryAsync(db, running, time.GetUtcNow(), errors, cancellationToken);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        db.RunningTimers.Remove(running);
        await db.SaveChangesAsync(cancellationToken);
        Preconditions.SetETag(response, entry!.Version);
        return TypedResults.Ok(TimeEntryDto.From(entry));
    }

    /// <summary>Throws the running timer away without writing an entry.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> Discard(ProjectsDbContext db, ProjectAccess access, CancellationToken cancellationToken)
    {
        if (access.UserId is not { } me)
        {
            return TimeProblems.NoUser();
        }

        var running = await db.RunningTimers.FirstOrDefaultAsync(t => t.UserId == me, cancellationToken);
        if (running is null)
        {
            return TimeProblems.NoTimer();
        }

        db.RunningTimers.Remove(running);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
