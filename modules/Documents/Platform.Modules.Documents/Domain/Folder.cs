using Platform.Sdk.Persistence;

namespace Platform.Modules.Documents.Domain;

/// <summary>
/// A folder of a space. A space's root folder has no parent. Access entries (<see cref="FolderGrant"/>) apply to the
/// folder and everything below it unless a folder below says otherwise (<see cref="InheritsAccess"/> false, or its own
/// entry for the same principal). A folder in the recycle bin has <see cref="DeletedAt"/> set; what is below it is
/// hidden with it and comes back with it.
/// </summary>
public sealed class Folder : IVersioned
{
    public Guid Id { get; set; }

    public Guid SpaceId { get; set; }

    public Guid? ParentId { get; set; }

    /// <summary>The name as shown (NFC-normalised, see <see cref="ItemName"/>).</summary>
    public string Name { get; set; } = "";

    /// <summary>The name's comparison key: two items of a folder may not share it (names are unique regardless of case).</summary>
    public string NameKey { get; set; } = "";

    /// <summary>Whether the access entries of the folders above apply here; false starts afresh from this folder's own entries.</summary>
    public bool InheritsAccess { get; set; } = true;

    /// <summary>
    /// Whether this folder sets the version retention of the documents in it and below (<see cref="KeepVersions"/>,
    /// <see cref="ThinVersionsAfterDays"/>) until a folder below sets its own; false inherits the nearest folder above
    /// that sets one, and at the top the module's settings.
    /// </summary>
    public bool OwnRetention { get; set; }

    /// <summary>With <see cref="OwnRetention"/>: at most this many versions per document; null keeps them all.</summary>
    public int? KeepVersions { get; set; }

    /// <summary>With <see cref="OwnRetention"/>: versions older than this many days are thinned; null never thins.</summary>
    public int? ThinVersionsAfterDays { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? CreatedBy { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the folder went to the recycle bin; null while it is in use.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    public Guid? DeletedBy { get; set; }

    public long Version { get; set; }
}
