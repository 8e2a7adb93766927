using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Features.Scheduling;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Dependencies;

internal static class UpdateDependency
{
    public static async Task<Results<Ok<DependencyDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, UpdateDependencyRequest request, ProjectsDbContext db, ProjectAccess access, TaskRescheduler rescheduler,
        HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Require(request.Type is not null, "type", "type is required.");
        errors.Require(request.LagDays is not null, "lagDays", "lagDays is required.");
        DependencyRules.ValidateTypeAndLag(request.Type, request.LagDays, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

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

        dependency.Type = request.Type!.Value;
        dependency.LagDays = request.LagDays!.Value;
        if (db.ChangeTracker.HasChanges())
        {
            // A new type or lag moves the successor (and what follows it) in the same commit.
            await rescheduler.RescheduleAsync(db, project.Id, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        Preconditions.SetETag(response, dependency.Version);
        return TypedResults.Ok(DependencyDto.From(dependency, project.Key, await found.NumbersAsync(db, cancellationToken)));
    }
}
