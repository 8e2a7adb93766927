using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Features.Milestones;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.People;

namespace Platform.Modules.Projects.Features.Reports;

/// <summary>The time report (<see cref="TimeReportCalculator"/>) over the project's time entries; people are named through the directory.</summary>
internal static class TimeReportEndpoint
{
    public const int MaxDays = 366;
    private const int DefaultDays = 28;

    public static async Task<Results<Ok<TimeReport>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Handle(
        Guid projectId, DateOnly? from, DateOnly? to, string? groupBy, string? format, ProjectsDbContext db, ProjectAccess access, IPeopleDirectory people,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var csv = ReportFormat.IsCsv(format, errors) == true;
        TimeGrouping grouping = TimeGrouping.Person;
        errors.Require(groupBy is null || Enum.TryParse(groupBy, ignoreCase: true, out grouping) && Enum.IsDefined(grouping), "groupBy", "groupBy is person, task or week.");
        var end = to ?? ReadMilestones.Today(time);
        var start = from ?? end.AddDays(1 - DefaultDays);
        errors.Require(start <= end, "to", "to must not be before from.");
        errors.Require(end.DayNumber - start.DayNumber < MaxDays, "to", $"The report spans at most {MaxDays} days.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var project = await access.Projects(db).AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        var entries = await db.TimeEntries.AsNoTracking()
            .Where(e => e.ProjectId == projectId && e.Date >= start && e.Date <= end)
            .Select(e => new { e.TaskId, e.UserId, e.Date, e.Minutes, e.Billable })
            .ToListAsync(cancellationToken);
        var facts = entries.Select(e => new TimeFact(e.TaskId, e.UserId, e.Date, e.Minutes / 60m, e.Billable)).ToList();

        var taskIds = facts.Select(f => f.TaskId).Distinct().ToList();
        var tasks = grouping == TimeGrouping.Task
            ? await db.Tasks.AsNoTracking().Where(t => taskIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => $"{project.Key}-{t.Number} {t.Title}", cancellationToken)
            : [];
        var names = grouping == TimeGrouping.Person
            ? (await people.FindPeopleAsync([.. facts.Select(f => f.UserId).Distinct()], cancellationToken)).ToDictionary(p => p.UserId, p => p.DisplayName)
            : [];
        var report = TimeReportCalculator.Compute(
            facts, start, end, grouping, id => names.GetValueOrDefault(id) ?? id.ToString(), id => tasks.GetValueOrDefault(id) ?? id.ToString());
        if (!csv)
        {
            return TypedResults.Ok(report);
        }

        var file = new ReportCsv(grouping.ToString(), "Label", "Hours", "BillableHours", "Entries");
        foreach (var row in report.Rows)
        {
            file.Row(row.Key, row.Label, row.Hours, row.BillableHours, row.Entries);
        }

        return file.ToFile($"{project.Key}-time-by-{grouping.ToString().ToLowerInvariant()}.csv");
    }
}
