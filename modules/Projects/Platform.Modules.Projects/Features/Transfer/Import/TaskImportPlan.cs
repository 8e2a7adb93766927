using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Transfer.Csv;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.People;

namespace Platform.Modules.Projects.Features.Transfer.Import;

/// <summary>A milestone a file asks for that the project does not have yet, with the date it will get.</summary>
internal sealed record NewMilestone(string Name, DateOnly Date);

/// <summary>
/// The rows of an imported file with what they point at resolved against the project: statuses (by key, name or
/// category), assignees (a person by email or user id, a department queue as "department:{id}") and milestones (by
/// name: an existing one of the project, or one the file creates). Problems are added to the caller's error list
/// with their row and column; nothing is written here.
/// </summary>
internal sealed class TaskImportPlan
{
    private readonly Dictionary<int, IReadOnlyList<TaskAssignee>> _assignees = [];
    private readonly Dictionary<int, string> _statuses = [];

    private TaskImportPlan(IReadOnlyList<TaskFileRow> rows, List<TaskStatusDefinition> statuses)
    {
        Rows = rows;
        Statuses = statuses;
    }

    public IReadOnlyList<TaskFileRow> Rows { get; }

    /// <summary>The project's status set, by position.</summary>
    public List<TaskStatusDefinition> Statuses { get; }

    /// <summary>The project's milestones by name (case-insensitive), the first of a name when names repeat.</summary>
    public Dictionary<string, Milestone> ExistingMilestones { get; private set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Milestones the import creates, by name.</summary>
    public Dictionary<string, NewMilestone> NewMilestones { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string StatusOf(TaskFileRow row) => _statuses[row.Row];

    public IReadOnlyList<TaskAssignee> AssigneesOf(TaskFileRow row) => _assignees.GetValueOrDefault(row.Row, []);

    /// <param name="milestoneDates">Dates of milestones the file defines itself (MSPDI milestone tasks); others are dated by their tasks.</param>
    public static async Task<TaskImportPlan> CreateAsync(
        ProjectsDbContext db, IUserAccounts accounts, IPeopleDirectory people, Guid projectId, IReadOnlyList<TaskFileRow> rows,
        IReadOnlyDictionary<string, DateOnly> milestoneDates, List<ImportRowError> errors, CancellationToken cancellationToken)
    {
        var statuses = await db.Statuses.AsNoTracking().Where(s => s.ProjectId == projectId).OrderBy(s => s.Position).ToListAsync(cancellationToken);
        var plan = new TaskImportPlan(rows, statuses);
        var milestones = await db.Milestones.AsNoTracking().Where(m => m.ProjectId == projectId).OrderBy(m => m.Date).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        plan.ExistingMilestones = milestones.DistinctBy(m => m.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(m => m.Name, StringComparer.OrdinalIgnoreCase);

        var principals = new PrincipalLookup(accounts, people);
        foreach (var row in rows)
        {
            plan.ResolveStatus(row, errors);
            plan._assignees[row.Row] = await principals.ResolveAsync(row, errors, cancellationToken);
            foreach (var label in row.Labels.Where(l => l.Length > TaskLabel.MaxLength))
            {
                errors.Add(new ImportRowError(row.Row, TaskColumns.Labels, $"The label '{label[..20]}…' is longer than {TaskLabel.MaxLength} characters."));
            }
        }

        plan.PlanMilestones(milestoneDates, errors);
        return plan;
    }

    private void ResolveStatus(TaskFileRow row, List<ImportRowError> errors)
    {
        var first = Statuses.FirstOrDefault(s => s.Category == TaskStatusCategory.ToDo) ?? Statuses.FirstOrDefault();
        if (row.Status is not { } value)
        {
            _statuses[row.Row] = first?.Key ?? TaskStatusDefinition.DefaultToDo;
            return;
        }

        var status = Statuses.FirstOrDefault(s => string.Equals(s.Key, value, StringComparison.OrdinalIgnoreCase))
            ?? Statuses.FirstOrDefault(s => string.Equals(s.Name, value, StringComparison.OrdinalIgnoreCase))
            ?? (Enum.TryParse<TaskStatusCategory>(value, ignoreCase: true, out var category) && !value.Any(char.IsDigit)
                ? Statuses.FirstOrDefault(s => s.Category == category)
                : null);
        if (status is null)
        {
            errors.Add(new ImportRowError(row.Row, TaskColumns.Status, $"'{value}' is not a status of the project: {string.Join(", ", Statuses.Select(s => s.Key))}."));
        }

        _statuses[row.Row] = status?.Key ?? "";
    }

    /// <summary>
    /// Names not among the project's milestones become new milestones, dated by the file or else by the latest finish
    /// (or start) of the rows linked to them.
    /// </summary>
    private void PlanMilestones(IReadOnlyDictionary<string, DateOnly> milestoneDates, List<ImportRowError> errors)
    {
        foreach (var group in Rows.Where(r => r.Milestone is not null).GroupBy(r => r.Milestone!.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            if (ExistingMilestones.ContainsKey(group.Key))
            {
                continue;
            }

            if (group.Key.Length > Milestone.NameMaxLength)
            {
                errors.Add(new ImportRowError(group.First().Row, TaskColumns.Milestone, $"A milestone name is at most {Milestone.NameMaxLength} characters."));
                continue;
            }

            var date = milestoneDates.TryGetValue(group.Key, out var given) ? given : group.Select(r => r.Due ?? r.Start).Max();
            if (date is null)
            {
                errors.Add(new ImportRowError(group.First().Row, TaskColumns.Milestone,
                    $"The project has no milestone '{group.Key}', and none of its rows has a date to give a new one; create it first or give the rows due dates."));
                continue;
            }

            NewMilestones[group.Key] = new NewMilestone(group.Key, date.Value);
        }

        foreach (var (name, date) in milestoneDates.Where(m => !ExistingMilestones.ContainsKey(m.Key) && !NewMilestones.ContainsKey(m.Key)))
        {
            NewMilestones[name] = new NewMilestone(name, date); // a milestone no task leads to
        }
    }
}
