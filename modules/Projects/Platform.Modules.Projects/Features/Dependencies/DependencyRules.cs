using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Domain.Scheduling;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Dependencies;

/// <summary>What makes a dependency valid: a known type, a bounded lag, two different tasks of the project, no link between a summary and its own subtasks, no cycle.</summary>
internal static class DependencyRules
{
    /// <summary>About four years of working days either way: far beyond any real lag, well inside date arithmetic.</summary>
    public const int MaxLagDays = 1000;

    public static void ValidateTypeAndLag(DependencyType? type, int? lagDays, ValidationErrors errors)
    {
        errors.Require(type is null || Enum.IsDefined(type.Value), "type", "type must be FinishToStart, StartToStart, FinishToFinish or StartToFinish.");
        errors.Require(lagDays is null || Math.Abs(lagDays.Value) <= MaxLagDays, "lagDays", $"lagDays must be between -{MaxLagDays} and {MaxLagDays} working days.");
    }

    /// <summary>
    /// Linking a summary with one of its own subtasks would make the summary depend on itself (its dates are its
    /// subtasks' span); the name of the field at fault, or null.
    /// </summary>
    public static string? HierarchyConflict(ProjectTask predecessor, ProjectTask successor, IReadOnlyDictionary<Guid, ProjectTask> tasks)
    {
        if (IsAncestor(predecessor.Id, successor, tasks))
        {
            return "successorId";
        }

        return IsAncestor(successor.Id, predecessor, tasks) ? "predecessorId" : null;
    }

    /// <summary>The 400 for a link that would close a cycle, naming it by task keys (WEB-3 → WEB-5 → WEB-3).</summary>
    public static ValidationProblem CycleProblem(IReadOnlyList<Guid> cycle, Func<Guid, string> keyOf)
    {
        var names = string.Join(" → ", cycle.Select(keyOf));
        return TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { ["successorId"] = [$"The dependency would close the cycle {names}."] },
            detail: $"The dependency would close the cycle {names}.",
            title: "The dependency would close a cycle.");
    }

    public static SchedulableLink ToLink(TaskDependency d) => new(d.PredecessorId, d.SuccessorId, d.Type, d.LagDays);

    private static bool IsAncestor(Guid ancestor, ProjectTask task, IReadOnlyDictionary<Guid, ProjectTask> tasks)
    {
        var seen = new HashSet<Guid>();
        for (var parent = task.ParentId; parent is { } id && seen.Add(id); parent = tasks.GetValueOrDefault(id)?.ParentId)
        {
            if (id == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
