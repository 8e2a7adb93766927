using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Features.Gantt;
using Platform.Modules.Projects.Features.Milestones;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Reports;

public sealed record BurndownPoint(DateOnly Date, int RemainingTasks, decimal RemainingHours, decimal IdealRemainingTasks, decimal IdealRemainingHours);

public sealed record BurndownReport(DateOnly From, DateOnly To, IReadOnlyList<BurndownPoint> Points);

/// <summary>A burnup day: work done so far against the scope (the total) that day.</summary>
public sealed record BurnupPoint(DateOnly Date, int CompletedTasks, decimal CompletedHours, int ScopeTasks, decimal ScopeHours);

public sealed record BurnupReport(DateOnly From, DateOnly To, IReadOnlyList<BurnupPoint> Points);

/// <summary>Burndown and burnup series of <see cref="BurnSeries"/>: one point per day of from..to.</summary>
internal static class BurnReportEndpoints
{
    public static async Task<Results<Ok<BurndownReport>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Burndown(
        Guid projectId, DateOnly? from, DateOnly? to, string? format, ProjectsDbContext db, ProjectAccess access, ProjectPlans plans, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var (errors, csv) = Validate(from, to, format);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await ReportScope.LoadAsync(projectId, db, access, plans, cancellationToken) is not { } scope)
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        var (start, end) = RangeOf(scope, from, to, time);
        var points = BurnSeries.Compute(scope.Tasks, start, end)
            .Select(p => new BurndownPoint(p.Date, p.RemainingTasks, p.RemainingHours, p.IdealRemainingTasks, p.IdealRemainingHours))
            .ToList();
        if (!csv)
        {
            return TypedResults.Ok(new BurndownReport(start, end, points));
        }

        var file = new ReportCsv("Date", "RemainingTasks", "RemainingHours", "IdealRemainingTasks", "IdealRemainingHours");
        points.ForEach(p => file.Row(p.Date, p.RemainingTasks, p.RemainingHours, p.IdealRemainingTasks, p.IdealRemainingHours));
        return file.ToFile($"{scope.Project.Key}-burndown.csv");
    }

    public static async Task<Results<Ok<BurnupReport>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Burnup(
        Guid projectId, DateOnly? from, DateOnly? to, string? format, ProjectsDbContext db, ProjectAccess access, ProjectPlans plans, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var (errors, csv) = Validate(from, to, format);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await ReportScope.LoadAsync(projectId, db, access, plans, cancellationToken) is not { } scope)
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        var (start, end) = RangeOf(scope, from, to, time);
        var points = BurnSeries.Compute(scope.Tasks, start, end)
            .Select(p => new BurnupPoint(p.Date, p.CompletedTasks, p.CompletedHours, p.ScopeTasks, p.ScopeHours))
            .ToList();
        if (!csv)
        {
            return TypedResults.Ok(new BurnupReport(start, end, points));
        }

        var file = new ReportCsv("Date", "CompletedTasks", "CompletedHours", "ScopeTasks", "ScopeHours");
        points.ForEach(p => file.Row(p.Date, p.CompletedTasks, p.CompletedHours, p.ScopeTasks, p.ScopeHours));
        return file.ToFile($"{scope.Project.Key}-burnup.csv");
    }

    private static (ValidationErrors Errors, bool Csv) Validate(DateOnly? from, DateOnly? to, string? format)
    {
        var errors = new ValidationErrors();
        var csv = ReportFormat.IsCsv(format, errors) == true;
        errors.Require(from is null || to is null || from <= to, "to", "to must not be before from.");
        errors.Require(from is null || to is null || to.Value.DayNumber - from.Value.DayNumber < BurnSeries.MaxDays, "to", $"A series spans at most {BurnSeries.MaxDays} days.");
        return (errors, csv);
    }

    /// <summary>
    /// A missing <c>to</c> is today (or <c>from</c>, when that is later); a missing <c>from</c> the project's start date, else the day its first task was
    /// created; a range longer than <see cref="BurnSeries.MaxDays"/> made of defaults keeps its last days.
    /// </summary>
    private static (DateOnly From, DateOnly To) RangeOf(ReportScope scope, DateOnly? from, DateOnly? to, TimeProvider time)
    {
        var today = ReadMilestones.Today(time);
        var end = to ?? (from > today ? from.Value : today);
        var firstCreated = scope.Tasks.Count == 0 ? end : DateOnly.FromDateTime(scope.Tasks.Min(t => t.CreatedAt).UtcDateTime);
        var start = from ?? scope.Project.StartDate ?? firstCreated;
        if (start > end)
        {
            start = end;
        }

        return (end.DayNumber - start.DayNumber >= BurnSeries.MaxDays ? end.AddDays(1 - BurnSeries.MaxDays) : start, end);
    }
}
