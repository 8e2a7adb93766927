using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain.Time;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.People;

namespace Platform.Modules.Projects.Features.TimeTracking;

/// <summary>A task's time against its estimate; variance is logged + remaining − estimate (positive: over).</summary>
public sealed record TaskTimeDto(Guid TaskId, string TaskKey, string Title, decimal? EstimateHours, decimal LoggedHours, decimal BillableHours, decimal? RemainingHours, decimal? VarianceHours);

/// <summary>A person's time in the project.</summary>
public sealed record PersonTimeDto(Guid UserId, string? DisplayName, decimal LoggedHours, decimal BillableHours);

/// <summary>A project's time: totals, per task and per person.</summary>
public sealed record TimeSummaryDto(
    Guid ProjectId, decimal EstimateHours, decimal LoggedHours, decimal BillableHours, decimal NonBillableHours, decimal RemainingHours,
    IReadOnlyList<TaskTimeDto> Tasks, IReadOnlyList<PersonTimeDto> People);

internal static class TimeSummary
{
    /// <summary>Everyone who sees the project sees its time summary. Tasks without estimate or time are left out.</summary>
    public static async Task<Results<Ok<TimeSummaryDto>, ProblemHttpResult>> Handle(
        Guid id, ProjectsDbContext db, ProjectAccess access, IPeopleDirectory people, CancellationToken cancellationToken)
    {
        var project = await access.Projects(db).AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return ApiProblems.NotFound("Project", id);
        }

        var tasks = await db.Tasks.AsNoTracking().Where(t => t.ProjectId == id)
            .OrderBy(t => t.Number)
            .Select(t => new { t.Id, t.Number, t.Title, t.EstimateHours, t.RemainingHours })
            .ToListAsync(cancellationToken);
        var entries = await db.TimeEntries.AsNoTracking().Where(e => e.ProjectId == id)
            .Select(e => new LoggedTime(e.TaskId, e.UserId, e.Date, e.Minutes, e.Billable))
            .ToListAsync(cancellationToken);
        var totals = TimeTotals.Compute(tasks.Select(t => (t.Id, t.EstimateHours, t.RemainingHours)), entries);
        var byId = tasks.ToDictionary(t => t.Id);
        var names = (await people.FindPeopleAsync([.. totals.People.Select(p => p.UserId)], cancellationToken)).ToDictionary(p => p.UserId, p => p.DisplayName);
        return TypedResults.Ok(new TimeSummaryDto(
            id, totals.EstimateHours, TimeAmount.HoursOf(totals.LoggedMinutes), TimeAmount.HoursOf(totals.BillableMinutes),
            TimeAmount.HoursOf(totals.LoggedMinutes - totals.BillableMinutes), totals.RemainingHours,
            [.. totals.Tasks.Select(t => new TaskTimeDto(
                t.TaskId, $"{project.Key}-{byId[t.TaskId].Number}", byId[t.TaskId].Title, t.EstimateHours, TimeAmount.HoursOf(t.LoggedMinutes),
                TimeAmount.HoursOf(t.BillableMinutes), t.RemainingHours, t.VarianceHours))],
            [.. totals.People.Select(p => new PersonTimeDto(p.UserId, names.GetValueOrDefault(p.UserId), TimeAmount.HoursOf(p.LoggedMinutes), TimeAmount.HoursOf(p.BillableMinutes)))]));
    }
}
