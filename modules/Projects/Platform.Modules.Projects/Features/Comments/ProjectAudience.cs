using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Persistence;

namespace Platform.Modules.Projects.Features.Comments;

/// <summary>
/// Whether other people (not the caller) can see a project, for deciding what a notification to them may say. It
/// follows the rules of ProjectAccess as far as they can be known without the person's permissions: a company-wide
/// project is seen by everyone; a private one by its owner and members. Holders of projects.manage who are not members
/// count as not seeing it: the safe side for a notification.
/// </summary>
internal static class ProjectAudience
{
    public static async Task<HashSet<Guid>> WhoCanSeeAsync(ProjectsDbContext db, Project project, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        if (project.Visibility == ProjectVisibility.Company)
        {
            return [.. userIds];
        }

        var members = await db.Members.AsNoTracking()
            .Where(m => m.ProjectId == project.Id && userIds.Contains(m.UserId))
            .Select(m => m.UserId)
            .ToListAsync(cancellationToken);
        var seeing = members.ToHashSet();
        if (project.OwnerId is { } owner && userIds.Contains(owner))
        {
            seeing.Add(owner);
        }

        return seeing;
    }
}
