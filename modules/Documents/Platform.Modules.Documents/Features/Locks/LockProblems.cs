using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Documents.Domain;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Locks;

/// <summary>The answers when a lock cannot be taken or released.</summary>
internal static class LockProblems
{
    /// <summary>409: someone else holds the lock; names them and says when it lapses.</summary>
    public static ProblemHttpResult HeldByOther(Document document, string holderName)
    {
        var problem = ApiProblems.Conflict(
            $"'{document.Name}' is checked out by {holderName}.",
            $"Only {holderName} may check it in, until the lock expires at {document.LockExpiresAt:u}. Those who manage the folder may release it with force=true.");
        problem.ProblemDetails.Extensions["lockedBy"] = document.LockedBy;
        problem.ProblemDetails.Extensions["lockedByName"] = holderName;
        problem.ProblemDetails.Extensions["lockExpiresAt"] = document.LockExpiresAt;
        return problem;
    }

    /// <summary>403: a lock is held by a person, so a caller acting as an API client (no user) cannot hold one.</summary>
    public static ProblemHttpResult NoPerson() => ApiProblems.Forbidden(
        "Only a signed-in person can check a document out.",
        "A check-out lock names the person who holds it; a client acting on its own behalf has no one to name.");

    /// <summary>403: force needs manage access.</summary>
    public static ProblemHttpResult CannotForce() => ApiProblems.Forbidden(
        "You may not release someone else's lock.",
        "force=true is for those with manage access to the folder and holders of documents.manage.");
}
