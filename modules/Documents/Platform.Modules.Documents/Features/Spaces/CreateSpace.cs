using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.People;

namespace Platform.Modules.Documents.Features.Spaces;

/// <summary>The body of <c>POST /spaces</c>.</summary>
/// <param name="Kind">Department or Project (the company space exists from the start).</param>
/// <param name="OwnerId">The department (known to the people directory) or the project the space belongs to.</param>
/// <param name="Name">The space's name; a department space defaults to the department's name, a project space needs one.</param>
public sealed record CreateSpaceRequest(string? Kind = null, Guid? OwnerId = null, string? Name = null);

/// <summary>
/// Creates a department or project space with its root folder and default access: a department's people write in
/// theirs; the creator of a project space manages it (and grants the project's people access from there). One space per
/// owner: a second is a 409 naming the first.
/// </summary>
internal static class CreateSpace
{
    public static async Task<Results<Created<SpaceDto>, ValidationProblem, ProblemHttpResult>> Handle(
        CreateSpaceRequest request, DocumentsDbContext db, DocumentAccess access, IPeopleDirectory people, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        SpaceKind? kind = request.Kind?.Trim() switch
        {
            { } k when k.Equals(nameof(SpaceKind.Department), StringComparison.OrdinalIgnoreCase) => SpaceKind.Department,
            { } k when k.Equals(nameof(SpaceKind.Project), StringComparison.OrdinalIgnoreCase) => SpaceKind.Project,
            _ => null,
        };
        errors.Require(kind is not null, "kind", "kind is Department or Project (there is one company space, created at start).");
        errors.Require(request.OwnerId is { } owner && owner != Guid.Empty, "ownerId", "ownerId is required: the department's or the project's id.");
        var rawName = request.Name;
        if (kind == SpaceKind.Department && request.OwnerId is { } departmentId)
        {
            if (!people.HasDepartments)
            {
                errors.Add("kind", "Department spaces need a people directory that knows departments (the HR module).");
            }
            else if (await people.FindDepartmentAsync(departmentId, cancellationToken) is not { } department)
            {
                errors.Add("ownerId", $"The directory has no department with id '{departmentId}'.");
            }
            else if (string.IsNullOrWhiteSpace(rawName))
            {
                rawName = department.Name;
            }
        }

        var name = "";
        if (kind is not null && !ItemName.TryNormalize(rawName, out name, out var nameError))
        {
            errors.Add("name", string.IsNullOrWhiteSpace(rawName) ? "name is required for a project space." : $"{nameError} (the space's name is its root folder's name).");
        }

        errors.Require(name.Length <= Space.NameMaxLength, "name", $"A space's name may have at most {Space.NameMaxLength} characters.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await db.Spaces.AsNoTracking().FirstOrDefaultAsync(s => s.Kind == kind && s.OwnerId == request.OwnerId, cancellationToken) is { } existing)
        {
            return ApiProblems.Conflict($"This {kind!.Value.ToString().ToLowerInvariant()} already has a space: '{existing.Name}' ({existing.Id}).");
        }

        var now = time.GetUtcNow();
        var root = new Folder { Id = Guid.CreateVersion7(now), Name = name, NameKey = ItemName.KeyOf(name), CreatedAt = now, CreatedBy = access.UserId, UpdatedAt = now };
        var space = new Space { Id = Guid.CreateVersion7(now), Kind = kind!.Value, Name = name, OwnerId = request.OwnerId, RootFolderId = root.Id, CreatedAt = now, CreatedBy = access.UserId };
        root.SpaceId = space.Id;
        db.Spaces.Add(space);
        db.Folders.Add(root);
        db.Grants.Add(kind == SpaceKind.Department
            ? CompanySpace.RootGrant(root, PrincipalKind.Department, null, AccessLevel.Write, now, request.OwnerId)
            : CompanySpace.RootGrant(root, PrincipalKind.Person, null, AccessLevel.Manage, now, access.UserId));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request created the owner's space between the check and the save (the unique index decides).
            return ApiProblems.Conflict($"This {kind.Value.ToString().ToLowerInvariant()} already has a space.");
        }

        access.Invalidate();
        var level = await access.LevelOnAsync(root.Id, cancellationToken);
        return TypedResults.Created($"/api/documents/spaces/{space.Id}", SpaceDto.From(space, level));
    }
}
