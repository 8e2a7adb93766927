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

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? CreatedBy { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the folder went to the recycle bin; null while it is in use.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    public Guid? DeletedBy { get; set; }

    public long Version { get; set; }
}
