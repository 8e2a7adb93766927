namespace Platform.Modules.Documents.Domain;

/// <summary>
/// One row whose stamp changes with every change to folders or access entries, in the same transaction (database
/// triggers write it, so changes made outside the module count too: migration FolderTreeTriggers): a request reads it
/// to tell whether the folder tree it keeps in memory is still current (see Features/Access/FolderTreeCache). A random
/// stamp rather than a counter, so a change rolled back never matches what is committed.
/// </summary>
public sealed class FolderTreeRevision
{
    /// <summary>The only row's id.</summary>
    public const int SingleId = 1;

    public int Id { get; set; } = SingleId;

    public Guid Stamp { get; set; }
}
