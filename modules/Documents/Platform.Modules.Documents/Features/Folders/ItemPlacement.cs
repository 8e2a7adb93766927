using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Features.Content;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Folders;

/// <summary>
/// Where a moved, copied, renamed or restored item goes, checked the same way for folders and documents: the target
/// folder must be one the caller may read (else 404) and write in (else 403), the name must pass <see cref="ItemName"/>
/// (else 400 naming the field) and be free among the documents and folders of the target, regardless of case (else 409).
/// </summary>
internal sealed class ItemPlacement(DocumentAccess access, DocumentWriter writer)
{
    /// <summary>The normalised name, or the problem to answer.</summary>
    /// <param name="targetFolderId">The folder the item goes to.</param>
    /// <param name="requestedName">The name asked for, or null to keep <paramref name="currentName"/>.</param>
    /// <param name="currentName">The item's name now.</param>
    /// <param name="itemId">The item itself (it does not conflict with its own name), or null for a copy.</param>
    /// <param name="nameField">The request field that carries the name, for the 400.</param>
    /// <param name="cancellationToken">Cancels the lookups.</param>
    public async Task<Placement> CheckAsync(
        Guid targetFolderId, string? requestedName, string currentName, Guid? itemId, string nameField, CancellationToken cancellationToken)
    {
        if (!ItemName.TryNormalize(requestedName ?? currentName, out var name, out var error))
        {
            return new Placement(null, new ValidationErrors().Add(nameField, error).ToProblem(), null);
        }

        var level = await access.LevelOnAsync(targetFolderId, cancellationToken);
        if (level < AccessLevel.Read)
        {
            return new Placement(null, null, ApiProblems.NotFound("Folder", targetFolderId));
        }

        if (level < AccessLevel.Write)
        {
            return new Placement(null, null, DocumentProblems.CannotWrite());
        }

        return await writer.IsNameTakenAsync(targetFolderId, ItemName.KeyOf(name), itemId, cancellationToken)
            ? new Placement(null, null, NameTaken(name))
            : new Placement(name, null, null);
    }

    public static ProblemHttpResult NameTaken(string name) => ApiProblems.Conflict(
        $"'{name}' is already taken in the target folder.",
        "Names are unique among the documents and folders of a folder, regardless of case. Choose another name.");
}

/// <summary>The outcome of <see cref="ItemPlacement.CheckAsync"/>: a name, or a 400, or another problem.</summary>
internal sealed record Placement(string? Name, ValidationProblem? Invalid, ProblemHttpResult? Refused);
