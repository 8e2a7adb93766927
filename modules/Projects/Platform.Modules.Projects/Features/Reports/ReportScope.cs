using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Features.Gantt;
using Platform.Modules.Projects.Persistence;

namespace Platform.Modules.Projects.Features.Reports;

/// <summary>The visible project a report is about, its plan, and its tasks as the reports read them.</summary>
internal sealed record ReportScope(Project Project, ProjectPlan Plan, IReadOnlyList<ReportTask> Tasks)
{
    /// <summary>Loads the scope, or null when the caller cannot see the project (a 404, as for any invisible project).</summary>
    public static async Task<ReportScope?> LoadAsync(Guid projectId, ProjectsDbContext db, ProjectAccess access, ProjectPlans plans, CancellationToken cancellationToken)
    {
        var project = await access.Projects(db).AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return null;
        }

        var plan = await plans.LoadAsync(db, project, includePending: false, cancellationToken);
        var tasks = plan.Tasks.Select(t => new ReportTask(
                t.Id, t.Number, $"{project.Key}-{t.Number}", t.Title, t.Status, plan.CategoryOf(t.Status), t.EstimateHours, t.RemainingHours, t.StartDate, t.DueDate,
                t.CreatedAt, t.CompletedAt, plan.SummaryIds.Contains(t.Id)))
            .ToList();
        return new ReportScope(project, plan, tasks);
    }
}
