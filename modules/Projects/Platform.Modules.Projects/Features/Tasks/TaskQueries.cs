using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;

namespace Platform.Modules.Projects.Features.Tasks;

/// <summary>Loading tasks with what their DTO shows.</summary>
internal static class TaskQueries
{
    public static IQueryable<ProjectTask> WithDetails(this IQueryable<ProjectTask> tasks) =>
        tasks.Include(t => t.Assignees).Include(t => t.Labels).Include(t => t.Watchers).AsSplitQuery();
}
