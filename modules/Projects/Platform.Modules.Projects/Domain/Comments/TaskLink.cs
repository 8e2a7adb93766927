using Platform.Sdk.Persistence;

namespace Platform.Modules.Projects.Domain.Comments;

/// <summary>What a task attachment points at.</summary>
public enum TaskLinkKind
{
    /// <summary>An absolute http(s) address.</summary>
    Url,

    /// <summary>A document of the Documents module, by id, described through the SDK's document library.</summary>
    Document,
}

/// <summary>
/// An attachment of a task: a link with a title. A <see cref="TaskLinkKind.Url"/> link carries <see cref="Url"/>; a
/// <see cref="TaskLinkKind.Document"/> link carries <see cref="DocumentId"/>, and is shown with the document as it is
/// now (the Documents module answers through the SDK's document library, for each reader).
/// </summary>
public sealed class TaskLink : IVersioned
{
    public const int TitleMaxLength = 200;
    public const int UrlMaxLength = 2_000;

    public Guid Id { get; set; }

    public Guid ProjectId { get; set; }

    public Guid TaskId { get; set; }

    public TaskLinkKind Kind { get; set; }

    public string Title { get; set; } = "";

    /// <summary>The address of a <see cref="TaskLinkKind.Url"/> link.</summary>
    public string? Url { get; set; }

    /// <summary>The document of a <see cref="TaskLinkKind.Document"/> link.</summary>
    public Guid? DocumentId { get; set; }

    public Guid? CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public long Version { get; set; }
}
