using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain.Scheduling;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Features.Calendar;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Scheduling;

/// <summary>One task's critical path figures; dates are inclusive working days, float in working days.</summary>
public sealed record CriticalPathTaskDto(
    Guid TaskId, string Key, string Title, DateOnly EarlyStart, DateOnly EarlyFinish, DateOnly LateStart, DateOnly LateFinish, int TotalFloatDays, bool IsCritical, bool IsSummary);

/// <summary>A task of the critical chain.</summary>
public sealed record CriticalTaskRefDto(Guid TaskId, string Key, string Title);

/// <summary>The critical path of a project: every planned task's figures, the critical chain by early start, and the project's span.</summary>
public sealed record CriticalPathDto(DateOnly? ProjectStart, DateOnly? ProjectFinish, IReadOnlyList<CriticalTaskRefDto> CriticalChain, IReadOnlyList<CriticalPathTaskDto> Tasks);

internal static class GetCriticalPath
{
    public static async Task<Results<Ok<CriticalPathDto>, ProblemHttpResult>> Handle(
        Guid projectId, ProjectsDbContext db, ProjectAccess access, ProjectCalendars calendars, CancellationToken cancellationToken)
    {
        var project = await access.Projects(db).AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        var calendar = await calendars.LoadAsync(project, cancellationToken);
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.ProjectId == projectId).ToListAsync(cancellationToken);
        var dependencies = await db.Dependencies.AsNoTracking().Where(d => d.ProjectId == projectId).ToListAsync(cancellationToken);
        var input = ScheduleInput.From(tasks, dependencies, calendar);
        if (input.Tasks.Count == 0)
        {
            return TypedResults.Ok(new CriticalPathDto(project.StartDate, null, [], []));
        }

        var path = CriticalPathCalculator.Compute(input.Tasks, input.Links, calendar, project.StartDate);
        var byId = tasks.ToDictionary(t => t.Id);
        var summaries = input.Tasks.Where(t => t.ParentId is not null).Select(t => t.ParentId!.Value).ToHashSet();
        string KeyOf(Guid id) => $"{project.Key}-{byId[id].Number}";
        var rows = input.Tasks
            .Select(t => path.Tasks[t.Id])
            .OrderBy(s => s.EarlyStart).ThenBy(s => byId[s.Id].Number)
            .Select(s => new CriticalPathTaskDto(s.Id, KeyOf(s.Id), byId[s.Id].Title, s.EarlyStart, s.EarlyFinish, s.LateStart, s.LateFinish, s.TotalFloatDays, s.IsCritical, summaries.Contains(s.Id)))
            .ToList();
        var chain = path.CriticalTaskIds.Select(id => new CriticalTaskRefDto(id, KeyOf(id), byId[id].Title)).ToList();
        return TypedResults.Ok(new CriticalPathDto(path.ProjectStart, path.ProjectFinish, chain, rows));
    }
}
