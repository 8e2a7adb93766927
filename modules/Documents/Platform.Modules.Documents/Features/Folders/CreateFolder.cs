using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Features.Content;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.Security;

namespace Platform.Modules.Documents.Features.Folders;

/// <summary>A new folder under a parent.</summary>
/// <param name="ParentId">The folder to create it in.</param>
/// <param name="Name">Its name (the name rules of the module apply).</param>
public sealed record CreateFolderRequest(Guid? ParentId, string? Name);

internal static class CreateFolder
{
    public static async Task<Results<Created<FolderDto>, ValidationProblem, ProblemHttpResult>> Handle(
        CreateFolderRequest request, DocumentsDbContext db, DocumentAccess access, DocumentWriter writer, ICurrentUser caller, TimeProvider time,
        HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (request.ParentId is null)
        {
            errors.Add("parentId", "The parent folder is required.");
        }

        if (!ItemName.TryNormalize(request.Name, out var name, out var nameError))
        {
            errors.Add("name", nameError);
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var (parent, level) = await access.FindFolderAsync(request.ParentId!.Value, cancellationToken);
        if (parent is null)
        {
            return ApiProblems.NotFound("Folder", request.ParentId);
        }

        if (level < AccessLevel.Write)
        {
            return DocumentProblems.CannotWrite();
        }

        var key = ItemName.KeyOf(name);
        if (await writer.IsNameTakenAsync(parent.Id, key, null, cancellationToken))
        {
            return ApiProblems.Conflict($"'{name}' already exists in '{parent.Name}'.", "Names are unique within a folder regardless of case; choose another name.");
        }

        var now = time.GetUtcNow();
        var folder = new Folder
        {
            Id = Guid.CreateVersion7(now), SpaceId = parent.SpaceId, ParentId = parent.Id, Name = name, NameKey = key,
            CreatedAt = now, CreatedBy = caller.UserId, UpdatedAt = now,
        };
        db.Folders.Add(folder);
        await db.SaveChangesAsync(cancellationToken);
        access.Invalidate();

        Preconditions.SetETag(response, folder.Version);
        return TypedResults.Created($"/api/documents/folders/{folder.Id}", FolderDto.From(folder, level));
    }
}
