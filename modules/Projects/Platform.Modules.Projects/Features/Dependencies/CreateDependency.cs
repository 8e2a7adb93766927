using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Domain.Scheduling;
using Platform.Modules.Projects.Events;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Features.Scheduling;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Dependencies;

internal static class CreateDependency
{
    public static async Task<Results<Created<DependencyDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid projectId, CreateDependencyRequest request, ProjectsDbContext db, ProjectAccess access, TaskRescheduler rescheduler,
        TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Require(request.PredecessorId is not null, "predecessorId", "predecessorId is required.");
        errors.Require(request.SuccessorId is not null, "successorId", "successorId is required.");
        errors.Require(request.PredecessorId is null || request.PredecessorId != request.SuccessorId, "successorId", "A task cannot depend on itself.");
        DependencyRules.ValidateTypeAndLag(request.Type, request.LagDays, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var project = await access.Projects(db).AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        if (!await access.CanChangeTasksAsync(project, db, cancellationToken))
        {
            return ProjectProblems.CannotChangeTasks();
        }

        var tasks = await db.Tasks.Where(t => t.ProjectId == projectId).ToDictionaryAsync(t => t.Id, cancellationToken);
        var predecessor = tasks.GetValueOrDefault(request.PredecessorId!.Value);
        var successor = tasks.GetValueOrDefault(request.SuccessorId!.Value);
        errors.Require(predecessor is not null, "predecessorId", $"Project {project.Key} has no task {request.PredecessorId}.");
        errors.Require(successor is not null, "successorId", $"Project {project.Key} has no task {request.SuccessorId}.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (DependencyRules.HierarchyConflict(predecessor!, successor!, tasks) is { } field)
        {
            return errors.Add(field, "A summary task cannot depend on its own subtasks, nor they on it: its dates are their span.").ToProblem();
        }

        var existing = await db.Dependencies.Where(d => d.ProjectId == projectId).ToListAsync(cancellationToken);
        string KeyOf(Guid id) => $"{project.Key}-{tasks[id].Number}";
        if (existing.FirstOrDefault(d => d.PredecessorId == predecessor!.Id && d.SuccessorId == successor!.Id) is { } duplicate)
        {
            return ApiProblems.Conflict(
                $"{KeyOf(successor!.Id)} already depends on {KeyOf(predecessor!.Id)}.",
                $"Two tasks are linked at most once; change the existing dependency {duplicate.Id} instead.");
        }

        var type = request.Type ?? DependencyType.FinishToStart;
        var lag = request.LagDays ?? 0;
        var candidate = new SchedulableLink(predecessor!.Id, successor!.Id, type, lag);
        if (DependencyCycles.FindCycle(existing.ConvertAll(DependencyRules.ToLink), candidate) is { } cycle)
        {
            return DependencyRules.CycleProblem(cycle, KeyOf);
        }

        var now = time.GetUtcNow();
        var dependency = new TaskDependency
        {
            Id = Guid.CreateVersion7(now),
            ProjectId = projectId,
            PredecessorId = predecessor.Id,
            SuccessorId = successor.Id,
            Type = type,
            LagDays = lag,
            CreatedAt = now,
        };
        db.Dependencies.Add(dependency);
        db.PublishEvent(new DependencyAdded(dependency.Id, projectId, predecessor.Id, KeyOf(predecessor.Id), successor.Id, KeyOf(successor.Id), type.ToString(), lag));
        await rescheduler.RescheduleAsync(db, projectId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        Preconditions.SetETag(response, dependency.Version);
        return TypedResults.Created($"/api/projects/dependencies/{dependency.Id}", DependencyDto.From(dependency, project.Key, tasks.ToDictionary(t => t.Key, t => t.Value.Number)));
    }
}
