using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.TimeTracking;

internal static class ListTimeEntries
{
    /// <summary>The longest range "my time entries" answers in one call.</summary>
    public const int MaxRangeDays = 366;

    /// <summary>A task's entries, newest day first, paged; everyone who sees the task sees its time.</summary>
    public static async Task<Results<Ok<PagedResult<TimeEntryDto>>, ValidationProblem, ProblemHttpResult>> ForTask(
        Guid id, int? page, int? pageSize, ProjectsDbContext db, ProjectAccess access, CancellationToken cancellationToken)
    {
        var paging = new PageRequest { Page = page, PageSize = pageSize };
        var errors = new ValidationErrors();
        paging.Validate(errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (!await access.Tasks(db).AnyAsync(t => t.Id == id, cancellationToken))
        {
            return ApiProblems.NotFound("Task", id);
        }

        return TypedResults.Ok(await db.TimeEntries.AsNoTracking().Where(e => e.TaskId == id)
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id)
            .ToPagedResultAsync(paging, TimeEntryDto.From, cancellationToken));
    }

    /// <summary>
    /// The caller's own entries between two dates (inclusive; the current ISO week when omitted), oldest first, in
    /// every project, including ones they no longer see: it is their time.
    /// </summary>
    public static async Task<Results<Ok<List<TimeEntryDto>>, ValidationProblem, ProblemHttpResult>> Mine(
        DateOnly? from, DateOnly? to, ProjectsDbContext db, ProjectAccess access, TimeProvider time, CancellationToken cancellationToken)
    {
        if (access.UserId is not { } me)
        {
            return TimeProblems.NoUser();
        }

        var week = Domain.Time.IsoWeek.Of(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        var start = from ?? week.Monday;
        var end = to ?? (from is { } f ? f.AddDays(6) : week.Sunday);
        var errors = new ValidationErrors();
        errors.Require(start <= end, "to", "to must not be before from.");
        errors.Require(end.DayNumber - start.DayNumber < MaxRangeDays, "to", $"The range may span at most {MaxRangeDays} days.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var entries = await db.TimeEntries.AsNoTracking()
            .Where(e => e.UserId == me && e.Date >= start && e.Date <= end)
            .OrderBy(e => e.Date).ThenBy(e => e.CreatedAt).ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(entries.Select(TimeEntryDto.From).ToList());
    }
}
