using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain.Comments;
using Platform.Modules.Projects.Features.Markdown;
using Platform.Modules.Projects.Persistence;

namespace Platform.Modules.Projects.Features.Comments;

/// <summary>How many people gave a reaction, and whether the caller is one of them.</summary>
/// <param name="Name">The reaction's name (e.g. thumbsup), as used in the reactions URL.</param>
/// <param name="Emoji">The emoji to show.</param>
/// <param name="Count">How many people gave it.</param>
/// <param name="Mine">Whether the caller gave it.</param>
public sealed record ReactionCountDto(string Name, string Emoji, int Count, bool Mine);

/// <summary>
/// A comment as the API returns it. A deleted comment is a tombstone: <see cref="Deleted"/> is true and the body,
/// its HTML and the reactions are empty. <see cref="Version"/> is also sent as the ETag.
/// </summary>
public sealed record CommentDto(
    Guid Id,
    Guid TaskId,
    Guid ProjectId,
    Guid? AuthorId,
    string AuthorName,
    string? Body,
    string? BodyHtml,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EditedAt,
    bool Deleted,
    DateTimeOffset? DeletedAt,
    IReadOnlyList<ReactionCountDto> Reactions,
    long Version)
{
    public static CommentDto From(Comment c, IReadOnlyList<ReactionCountDto> reactions) => c.DeletedAt is null
        ? new(c.Id, c.TaskId, c.ProjectId, c.AuthorId, c.AuthorName, c.Body, RenderBody(c.Body), c.CreatedAt, c.EditedAt, false, null, reactions, c.Version)
        : new(c.Id, c.TaskId, c.ProjectId, c.AuthorId, c.AuthorName, null, null, c.CreatedAt, c.EditedAt, true, c.DeletedAt, [], c.Version);

    /// <summary>Safe HTML of a body: mention tokens read as <c>@Name</c>, everything else is sanitised Markdown.</summary>
    public static string RenderBody(string body) => MarkdownRenderer.ToSafeHtml(MentionParser.ToDisplayMarkdown(body));
}

/// <summary>Reads the reaction counts of comments for the DTOs.</summary>
internal static class CommentReactionCounts
{
    public static async Task<Dictionary<Guid, IReadOnlyList<ReactionCountDto>>> ForAsync(
        ProjectsDbContext db, IReadOnlyCollection<Guid> commentIds, Guid? callerId, CancellationToken cancellationToken)
    {
        var rows = await db.CommentReactions.AsNoTracking()
            .Where(r => commentIds.Contains(r.CommentId))
            .Select(r => new { r.CommentId, r.Kind, r.UserId })
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(r => r.CommentId)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<ReactionCountDto>)[.. g.GroupBy(r => r.Kind)
                    .OrderBy(k => IndexOf(k.Key))
                    .Select(k => new ReactionCountDto(k.Key, ReactionKinds.EmojiOf(k.Key), k.Count(), callerId is { } me && k.Any(r => r.UserId == me)))]);
    }

    public static async Task<CommentDto> DtoAsync(ProjectsDbContext db, Comment comment, Guid? callerId, CancellationToken cancellationToken)
    {
        var counts = await ForAsync(db, [comment.Id], callerId, cancellationToken);
        return CommentDto.From(comment, counts.GetValueOrDefault(comment.Id) ?? []);
    }

    private static int IndexOf(string kind)
    {
        var index = ReactionKinds.Names.ToList().IndexOf(kind);
        return index < 0 ? int.MaxValue : index;
    }
}
