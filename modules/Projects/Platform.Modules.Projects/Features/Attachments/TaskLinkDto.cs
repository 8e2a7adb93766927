using Platform.Modules.Projects.Domain.Comments;
using Platform.Sdk.Documents;

namespace Platform.Modules.Projects.Features.Attachments;

/// <summary>
/// An attachment of a task. <see cref="Url"/> is set for Url links; <see cref="DocumentId"/> for Document links, with
/// <see cref="Document"/> describing the document as it is now (name, type, size, version, download address), or null
/// when the reader may not open it, it is in the recycle bin, or the Documents module is not running.
/// </summary>
public sealed record TaskLinkDto(
    Guid Id, Guid TaskId, Guid ProjectId, TaskLinkKind Kind, string Title, string? Url, Guid? DocumentId, DocumentReference? Document, Guid? CreatedBy,
    DateTimeOffset CreatedAt, long Version)
{
    public static TaskLinkDto From(TaskLink l, DocumentReference? document = null) =>
        new(l.Id, l.TaskId, l.ProjectId, l.Kind, l.Title, l.Url, l.DocumentId, document, l.CreatedBy, l.CreatedAt, l.Version);
}

/// <summary>A new link.</summary>
/// <param name="Url">For a Url link: an absolute http or https address.</param>
/// <param name="Title">What readers see; the address, or the document's name, when omitted.</param>
/// <param name="Kind">Url (the default) or Document.</param>
/// <param name="DocumentId">For a Document link: a document of the Documents module the caller may open.</param>
public sealed record AddTaskLinkRequest(string? Url = null, string? Title = null, TaskLinkKind? Kind = null, Guid? DocumentId = null);
