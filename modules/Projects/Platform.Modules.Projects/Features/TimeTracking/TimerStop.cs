using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain.Time;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.TimeTracking;

/// <summary>Turns a running timer into a time entry (without saving: the caller saves once).</summary>
internal static class TimerStop
{
    /// <summary>
    /// The entry for <paramref name="timer"/> stopped at <paramref name="now"/>, the timer left for the caller to remove or restart; null with an error on
    /// "timer" when the day it started on already holds 24 hours (the timer keeps running; discard it or edit entries).
    /// </summary>
    public static async Task<TimeEntry?> WriteEntryAsync(ProjectsDbContext db, RunningTimer timer, DateTimeOffset now, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var date = DateOnly.FromDateTime(timer.StartedAt.UtcDateTime);
        var logged = await TimeLedger.MinutesOnDayAsync(db, timer.UserId, date, null, cancellationToken);
        var minutes = Math.Min(TimeAmount.TimerMinutes(now - timer.StartedAt), TimeAmount.MinutesPerDay - logged);
        if (minutes <= 0)
        {
            errors.Add("timer", $"{date:yyyy-MM-dd} already holds 24 logged hours; the timer's time does not fit. Discard the timer or change that day's entries.");
            return null;
        }

        var task = await db.Tasks.FirstAsync(t => t.Id == timer.TaskId, cancellationToken);
        var project = await db.Projects.AsNoTracking().FirstAsync(p => p.Id == timer.ProjectId, cancellationToken);
        var entry = new TimeEntry
        {
            Id = Guid.CreateVersion7(now), ProjectId = timer.ProjectId, TaskId = timer.TaskId, UserId = timer.UserId, Date = date, Minutes = minutes,
            Note = timer.Note, Billable = timer.Billable, Source = TimeEntrySource.Timer, CreatedBy = timer.UserId, CreatedAt = now, UpdatedAt = now,
        };
        await TimeLedger.FollowRemainingAsync(db, task, project.Key, minutes, cancellationToken);
        TimeLedger.Add(db, entry, $"{project.Key}-{task.Number}");
        return entry;
    }
}
