using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Domain.Time;
using Platform.Modules.Projects.Events;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.TimeTracking;

/// <summary>
/// The rules every way of writing time shares (logging, editing, deleting, stopping a timer): valid amounts and
/// notes, at most 24 hours per person per day, and the task's remaining hours following the logged time.
/// </summary>
internal static class TimeLedger
{
    /// <summary>How far ahead of today (UTC) an entry may be dated: a day, for people east of UTC.</summary>
    public const int FutureDaysAllowed = 1;

    /// <summary>The minutes of <paramref name="hours"/>, or an error on "hours".</summary>
    public static int ValidMinutes(decimal hours, ValidationErrors errors)
    {
        var minutes = TimeAmount.MinutesOf(hours);
        errors.Require(minutes is not null, "hours", "hours must be more than 0 and at most 24 (kept to the minute).");
        return minutes ?? 0;
    }

    public static string? ValidNote(string? note, ValidationErrors errors)
    {
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        errors.Require(text is null || text.Length <= TimeEntry.NoteMaxLength, "note", $"note must be at most {TimeEntry.NoteMaxLength} characters.");
        return text;
    }

    public static void ValidDate(DateOnly date, DateOnly today, ValidationErrors errors) =>
        errors.Require(date <= today.AddDays(FutureDaysAllowed), "date", "date must not be in the future.");

    /// <summary>The minutes <paramref name="userId"/> has logged on <paramref name="date"/>, leaving out <paramref name="except"/>.</summary>
    public static Task<int> MinutesOnDayAsync(ProjectsDbContext db, Guid userId, DateOnly date, Guid? except, CancellationToken cancellationToken) =>
        db.TimeEntries.Where(e => e.UserId == userId && e.Date == date && e.Id != except).SumAsync(e => e.Minutes, cancellationToken);

    /// <summary>Adds an error on <paramref name="field"/> when <paramref name="minutes"/> more would take the person's day past 24 hours.</summary>
    public static async Task CheckDayAsync(
        ProjectsDbContext db, Guid userId, DateOnly date, int minutes, Guid? except, ValidationErrors errors, string field, CancellationToken cancellationToken)
    {
        var logged = await MinutesOnDayAsync(db, userId, date, except, cancellationToken);
        if (logged + minutes > TimeAmount.MinutesPerDay)
        {
            errors.Add(field, $"{date:yyyy-MM-dd} would have {TimeAmount.HoursOf(logged + minutes)} hours logged; a person's day holds at most 24 ({TimeAmount.HoursOf(TimeAmount.MinutesPerDay - logged)} left).");
        }
    }

    /// <summary>Moves the task's remaining hours by <paramref name="deltaMinutes"/> of logged time (see <see cref="RemainingWork"/>).</summary>
    public static async Task FollowRemainingAsync(ProjectsDbContext db, ProjectTask task, string projectKey, int deltaMinutes, CancellationToken cancellationToken)
    {
        if (deltaMinutes == 0 || (task.RemainingHours is null && task.EstimateHours is null))
        {
            return;
        }

        var loggedBefore = await db.TimeEntries.Where(e => e.TaskId == task.Id).SumAsync(e => e.Minutes, cancellationToken);
        var remaining = RemainingWork.After(task.RemainingHours, task.EstimateHours, loggedBefore, deltaMinutes);
        if (remaining != task.RemainingHours)
        {
            task.RemainingHours = remaining;
            var watchers = await db.TaskWatchers.Where(w => w.TaskId == task.Id).Select(w => w.UserId).ToListAsync(cancellationToken);
            db.PublishEvent(new TaskUpdated(
                task.Id, task.ProjectId, projectKey, task.Number, task.Title, task.Status, task.StartDate, task.DueDate, ["remainingHours"], [.. watchers.Order()]));
        }
    }

    /// <summary>Records a new entry and publishes its time-logged event.</summary>
    public static void Add(ProjectsDbContext db, TimeEntry entry, string taskKey)
    {
        db.TimeEntries.Add(entry);
        db.PublishEvent(new TimeLogged(
            entry.Id, entry.TaskId, entry.ProjectId, taskKey, entry.UserId, entry.Date, TimeAmount.HoursOf(entry.Minutes), entry.Billable, entry.Minutes, entry.Source.ToString()));
    }
}
