using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Transfer.Csv;
using Platform.Sdk.People;

namespace Platform.Modules.Projects.Features.Transfer.Import;

/// <summary>
/// Resolves the entries of an assignees cell: an email address or a user id is a person (their account must exist),
/// "department:{id}" is a department queue (the directory must know the department). Each distinct entry is looked
/// up once per import.
/// </summary>
internal sealed class PrincipalLookup(IUserAccounts accounts, IPeopleDirectory people)
{
    private readonly Dictionary<string, TaskAssignee?> _cache = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IReadOnlyList<TaskAssignee>> ResolveAsync(TaskFileRow row, List<ImportRowError> errors, CancellationToken cancellationToken)
    {
        var assignees = new List<TaskAssignee>();
        foreach (var entry in row.Assignees)
        {
            if (!_cache.TryGetValue(entry, out var assignee))
            {
                _cache[entry] = assignee = await FindAsync(entry, cancellationToken);
            }

            if (assignee is null)
            {
                errors.Add(new ImportRowError(row.Row, TaskColumns.Assignees, Unknown(entry)));
            }
            else if (!assignees.Any(a => a.Kind == assignee.Kind && a.PrincipalId == assignee.PrincipalId))
            {
                assignees.Add(new TaskAssignee { Kind = assignee.Kind, PrincipalId = assignee.PrincipalId });
            }
        }

        return assignees;
    }

    private async Task<TaskAssignee?> FindAsync(string entry, CancellationToken cancellationToken)
    {
        if (entry.StartsWith(TaskColumns.DepartmentPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return Guid.TryParse(entry[TaskColumns.DepartmentPrefix.Length..].Trim(), out var departmentId)
                && await people.FindDepartmentAsync(departmentId, cancellationToken) is not null
                ? new TaskAssignee { Kind = AssigneeKind.Department, PrincipalId = departmentId }
                : null;
        }

        var account = Guid.TryParse(entry, out var userId)
            ? await accounts.FindByIdAsync(userId, cancellationToken)
            : entry.Contains('@', StringComparison.Ordinal) ? await accounts.FindByEmailAsync(entry, cancellationToken) : null;
        return account is { IsActive: true } ? new TaskAssignee { Kind = AssigneeKind.Person, PrincipalId = account.UserId } : null;
    }

    private static string Unknown(string entry) => entry.StartsWith(TaskColumns.DepartmentPrefix, StringComparison.OrdinalIgnoreCase)
        ? $"'{entry}' is not a known department (department:{{id}})."
        : $"'{entry}' is not an active user (an email address or a user id).";
}
