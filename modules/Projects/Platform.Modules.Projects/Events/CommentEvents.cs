using Platform.Sdk.Events;

namespace Platform.Modules.Projects.Events;

[IntegrationEvent("projects.comment-added.v1", Description = "A comment was added to a task.")]
public sealed record CommentAdded(Guid CommentId, Guid TaskId, Guid ProjectId, string TaskKey, Guid? AuthorId, string Excerpt, IReadOnlyList<Guid> WatcherIds) : IProjectEvent
{
    Guid? IProjectEvent.TaskId => TaskId;

    public string Describe() => $"Comment on {TaskKey}: {Excerpt}";
}

[IntegrationEvent("projects.person-mentioned.v1", Description = "A person was mentioned (directly or through their department) in a comment.")]
public sealed record PersonMentioned(Guid UserId, Guid CommentId, Guid TaskId, Guid ProjectId, string TaskKey, Guid? MentionedBy, Guid? ViaDepartmentId) : IProjectEvent
{
    Guid? IProjectEvent.TaskId => TaskId;

    public string Describe() => $"Someone was mentioned on {TaskKey}";
}
