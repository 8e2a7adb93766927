using Platform.Modules.Projects.Domain.Comments;

namespace Platform.Modules.Projects.Features.Attachments;

/// <summary>An attachment of a task. <see cref="Url"/> is set for Url links, <see cref="DocumentId"/> for Document links.</summary>
public sealed record TaskLinkDto(Guid Id, Guid TaskId, Guid ProjectId, TaskLinkKind Kind, string Title, string? Url, Guid? DocumentId, Guid? CreatedBy, DateTimeOffset CreatedAt, long Version)
{
    public static TaskLinkDto From(TaskLink l) => new(l.Id, l.TaskId, l.ProjectId, l.Kind, l.Title, l.Url, l.DocumentId, l.CreatedBy, l.CreatedAt, l.Version);
}

/// <summary>A new link.</summary>
/// <param name="Url">An absolute http or https address.</param>
/// <param name="Title">What readers see; the address when omitted.</param>
/// <param name="Kind">Url (the default). Document links come with the Documents module.</param>
public sealed record AddTaskLinkRequest(string? Url, string? Title = null, TaskLinkKind? Kind = null);
