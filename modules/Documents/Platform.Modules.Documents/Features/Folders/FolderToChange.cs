using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Folders;

/// <summary>
/// What renaming, moving and deleting a folder check first, in this order: the folder exists for the caller (404), it
/// is not a space's root (400), the caller may write in the folder that holds it (403), and the request's If-Match
/// is its current version (428, 412). Either the folder (tracked) and its parent, or the answer to give.
/// </summary>
internal sealed record FolderToChange(Folder? Folder, Guid ParentId, ValidationProblem? Invalid, ProblemHttpResult? Refused)
{
    /// <param name="id">The folder.</param>
    /// <param name="rootField">The field a refusal of a space's root names.</param>
    /// <param name="rootRefusal">Why a space's root cannot take this change.</param>
    /// <param name="access">The caller's access.</param>
    /// <param name="http">The request, for its If-Match.</param>
    /// <param name="cancellationToken">Stops the lookups.</param>
    public static async Task<FolderToChange> FindAsync(
        Guid id, string rootField, string rootRefusal, DocumentAccess access, HttpContext http, CancellationToken cancellationToken)
    {
        var (folder, _) = await access.FindFolderAsync(id, cancellationToken);
        if (folder is null)
        {
            return new(null, default, null, ApiProblems.NotFound("Folder", id));
        }

        if (folder.ParentId is not { } parentId)
        {
            return new(null, default, new ValidationErrors().Add(rootField, rootRefusal).ToProblem(), null);
        }

        if (await access.LevelOnAsync(parentId, cancellationToken) < AccessLevel.Write)
        {
            return new(null, default, null, DocumentProblems.CannotWrite());
        }

        return Preconditions.CheckIfMatch(http.Request, folder.Version) is { } failed
            ? new(null, default, null, failed)
            : new(folder, parentId, null, null);
    }
}
