namespace Platform.Modules.Projects.Domain.Comments;

/// <summary>One person's reaction to a comment; a person gives each kind at most once.</summary>
public sealed class CommentReaction
{
    public Guid CommentId { get; set; }

    public Guid UserId { get; set; }

    /// <summary>A name from <see cref="ReactionKinds"/>.</summary>
    public string Kind { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
