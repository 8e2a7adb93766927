using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.People;

namespace Platform.Modules.Projects.Features.Members;

/// <summary>A member of a project as the API returns it.</summary>
/// <param name="UserId">The member's user id.</param>
/// <param name="DisplayName">Their name from the people directory, when known.</param>
/// <param name="Role">Viewer, Member or Manager.</param>
/// <param name="AddedAt">When they were added.</param>
public sealed record ProjectMemberDto(Guid UserId, string? DisplayName, ProjectRole Role, DateTimeOffset AddedAt);

/// <summary>Adds a member or changes their role.</summary>
/// <param name="Role">Viewer, Member or Manager.</param>
public sealed record SetProjectMemberRequest(ProjectRole Role);

/// <summary>Who belongs to a project: everyone who sees the project sees its members; its managers change them.</summary>
internal static class ProjectMembers
{
    public static async Task<Results<Ok<List<ProjectMemberDto>>, ProblemHttpResult>> List(
        Guid projectId, ProjectsDbContext db, ProjectAccess access, IPeopleDirectory people, CancellationToken cancellationToken)
    {
        if (!await access.Projects(db).AnyAsync(p => p.Id == projectId, cancellationToken))
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        var members = await db.Members.AsNoTracking().Where(m => m.ProjectId == projectId).ToListAsync(cancellationToken);
        var names = (await people.FindPeopleAsync([.. members.Select(m => m.UserId)], cancellationToken)).ToDictionary(p => p.UserId, p => p.DisplayName);
        return TypedResults.Ok(members
            .OrderBy(m => m.AddedAt).ThenBy(m => m.UserId)
            .Select(m => new ProjectMemberDto(m.UserId, names.GetValueOrDefault(m.UserId), m.Role, m.AddedAt))
            .ToList());
    }

    public static async Task<Results<Ok<ProjectMemberDto>, Created<ProjectMemberDto>, ValidationProblem, ProblemHttpResult>> Set(
        Guid projectId, Guid userId, SetProjectMemberRequest request, ProjectsDbContext db, ProjectAccess access, IPeopleDirectory people,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var project = await access.Projects(db).AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        if (!await access.CanManageAsync(project, db, cancellationToken))
        {
            return ProjectProblems.NotAManager();
        }

        var errors = new ValidationErrors();
        errors.Require(Enum.IsDefined(request.Role), "role", "role must be Viewer, Member or Manager.");
        var person = await people.FindPersonAsync(userId, cancellationToken);
        errors.Require(person is { IsActive: true }, "userId", $"No active user has id '{userId}'.");
        errors.Require(project.OwnerId != userId || request.Role == ProjectRole.Manager, "role", "The project's owner is always one of its managers.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var member = await db.Members.FirstOrDefaultAsync(m => m.ProjectId == projectId && m.UserId == userId, cancellationToken);
        var created = member is null;
        if (member is null)
        {
            member = new ProjectMember { ProjectId = projectId, UserId = userId, AddedAt = time.GetUtcNow() };
            db.Members.Add(member);
        }

        member.Role = request.Role;
        await db.SaveChangesAsync(cancellationToken);
        var dto = new ProjectMemberDto(userId, person!.DisplayName, member.Role, member.AddedAt);
        return created ? TypedResults.Created($"/api/projects/projects/{projectId}/members/{userId}", dto) : TypedResults.Ok(dto);
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Remove(
        Guid projectId, Guid userId, ProjectsDbContext db, ProjectAccess access, CancellationToken cancellationToken)
    {
        var project = await access.Projects(db).AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        if (!await access.CanManageAsync(project, db, cancellationToken))
        {
            return ProjectProblems.NotAManager();
        }

        if (project.OwnerId == userId)
        {
            return new ValidationErrors().Add("userId", "The project's owner cannot be removed from it.").ToProblem();
        }

        var member = await db.Members.FirstOrDefaultAsync(m => m.ProjectId == projectId && m.UserId == userId, cancellationToken);
        if (member is null)
        {
            return ApiProblems.NotFound("Member", userId);
        }

        db.Members.Remove(member);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
