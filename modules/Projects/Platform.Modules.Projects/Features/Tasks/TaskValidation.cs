using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Calendar;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.People;

namespace Platform.Modules.Projects.Features.Tasks;

/// <summary>A task request that passed every rule, with its references resolved and its dates made consistent.</summary>
internal sealed record ValidTask(
    string Title,
    string? Description,
    TaskStatusDefinition Status,
    TaskPriority Priority,
    IReadOnlyList<AssigneeDto> Assignees,
    TaskDateSpan Dates,
    SchedulingMode SchedulingMode,
    decimal? EstimateHours,
    decimal? RemainingHours,
    int Progress,
    IReadOnlyList<string> Labels,
    Guid? ParentId,
    Guid? MilestoneId);

/// <summary>
/// Checks a task request completely before anything is written: field rules first, then the references (status of the
/// project's set, people and departments of the directory, parent and milestone of the same project, no parent loops).
/// </summary>
internal sealed class TaskValidation(IPeopleDirectory people, ProjectCalendars calendars)
{
    public const int MaxAssignees = 50;
    private const decimal MaxHours = 1_000_000m;

    public async Task<(ValidTask? Task, ValidationErrors Errors)> ValidateAsync(
        ProjectsDbContext db, Project project, ProjectTask? existing, TaskRequest request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Require(!string.IsNullOrWhiteSpace(request.Title), "title", "title is required.");
        errors.Require(request.Title is null || request.Title.Trim().Length <= ProjectTask.TitleMaxLength, "title", $"title must be at most {ProjectTask.TitleMaxLength} characters.");
        errors.Require(request.Description is null || request.Description.Length <= ProjectTask.DescriptionMaxLength, "description", $"description must be at most {ProjectTask.DescriptionMaxLength} characters.");
        errors.Require(request.StartDate is null || request.DueDate is null || request.StartDate <= request.DueDate, "dueDate", "dueDate must not be before startDate.");
        errors.Require(request.DurationDays is null or (>= 0 and <= TaskDateSpan.MaxDuration), "durationDays", $"durationDays must be between 0 and {TaskDateSpan.MaxDuration}.");
        errors.Require(request.EstimateHours is null or (>= 0 and <= MaxHours), "estimateHours", "estimateHours must be 0 or more.");
        errors.Require(request.RemainingHours is null or (>= 0 and <= MaxHours), "remainingHours", "remainingHours must be 0 or more.");
        errors.Require(request.Progress is null or (>= 0 and <= 100), "progress", "progress must be between 0 and 100.");
        errors.Require(request.Assignees is null || request.Assignees.Count <= MaxAssignees, "assignees", $"A task has at most {MaxAssignees} assignees.");
        errors.Require(existing is null || request.ParentId != existing.Id, "parentId", "A task cannot be its own parent.");
        var labels = TaskLabels.Normalize(request.Labels, errors);
        if (errors.Any)
        {
            return (null, errors);
        }

        var statuses = await db.Statuses.AsNoTracking().Where(s => s.ProjectId == project.Id).OrderBy(s => s.Position).ToListAsync(cancellationToken);
        var status = request.Status is null
            ? existing is null ? statuses.First(s => s.Category == TaskStatusCategory.ToDo) : statuses.FirstOrDefault(s => s.Key == existing.Status)
            : statuses.FirstOrDefault(s => s.Key == request.Status);
        if (status is null)
        {
            errors.Add("status", $"'{request.Status ?? existing?.Status}' is not a status of this project. Valid: {string.Join(", ", statuses.Select(s => s.Key))}.");
        }

        var assignees = (request.Assignees ?? []).Distinct().ToList();
        await CheckAssigneesAsync(assignees, errors, cancellationToken);
        await CheckParentAsync(db, project, existing, request.ParentId, errors, cancellationToken);
        if (request.MilestoneId is { } milestoneId && !await db.Milestones.AnyAsync(m => m.Id == milestoneId && m.ProjectId == project.Id, cancellationToken))
        {
            errors.Add("milestoneId", $"No milestone of this project has id '{milestoneId}'.");
        }

        if (errors.Any)
        {
            return (null, errors);
        }

        var dates = new TaskDateSpan(request.StartDate, request.DueDate, request.DurationDays);
        if (dates.Start is not null || dates.Due is not null)
        {
            var previous = existing is null ? (TaskDateSpan?)null : new TaskDateSpan(existing.StartDate, existing.DueDate, existing.DurationDays);
            dates = TaskDateSpan.Resolve(dates, previous, await calendars.LoadAsync(project, cancellationToken));
        }

        return (new ValidTask(
            request.Title!.Trim(), string.IsNullOrEmpty(request.Description) ? null : request.Description, status!,
            request.Priority ?? existing?.Priority ?? TaskPriority.Normal, assignees, dates,
            request.SchedulingMode ?? existing?.SchedulingMode ?? SchedulingMode.Automatic,
            request.EstimateHours, request.RemainingHours, request.Progress ?? 0, labels, request.ParentId, request.MilestoneId), errors);
    }

    private async Task CheckAssigneesAsync(List<AssigneeDto> assignees, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var personIds = assignees.Where(a => a.Kind == AssigneeKind.Person).Select(a => a.Id).ToList();
        if (personIds.Count > 0)
        {
            var known = (await people.FindPeopleAsync(personIds, cancellationToken)).Select(p => p.UserId).ToHashSet();
            foreach (var unknown in personIds.Where(id => !known.Contains(id)))
            {
                errors.Add("assignees", $"No person has id '{unknown}'.");
            }
        }

        foreach (var department in assignees.Where(a => a.Kind == AssigneeKind.Department))
        {
            if (!people.HasDepartments)
            {
                errors.Add("assignees", "Tasks can be assigned to departments only when the organisation's directory knows departments (HR installed).");
                return;
            }

            if (await people.FindDepartmentAsync(department.Id, cancellationToken) is null)
            {
                errors.Add("assignees", $"No department has id '{department.Id}'.");
            }
        }
    }

    private static async Task CheckParentAsync(
        ProjectsDbContext db, Project project, ProjectTask? existing, Guid? parentId, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (parentId is not { } parent || existing?.Id == parent)
        {
            return;
        }

        var tasks = await db.Tasks.AsNoTracking().Where(t => t.ProjectId == project.Id).Select(t => new { t.Id, t.ParentId, t.Number }).ToListAsync(cancellationToken);
        var parents = tasks.ToDictionary(t => t.Id, t => t.ParentId);
        var numbers = tasks.ToDictionary(t => t.Id, t => $"{project.Key}-{t.Number}");
        if (!parents.ContainsKey(parent))
        {
            errors.Add("parentId", $"No task of this project has id '{parent}'.");
            return;
        }

        if (existing is not null && ParentChain.CycleThrough(existing.Id, parent, parents) is { } cycle)
        {
            errors.Add("parentId", $"The parent would make the task its own ancestor: {string.Join(" → ", cycle.Select(id => numbers[id]))}.");
        }
    }
}
