using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Features.Gantt;
using Platform.Modules.Projects.Features.Milestones;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Reports;

public sealed record OverdueReport(DateOnly Today, IReadOnlyList<OverdueTask> Tasks);

/// <summary>Open tasks late on the critical path, with the project's target date and the finish the schedule forecasts.</summary>
public sealed record AtRiskReport(DateOnly Today, DateOnly? TargetDate, DateOnly? ForecastFinish, IReadOnlyList<AtRiskTask> Tasks);

/// <summary>Overdue and at-risk tasks (<see cref="TaskRiskRules"/>).</summary>
internal static class RiskReportEndpoints
{
    public static async Task<Results<Ok<OverdueReport>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Overdue(
        Guid projectId, string? format, ProjectsDbContext db, ProjectAccess access, ProjectPlans plans, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var csv = ReportFormat.IsCsv(format, errors) == true;
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await ReportScope.LoadAsync(projectId, db, access, plans, cancellationToken) is not { } scope)
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        var today = ReadMilestones.Today(time);
        var tasks = TaskRiskRules.Overdue(scope.Tasks, today);
        if (!csv)
        {
            return TypedResults.Ok(new OverdueReport(today, tasks));
        }

        var file = new ReportCsv("Key", "Title", "Status", "DueDate", "DaysOverdue", "RemainingHours");
        foreach (var t in tasks)
        {
            file.Row(t.Key, t.Title, t.Status, t.DueDate, t.DaysOverdue, t.RemainingHours);
        }

        return file.ToFile($"{scope.Project.Key}-overdue.csv");
    }

    public static async Task<Results<Ok<AtRiskReport>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> AtRisk(
        Guid projectId, string? format, ProjectsDbContext db, ProjectAccess access, ProjectPlans plans, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var csv = ReportFormat.IsCsv(format, errors) == true;
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await ReportScope.LoadAsync(projectId, db, access, plans, cancellationToken) is not { } scope)
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        var today = ReadMilestones.Today(time);
        var path = scope.Plan.CriticalPath;
        var tasks = TaskRiskRules.AtRisk(scope.Tasks, path, scope.Project.TargetDate, today);
        if (!csv)
        {
            return TypedResults.Ok(new AtRiskReport(today, scope.Project.TargetDate, scope.Tasks.Count == 0 ? null : (DateOnly?)path.ProjectFinish, tasks));
        }

        var file = new ReportCsv("Key", "Title", "Status", "DueDate", "EarlyFinish", "TotalFloatDays", "IsCritical", "Reasons");
        foreach (var t in tasks)
        {
            file.Row(t.Key, t.Title, t.Status, t.DueDate, t.EarlyFinish, t.TotalFloatDays, t.IsCritical, string.Join(' ', t.Reasons));
        }

        return file.ToFile($"{scope.Project.Key}-at-risk.csv");
    }
}
