using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.People;
using Platform.Sdk.Security;

namespace Platform.Modules.Projects.Features.Access;

/// <summary>
/// Which projects and tasks the caller may see and change. Every query of projects or tasks starts from
/// <see cref="Projects"/> or <see cref="Tasks"/>, so an invisible project (and its tasks) behaves as if it did not
/// exist: not listed, 404 by id. Visible are company-wide projects, department projects of the caller's department
/// (or a department above it), private projects the caller owns or is a member of, and everything for holders of
/// <c>projects.manage</c>. A task is also visible to the people it is assigned to, directly or through their
/// department's queue, so work delegated across departments reaches them. An API client acting on its own is nobody's
/// member: it sees company-wide projects, or all with <c>projects.manage</c>.
/// </summary>
internal sealed class ProjectAccess(ICurrentUser caller, IPeopleDirectory people)
{
    // Departments the caller belongs to: their own and every one above it. Loaded once per request (see LoadAsync).
    private Guid[] _departments = [];

    /// <summary>Whether the caller sees and manages every project.</summary>
    public bool ManagesAll => caller.HasPermission(ProjectPermissions.Manage);

    /// <summary>The user acting, if a user acts.</summary>
    public Guid? UserId => caller.UserId;

    /// <summary>The caller's department and the departments above it (empty without a directory that knows departments).</summary>
    public IReadOnlyList<Guid> Departments => _departments;

    /// <summary>
    /// Reads the caller's departments from the directory. The module's endpoint filter calls it before every handler;
    /// until it runs the caller belongs to no department, which only ever narrows what they see.
    /// </summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (ManagesAll || caller.UserId is not { } userId || !people.HasDepartments)
        {
            return;
        }

        _departments = [.. await people.DepartmentChainAsync(userId, knownDepartment: null, cancellationToken)];
    }

    /// <summary>The projects the caller may see.</summary>
    public IQueryable<Project> Projects(ProjectsDbContext db)
    {
        if (ManagesAll)
        {
            return db.Projects;
        }

        if (caller.UserId is not { } userId)
        {
            return db.Projects.Where(p => p.Visibility == ProjectVisibility.Company);
        }

        var departments = _departments;
        return db.Projects.Where(p =>
            p.Visibility == ProjectVisibility.Company
            || (p.Visibility == ProjectVisibility.Department && p.DepartmentId != null && departments.Contains(p.DepartmentId.Value))
            || p.OwnerId == userId
            || db.Members.Any(m => m.ProjectId == p.Id && m.UserId == userId));
    }

    /// <summary>The tasks of the projects the caller may see, and the tasks assigned to them or their department.</summary>
    public IQueryable<ProjectTask> Tasks(ProjectsDbContext db)
    {
        if (ManagesAll)
        {
            return db.Tasks;
        }

        var visible = Projects(db);
        if (caller.UserId is not { } userId)
        {
            return db.Tasks.Where(t => visible.Any(p => p.Id == t.ProjectId));
        }

        var departments = _departments;
        return db.Tasks.Where(t =>
            visible.Any(p => p.Id == t.ProjectId)
            || t.Assignees.Any(a =>
                (a.Kind == AssigneeKind.Person && a.PrincipalId == userId)
                || (a.Kind == AssigneeKind.Department && departments.Contains(a.PrincipalId))));
    }

    /// <summary>Whether the caller is among <paramref name="task"/>'s assignees, in person or through their department (assignees must be loaded).</summary>
    public bool IsAssignee(ProjectTask task) =>
        caller.UserId is { } userId && task.Assignees.Any(a =>
            (a.Kind == AssigneeKind.Person && a.PrincipalId == userId)
            || (a.Kind == AssigneeKind.Department && _departments.Contains(a.PrincipalId)));

    /// <summary>The caller's role in <paramref name="project"/>: its owner counts as a manager; null for non-members.</summary>
    public async Task<ProjectRole?> RoleInAsync(Project project, ProjectsDbContext db, CancellationToken cancellationToken)
    {
        if (caller.UserId is not { } userId)
        {
            return null;
        }

        if (project.OwnerId == userId)
        {
            return ProjectRole.Manager;
        }

        return await db.Members.AsNoTracking()
            .Where(m => m.ProjectId == project.Id && m.UserId == userId)
            .Select(m => (ProjectRole?)m.Role)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Whether the caller may create and change tasks of a project: members and managers, and on a project open to the
    /// company or their department anyone who is not merely a viewer of it.
    /// </summary>
    public async Task<bool> CanChangeTasksAsync(Project project, ProjectsDbContext db, CancellationToken cancellationToken)
    {
        if (ManagesAll)
        {
            return true;
        }

        var role = await RoleInAsync(project, db, cancellationToken);
        var openToCaller = project.Visibility == ProjectVisibility.Company
            || (project.Visibility == ProjectVisibility.Department && project.DepartmentId is { } department && _departments.Contains(department));
        return role is ProjectRole.Member or ProjectRole.Manager || (openToCaller && role is null);
    }

    /// <summary>Whether the caller may change <paramref name="task"/>: as for its project's tasks, or as one of its assignees (assignees must be loaded).</summary>
    public async Task<bool> CanChangeTaskAsync(ProjectTask task, Project project, ProjectsDbContext db, CancellationToken cancellationToken) =>
        IsAssignee(task) || await CanChangeTasksAsync(project, db, cancellationToken);

    /// <summary>Whether the caller may change the project itself, delete it and manage its members: its managers (the owner is one).</summary>
    public async Task<bool> CanManageAsync(Project project, ProjectsDbContext db, CancellationToken cancellationToken) =>
        ManagesAll || await RoleInAsync(project, db, cancellationToken) == ProjectRole.Manager;
}
