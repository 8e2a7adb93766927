namespace Platform.Modules.Projects.Domain.Comments;

/// <summary>An earlier body of an edited comment: what it said, who wrote that, and until when it stood.</summary>
public sealed class CommentRevision
{
    public Guid Id { get; set; }

    public Guid CommentId { get; set; }

    /// <summary>The body as it was before the edit.</summary>
    public string Body { get; set; } = "";

    /// <summary>Who wrote this body (the author for the first one, the editor for later ones).</summary>
    public Guid? WrittenBy { get; set; }

    /// <summary>When this body was written.</summary>
    public DateTimeOffset WrittenAt { get; set; }

    /// <summary>When an edit replaced it.</summary>
    public DateTimeOffset ReplacedAt { get; set; }
}
