using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Gantt;

namespace Platform.Modules.Projects.Features.Milestones;

/// <summary>A task linked to a milestone.</summary>
public sealed record MilestoneTaskDto(Guid Id, string Key, string Title, string Status, DateOnly? DueDate, bool IsDone);

/// <summary>
/// A milestone with its health computed now (<see cref="MilestoneHealthRule"/>), its linked tasks, and when at risk
/// the tasks that make it so and the date they forecast.
/// </summary>
public sealed record MilestoneDto(
    Guid Id,
    Guid ProjectId,
    string Name,
    string? Description,
    DateOnly Date,
    DateTimeOffset? ReachedAt,
    MilestoneHealth Health,
    int TaskCount,
    int DoneTaskCount,
    DateOnly? ForecastDate,
    IReadOnlyList<Guid> LateTaskIds,
    IReadOnlyList<MilestoneTaskDto> Tasks,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version)
{
    public static MilestoneDto From(Milestone milestone, ProjectPlan plan, DateOnly today)
    {
        var assessment = MilestoneAssessment.Of(milestone, plan, today);
        var tasks = plan.Tasks.Where(t => t.MilestoneId == milestone.Id)
            .Select(t => new MilestoneTaskDto(t.Id, $"{plan.Project.Key}-{t.Number}", t.Title, t.Status, t.DueDate, plan.IsDone(t)))
            .ToList();
        return new MilestoneDto(
            milestone.Id, milestone.ProjectId, milestone.Name, milestone.Description, milestone.Date, milestone.ReachedAt, assessment.Health,
            assessment.Tasks, assessment.DoneTasks, assessment.ForecastDate, assessment.LateTaskIds, tasks, milestone.CreatedAt, milestone.UpdatedAt, milestone.Version);
    }
}

/// <summary>A new milestone; <c>taskIds</c> (optional) are tasks of the same project to link to it.</summary>
public sealed record CreateMilestoneRequest(string? Name, DateOnly? Date, string? Description = null, IReadOnlyList<Guid>? TaskIds = null);

/// <summary>
/// Replaces name, description and date. <c>reached</c> marks (true) or unmarks (false) a milestone without linked
/// tasks; null keeps the mark. A milestone with linked tasks is reached when they are all done, so it takes no mark.
/// </summary>
public sealed record UpdateMilestoneRequest(string? Name, DateOnly? Date, string? Description = null, bool? Reached = null);

/// <summary>The complete set of tasks linked to a milestone.</summary>
public sealed record SetMilestoneTasksRequest(IReadOnlyList<Guid>? TaskIds);
