using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Domain.Comments;
using Platform.Modules.Projects.Events;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.People;

namespace Platform.Modules.Projects.Features.Comments;

/// <summary>
/// Publishes one <c>projects.person-mentioned.v1</c> per newly mentioned person and remembers who was notified, so
/// that an edit notifies only people it adds. The author is never notified of their own mention. A person who cannot
/// see the task is still notified (they were asked for something), but their event carries only the task's key, not
/// its title nor the comment's text, so nothing of a private project leaks through the notification.
/// </summary>
internal static class MentionNotifier
{
    /// <summary>The length of the comment excerpt an event carries.</summary>
    public const int ExcerptLength = 200;

    public static async Task NotifyAsync(
        ProjectsDbContext db, IPeopleDirectory people, Project project, ProjectTask task, Comment comment, IReadOnlyDictionary<Guid, Guid?> mentioned,
        Guid? mentionedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var already = await db.CommentMentions.AsNoTracking()
            .Where(m => m.CommentId == comment.Id)
            .Select(m => m.UserId)
            .ToListAsync(cancellationToken);
        var fresh = mentioned.Keys.Except(already).Where(id => id != mentionedBy).Order().ToList();
        if (fresh.Count == 0)
        {
            return;
        }

        var seeing = await ProjectAudience.WhoCanSeeAsync(db, people, project, task.Id, fresh, cancellationToken);
        var taskKey = $"{project.Key}-{task.Number}";
        var excerpt = Excerpt(comment.Body);
        foreach (var person in fresh)
        {
            db.CommentMentions.Add(new CommentMention { CommentId = comment.Id, UserId = person, NotifiedAt = now });
            var canSee = seeing.Contains(person);
            db.PublishEvent(new PersonMentioned(
                person, comment.Id, task.Id, project.Id, taskKey, mentionedBy, mentioned[person], canSee, canSee ? task.Title : null, canSee ? excerpt : null));
        }
    }

    /// <summary>The opening of a body on one line, mentions shown as @Name.</summary>
    public static string Excerpt(string body)
    {
        var display = MentionParser.ToDisplayMarkdown(body).ReplaceLineEndings(" ").Trim();
        return display.Length <= ExcerptLength ? display : display[..(ExcerptLength - 1)] + "\u2026";
    }
}
