namespace Platform.Modules.Documents.Features.Versions;

/// <summary>
/// The version retention that applies in a folder: whether the folder sets its own, the rules in force (its own or
/// inherited; null values set no limit), and where they come from.
/// </summary>
public sealed record FolderRetentionDto(Guid FolderId, bool OwnRetention, int? KeepVersions, int? ThinVersionsAfterDays, RetentionSourceDto Source);

/// <summary>Where a folder's retention rules come from: a folder (itself or one above) or the module's settings.</summary>
public sealed record RetentionSourceDto(RetentionSourceKind Kind, Guid? FolderId, string? FolderName);

/// <summary>Whether the rules in force are a folder's or the module's settings.</summary>
public enum RetentionSourceKind
{
    /// <summary>The folder itself or the nearest folder above it that sets its own.</summary>
    Folder,

    /// <summary>No folder up the tree sets any: the module's KeepVersions and ThinVersionsAfterDays.</summary>
    Module,
}

/// <summary>The body of PUT /folders/{id}/retention: the folder's own rules (null or absent: no limit of that kind).</summary>
public sealed record SetFolderRetentionRequest
{
    /// <summary>At most this many versions per document; null keeps them all.</summary>
    public int? KeepVersions { get; init; }

    /// <summary>The age in days past which versions are thinned; null never thins.</summary>
    public int? ThinVersionsAfterDays { get; init; }
}
