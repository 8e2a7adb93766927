using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.People;

namespace Platform.Modules.Projects.Features.Comments;

/// <summary>
/// Whether other people (not the caller) can see a task, for deciding what a notification to them may say. It follows
/// the rules of ProjectAccess as far as they can be known without the person's permissions: a company-wide project is
/// seen by everyone; a department project by the members of that department and the departments below it; any project
/// by its owner and members; a task also by its assignees, in person or through their department's queue. Holders of
/// projects.manage who are none of these count as not seeing it: the safe side for a notification.
/// </summary>
internal static class ProjectAudience
{
    public static async Task<HashSet<Guid>> WhoCanSeeAsync(
        ProjectsDbContext db, IPeopleDirectory people, Project project, Guid taskId, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        if (project.Visibility == ProjectVisibility.Company)
        {
            return [.. userIds];
        }

        var seeing = (await db.Members.AsNoTracking()
            .Where(m => m.ProjectId == project.Id && userIds.Contains(m.UserId))
            .Select(m => m.UserId)
            .ToListAsync(cancellationToken)).ToHashSet();
        if (project.OwnerId is { } owner)
        {
            seeing.Add(owner);
        }

        var assignees = await db.TaskAssignees.AsNoTracking().Where(a => a.TaskId == taskId).ToListAsync(cancellationToken);
        seeing.UnionWith(assignees.Where(a => a.Kind == AssigneeKind.Person).Select(a => a.PrincipalId));
        var departments = assignees.Where(a => a.Kind == AssigneeKind.Department).Select(a => a.PrincipalId).ToList();
        if (project is { Visibility: ProjectVisibility.Department, DepartmentId: { } projectDepartment })
        {
            departments.Add(projectDepartment);
        }

        foreach (var department in departments.Distinct())
        {
            var members = await people.GetDepartmentMembersAsync(department, includeSubDepartments: true, cancellationToken);
            seeing.UnionWith(members.Select(p => p.UserId));
        }

        seeing.IntersectWith(userIds);
        return seeing;
    }
}
