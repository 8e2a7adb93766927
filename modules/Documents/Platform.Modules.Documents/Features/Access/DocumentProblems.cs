using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Documents.Domain;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Access;

/// <summary>The module's answers for callers who see a folder or document but may not do what they asked, and for locks.</summary>
internal static class DocumentProblems
{
    public static ProblemHttpResult CannotWrite() => ApiProblems.Forbidden(
        "You may not change this folder's contents.",
        "Uploading, editing, moving and deleting need write access to the folder, given by its access entries or inherited from the folders above.");

    public static ProblemHttpResult CannotManage() => ApiProblems.Forbidden(
        "You may not manage this folder's access.",
        "Access entries and share links are managed by those with manage access to the folder, and by holders of documents.manage.");

    /// <summary>423 Locked: someone else holds the document's check-out lock.</summary>
    public static ProblemHttpResult Locked(Document document, string holderName) => TypedResults.Problem(
        statusCode: StatusCodes.Status423Locked,
        title: $"'{document.Name}' is checked out by {holderName}.",
        detail: $"Only {holderName} may upload a new version until they check it in"
            + (document.LockExpiresAt is { } expiry ? $" or the lock expires at {expiry:u}." : "."),
        extensions: new Dictionary<string, object?>
        {
            ["lockedBy"] = document.LockedBy,
            ["lockedByName"] = holderName,
            ["lockExpiresAt"] = document.LockExpiresAt,
        });
}
