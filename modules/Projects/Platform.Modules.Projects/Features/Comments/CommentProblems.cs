using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Comments;

/// <summary>The refusals of the comment endpoints.</summary>
internal static class CommentProblems
{
    public static ProblemHttpResult NotTheAuthor() => ApiProblems.Forbidden(
        "Only the author may edit a comment.", "Comments keep their author's words; reply with a new comment instead.");

    public static ProblemHttpResult NotTheAuthorOrAManager() => ApiProblems.Forbidden(
        "Only the author or the project's managers may delete a comment.");

    public static ProblemHttpResult Deleted() => ApiProblems.Conflict(
        "The comment was deleted.", "A deleted comment stays as a tombstone and cannot be edited or reacted to.");

    public static ProblemHttpResult NoUser() => ApiProblems.Forbidden(
        "Reactions are given by people.", "An API client acting on its own cannot react; act for a signed-in user.");
}
