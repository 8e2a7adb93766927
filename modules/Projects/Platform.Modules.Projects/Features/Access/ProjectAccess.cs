using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Security;

namespace Platform.Modules.Projects.Features.Access;

/// <summary>
/// Which projects and tasks the caller may see and change. Every query of projects or tasks starts from
/// <see cref="Projects"/> or <see cref="Tasks"/>, so an invisible project (and its tasks) behaves as if it did not
/// exist: not listed, 404 by id. Visible are company-wide projects, private projects the caller owns or is a member
/// of, and everything for holders of <c>projects.manage</c>. An API client acting on its own is nobody's member: it sees
/// company-wide projects, or all with <c>projects.manage</c>.
/// </summary>
internal sealed class ProjectAccess(ICurrentUser caller)
{
    /// <summary>Whether the caller sees and manages every project.</summary>
    public bool ManagesAll => caller.HasPermission(ProjectPermissions.Manage);

    /// <summary>The user acting, if a user acts.</summary>
    public Guid? UserId => caller.UserId;

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

        return db.Projects.Where(p =>
            p.Visibility == ProjectVisibility.Company
            || p.OwnerId == userId
            || db.Members.Any(m => m.ProjectId == p.Id && m.UserId == userId));
    }

    /// <summary>The tasks of the projects the caller may see.</summary>
    public IQueryable<ProjectTask> Tasks(ProjectsDbContext db)
    {
        if (ManagesAll)
        {
            return db.Tasks;
        }

        var visible = Projects(db);
        return db.Tasks.Where(t => visible.Any(p => p.Id == t.ProjectId));
    }

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
    /// Whether the caller may create and change tasks of a project they can see: members and managers, and on a
    /// company-wide project anyone who is not merely a viewer of it.
    /// </summary>
    public async Task<bool> CanChangeTasksAsync(Project project, ProjectsDbContext db, CancellationToken cancellationToken)
    {
        if (ManagesAll)
        {
            return true;
        }

        var role = await RoleInAsync(project, db, cancellationToken);
        return role is ProjectRole.Member or ProjectRole.Manager || (project.Visibility == ProjectVisibility.Company && role is null);
    }

    /// <summary>Whether the caller may change the project itself, delete it and manage its members: its managers (the owner is one).</summary>
    public async Task<bool> CanManageAsync(Project project, ProjectsDbContext db, CancellationToken cancellationToken) =>
        ManagesAll || await RoleInAsync(project, db, cancellationToken) == ProjectRole.Manager;
}
