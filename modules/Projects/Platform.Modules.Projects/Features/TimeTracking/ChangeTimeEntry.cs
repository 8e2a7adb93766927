using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain.Time;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.TimeTracking;

/// <summary>Editing and deleting time entries: one's own, or anyone's as a manager of the project. Both take If-Match.</summary>
internal static class ChangeTimeEntry
{
    public static async Task<Results<Ok<TimeEntryDto>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, UpdateTimeEntryRequest request, ProjectsDbContext db, ProjectAccess access, TimeProvider time,
        HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var errors = new ValidationErrors();
        var minutes = TimeLedger.ValidMinutes(request.Hours, errors);
        var note = TimeLedger.ValidNote(request.Note, errors);
        TimeLedger.ValidDate(request.Date, DateOnly.FromDateTime(now.UtcDateTime), errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var (entry, refusal) = await FindChangeableAsync(db, access, id, cancellationToken);
        if (entry is null)
        {
            return refusal!;
        }

        if (Preconditions.CheckIfMatch(httpRequest, entry.Version) is { } failed)
        {
            return failed;
        }

        await TimeLedger.CheckDayAsync(db, entry.UserId, request.Date, minutes, entry.Id, errors, "hours", cancellationToken);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var task = await db.Tasks.FirstAsync(t => t.Id == entry.TaskId, cancellationToken);
        var projectKey = await db.Projects.Where(p => p.Id == entry.ProjectId).Select(p => p.Key).FirstAsync(cancellationToken);
        await TimeLedger.FollowRemainingAsync(db, task, projectKey, minutes - entry.Minutes, cancellationToken);
        var changed = entry.Minutes != minutes || entry.Date != request.Date || entry.Note != note || entry.Billable != request.Billable;
        entry.Minutes = minutes;
        entry.Date = request.Date;
        entry.Note = note;
        entry.Billable = request.Billable;
        if (changed)
        {
            entry.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        Preconditions.SetETag(response, entry.Version);
        return TypedResults.Ok(TimeEntryDto.From(entry));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, ProjectsDbContext db, ProjectAccess access, HttpRequest httpRequest, CancellationToken cancellationToken)
    {
        var (entry, refusal) = await FindChangeableAsync(db, access, id, cancellationToken);
        if (entry is null)
        {
            return refusal!;
        }

        if (Preconditions.CheckIfMatch(httpRequest, entry.Version) is { } failed)
        {
            return failed;
        }

        var task = await db.Tasks.FirstAsync(t => t.Id == entry.TaskId, cancellationToken);
        var projectKey = await db.Projects.Where(p => p.Id == entry.ProjectId).Select(p => p.Key).FirstAsync(cancellationToken);
        await TimeLedger.FollowRemainingAsync(db, task, projectKey, -entry.Minutes, cancellationToken);
        db.TimeEntries.Remove(entry);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The entry when the caller sees its task and may change it: 404 when unseen, 403 when not theirs to change.</summary>
    private static async Task<(TimeEntry? Entry, ProblemHttpResult? Refusal)> FindChangeableAsync(
        ProjectsDbContext db, ProjectAccess access, Guid id, CancellationToken cancellationToken)
    {
        var tasks = access.Tasks(db);
        var entry = await db.TimeEntries.Where(e => tasks.Any(t => t.Id == e.TaskId)).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null)
        {
            return (null, ApiProblems.NotFound("Time entry", id));
        }

        if (entry.UserId == access.UserId)
        {
            return (entry, null);
        }

        var project = await db.Projects.AsNoTracking().FirstAsync(p => p.Id == entry.ProjectId, cancellationToken);
        return await access.CanManageAsync(project, db, cancellationToken) ? (entry, null) : (null, TimeProblems.NotYours());
    }
}
