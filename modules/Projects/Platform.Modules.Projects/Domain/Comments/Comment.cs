using Platform.Sdk.Persistence;

namespace Platform.Modules.Projects.Domain.Comments;

/// <summary>
/// A Markdown comment on a task. Edits keep the earlier bodies as <see cref="CommentRevision"/>s. Deleting leaves a
/// tombstone: the row stays (so the thread keeps its shape and replies still make sense) but its body, history,
/// reactions and mentions are removed.
/// </summary>
public sealed class Comment : IVersioned
{
    public const int BodyMaxLength = 20_000;

    public Guid Id { get; set; }

    public Guid ProjectId { get; set; }

    public Guid TaskId { get; set; }

    /// <summary>The user who wrote it; null for an API client acting on its own.</summary>
    public Guid? AuthorId { get; set; }

    /// <summary>The author's name when written (a client's name for clients), so the thread reads without lookups.</summary>
    public string AuthorName { get; set; } = "";

    /// <summary>Markdown; empty once deleted.</summary>
    public string Body { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the body was last edited; null when never edited.</summary>
    public DateTimeOffset? EditedAt { get; set; }

    /// <summary>Set when deleted: the comment is a tombstone from then on.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    public Guid? DeletedBy { get; set; }

    public long Version { get; set; }
}
