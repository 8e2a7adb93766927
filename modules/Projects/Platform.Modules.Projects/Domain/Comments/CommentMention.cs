namespace Platform.Modules.Projects.Domain.Comments;

/// <summary>
/// A person a comment has notified of a mention. Kept so that an edit notifies only the people it newly mentions,
/// however they were mentioned (by token, by email, or through a department).
/// </summary>
public sealed class CommentMention
{
    public Guid CommentId { get; set; }

    public Guid UserId { get; set; }

    public DateTimeOffset NotifiedAt { get; set; }
}
