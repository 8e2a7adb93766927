using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Events;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Tasks;

/// <summary>
/// Deletes a task. A task with subtasks is refused with 409 unless <c>?cascade=true</c>, which deletes its whole subtree
/// (silently orphaning or promoting subtasks would change other people's plans behind their backs). The dependencies of
/// every deleted task go with it, and the plan is rescheduled, in the same save.
/// </summary>
internal static class DeleteTask
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        Guid id, bool? cascade, ProjectsDbContext db, ProjectAccess access, TaskPlanSync plan, HttpContext http, CancellationToken cancellationToken)
    {
        var task = await access.Tasks(db).Include(t => t.Assignees).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return ApiProblems.NotFound("Task", id);
        }

        var project = await db.Projects.AsNoTracking().FirstAsync(p => p.Id == task.ProjectId, cancellationToken);
        if (!await access.CanChangeTasksAsync(project, db, cancellationToken))
        {
            return ProjectProblems.CannotChangeTasks();
        }

        if (Preconditions.CheckIfMatch(http.Request, task.Version) is { } failed)
        {
            return failed;
        }

        var all = await db.Tasks.Where(t => t.ProjectId == task.ProjectId && t.ParentId != null).Select(t => new { t.Id, t.ParentId }).ToListAsync(cancellationToken);
        var subtree = new List<Guid> { task.Id };
        for (var i = 0; i < subtree.Count; i++)
        {
            subtree.AddRange(all.Where(t => t.ParentId == subtree[i]).Select(t => t.Id).Where(s => !subtree.Contains(s)));
        }

        if (subtree.Count > 1 && cascade != true)
        {
            return ApiProblems.Conflict(
                $"The task has {subtree.Count - 1} subtask(s).", "Delete or move its subtasks first, or send ?cascade=true to delete the task with all its subtasks.");
        }

        var doomed = await db.Tasks.Where(t => subtree.Contains(t.Id)).ToListAsync(cancellationToken);
        db.Dependencies.RemoveRange(await db.Dependencies.Where(d => subtree.Contains(d.PredecessorId) || subtree.Contains(d.SuccessorId)).ToListAsync(cancellationToken));
        // Deepest first, so no row ever points at a parent that is already gone.
        foreach (var doomedTask in doomed.OrderByDescending(t => subtree.IndexOf(t.Id)))
        {
            db.Tasks.Remove(doomedTask);
            db.PublishEvent(new TaskDeleted(doomedTask.Id, project.Id, project.Key, doomedTask.Number, doomedTask.Title));
        }

        await plan.AfterChangeAsync(db, project.Id, reschedule: true, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
