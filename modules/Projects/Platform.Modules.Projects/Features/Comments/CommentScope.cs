using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain.Comments;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Comments;

/// <summary>Comments are visible exactly when their task is: every query of them starts here.</summary>
internal static class CommentScope
{
    public static IQueryable<Comment> Visible(ProjectsDbContext db, ProjectAccess access)
    {
        var tasks = access.Tasks(db);
        return db.Comments.Where(c => tasks.Any(t => t.Id == c.TaskId));
    }

    /// <summary>The body rules shared by adding and editing.</summary>
    public static string? ValidBody(string? body, ValidationErrors errors)
    {
        var text = body?.Trim();
        errors.Require(!string.IsNullOrEmpty(text), "body", "body is required.");
        errors.Require(text is null || text.Length <= Comment.BodyMaxLength, "body", $"body must be at most {Comment.BodyMaxLength} characters.");
        return text;
    }
}
