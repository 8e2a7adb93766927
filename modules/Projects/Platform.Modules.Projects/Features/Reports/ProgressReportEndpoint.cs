using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Features.Gantt;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Reports;

internal static class ProgressReportEndpoint
{
    public static async Task<Results<Ok<ProgressReport>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Handle(
        Guid projectId, string? format, ProjectsDbContext db, ProjectAccess access, ProjectPlans plans, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var csv = ReportFormat.IsCsv(format, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await ReportScope.LoadAsync(projectId, db, access, plans, cancellationToken) is not { } scope)
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        var report = ProgressCalculator.Compute(scope.Tasks, scope.Plan.Statuses);
        if (csv != true)
        {
            return TypedResults.Ok(report);
        }

        // One table: the categories, then the statuses (the grouping column says which), then the totals.
        var file = new ReportCsv("Group", "Key", "Name", "Category", "Tasks", "EstimateHours", "RemainingHours");
        foreach (var bucket in report.ByCategory)
        {
            file.Row("category", bucket.Key, bucket.Name, bucket.Category, bucket.Tasks, bucket.EstimateHours, bucket.RemainingHours);
        }

        foreach (var bucket in report.ByStatus)
        {
            file.Row("status", bucket.Key, bucket.Name, bucket.Category, bucket.Tasks, bucket.EstimateHours, bucket.RemainingHours);
        }

        file.Row("total", "", "", "", report.TotalTasks, report.TotalEstimateHours, report.ByCategory.Sum(b => b.RemainingHours));
        return file.ToFile($"{scope.Project.Key}-progress.csv");
    }
}
