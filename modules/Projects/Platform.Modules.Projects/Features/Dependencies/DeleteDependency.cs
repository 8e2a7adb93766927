using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Projects.Events;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Features.Scheduling;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Dependencies;

internal static class DeleteDependency
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        Guid id, ProjectsDbContext db, ProjectAccess access, TaskRescheduler rescheduler, HttpRequest httpRequest, CancellationToken cancellationToken)
    {
        if (await DependencyLookup.FindAsync(id, db, access, cancellationToken) is not { } found)
        {
            return ApiProblems.NotFound("Dependency", id);
        }

        var (dependency, project) = found;
        if (!await access.CanChangeTasksAsync(project, db, cancellationToken))
        {
            return ProjectProblems.CannotChangeTasks();
        }

        if (Preconditions.CheckIfMatch(httpRequest, dependency.Version) is { } failed)
        {
            return failed;
        }

        var numbers = await found.NumbersAsync(db, cancellationToken);
        db.Dependencies.Remove(dependency);
        db.PublishEvent(new DependencyRemoved(
            dependency.Id, project.Id, dependency.PredecessorId, $"{project.Key}-{numbers[dependency.PredecessorId]}", dependency.SuccessorId, $"{project.Key}-{numbers[dependency.SuccessorId]}"));
        // Without the link its successor may start earlier: the removal and the move commit together.
        await rescheduler.RescheduleAsync(db, project.Id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
