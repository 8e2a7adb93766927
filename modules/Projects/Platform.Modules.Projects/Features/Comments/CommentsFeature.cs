using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Modules.Projects.Events;
using Platform.Sdk.Modules;
using Platform.Sdk.Security;

namespace Platform.Modules.Projects.Features.Comments;

/// <summary>Comments on tasks: Markdown threads with mentions, edit history, tombstones and reactions.</summary>
internal static class CommentsFeature
{
    private const string MentionSyntax =
        "Mentions: @[Display Name](user:GUID) for a person, @[Department](department:GUID) for every active member of a department and its sub-departments, " +
        "or @name@example.com for the person with that account email (the @ must start a word). Tokens naming an unknown user or department are a 400; " +
        "text in code spans and blocks mentions nobody. Each mentioned person (not the author) gets one projects.person-mentioned.v1; " +
        "one who cannot see the project gets it with the task key only.";

    public static void Configure(ModuleBuilder module)
    {
        module.Services.RegisterType<MentionResolver>().InstancePerLifetimeScope();
        module.Events
            .Publishes<CommentAdded>()
            .Publishes<PersonMentioned>();
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        var tasks = api.MapGroup("/tasks").WithTags("Comments");
        tasks.MapGet("/{id:guid}/comments", ListComments.Handle)
            .RequirePermission(ProjectPermissions.Read)
            .WithSummary("List a task's comments")
            .WithDescription("Oldest first, paged. Each comment has its Markdown body, bodyHtml (sanitised HTML, mentions shown as @Name), reaction counts (with whether the caller gave each) and version. Deleted comments stay as tombstones: deleted is true and the body is null.");
        tasks.MapPost("/{id:guid}/comments", AddComment.Handle)
            .RequirePermission(ProjectPermissions.Write)
            .WithSummary("Comment on a task")
            .WithDescription("Everyone who sees the task may comment, viewers included. The commenter starts watching the task. Publishes projects.comment-added.v1 with the task's watchers (the author left out). " + MentionSyntax);

        var comments = api.MapGroup("/comments").WithTags("Comments");
        comments.MapGet("/{id:guid}", ListComments.Get)
            .RequirePermission(ProjectPermissions.Read)
            .WithSummary("Get a comment")
            .WithDescription("The ETag header holds the version to send as If-Match when editing or deleting.");
        comments.MapPut("/{id:guid}", EditComment.Handle)
            .RequirePermission(ProjectPermissions.Write)
            .WithSummary("Edit a comment")
            .WithDescription("Only the author edits. The earlier body is kept in the history. Only people the edit newly mentions are notified. Requires If-Match: 428 without it, 412 when stale; 409 for a deleted comment. " + MentionSyntax);
        comments.MapDelete("/{id:guid}", DeleteComment.Handle)
            .RequirePermission(ProjectPermissions.Write)
            .WithSummary("Delete a comment")
            .WithDescription("For the author and the project's managers. The comment stays in the thread as a tombstone (author and time); its body, history and reactions are removed. Requires If-Match.");
        comments.MapGet("/{id:guid}/history", CommentHistory.Handle)
            .RequirePermission(ProjectPermissions.Read)
            .WithSummary("A comment's edit history")
            .WithDescription("The earlier bodies, newest first, each with who wrote it, when, and when an edit replaced it.");
        comments.MapPut("/{id:guid}/reactions/{emoji}", CommentReactions.Add)
            .RequirePermission(ProjectPermissions.Read)
            .WithSummary("React to a comment")
            .WithDescription("Gives the caller's reaction (idempotent). emoji is one of thumbsup, thumbsdown, heart, laugh, tada, confused, eyes, rocket (or that emoji itself); anything else is a 400. Answers with the comment and its counts. Needs a signed-in user.");
        comments.MapDelete("/{id:guid}/reactions/{emoji}", CommentReactions.Remove)
            .RequirePermission(ProjectPermissions.Read)
            .WithSummary("Take back a reaction")
            .WithDescription("Removes the caller's reaction (idempotent) and answers with the comment and its counts.");
    }
}
