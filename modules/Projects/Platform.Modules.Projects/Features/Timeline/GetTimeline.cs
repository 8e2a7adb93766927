using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Timeline;

/// <summary>One entry of a project's timeline.</summary>
public sealed record TimelineEntryDto(Guid Id, Guid? TaskId, string Event, string Summary, string Actor, DateTimeOffset OccurredAt);

internal static class GetTimeline
{
    public static async Task<Results<Ok<PagedResult<TimelineEntryDto>>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid projectId, int? page, int? pageSize, Guid? taskId, DateTimeOffset? since, ProjectsDbContext db, ProjectAccess access, CancellationToken cancellationToken)
    {
        var paging = new PageRequest { Page = page, PageSize = pageSize };
        var errors = new ValidationErrors();
        paging.Validate(errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (!await access.Projects(db).AnyAsync(p => p.Id == projectId, cancellationToken))
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        IQueryable<ProjectActivity> query = db.Activity.AsNoTracking().Where(a => a.ProjectId == projectId);
        if (taskId is { } task)
        {
            query = query.Where(a => a.TaskId == task);
        }

        if (since is { } from)
        {
            query = query.Where(a => a.OccurredAt >= from);
        }

        // Events published by one save share their time; the id breaks the tie so that pages stay stable.
        var entries = query.OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id);
        return TypedResults.Ok(await entries.ToPagedResultAsync(paging, a => new TimelineEntryDto(a.Id, a.TaskId, a.Event, a.Summary, a.Actor, a.OccurredAt), cancellationToken));
    }
}
