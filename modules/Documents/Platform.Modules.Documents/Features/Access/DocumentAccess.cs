using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.People;
using Platform.Sdk.Security;

namespace Platform.Modules.Documents.Features.Access;

/// <summary>
/// What the caller may see and do with folders and documents. Every query of folders or documents starts from
/// <see cref="FoldersAsync"/> or <see cref="DocumentsAsync"/>, so a folder the caller may not read, and everything in
/// it, behaves as if it did not exist (not listed, not found by id, never a search hit). Holders of
/// <c>documents.manage</c> see and manage everything. The folder tree and the caller's access entries come from
/// <see cref="FolderTreeCache"/> once per scope (a request) and are then answered from memory.
/// </summary>
internal sealed class DocumentAccess(DocumentsDbContext db, ICurrentUser caller, IPeopleDirectory people, FolderTreeCache cache)
{
    private FolderTree? _tree;

    // The caller's department and those above it: an entry for a department covers its sub-departments.
    private Guid[] _departments = [];

    /// <summary>Whether the caller sees and manages every folder.</summary>
    public bool ManagesAll => caller.HasPermission(DocumentPermissions.Manage);

    /// <summary>The user acting, if a user acts.</summary>
    public Guid? UserId => caller.UserId;

    /// <summary>The caller, for lookups other modules make through the SDK.</summary>
    public ICurrentUser Caller => caller;

    /// <summary>The folder tree with the caller's levels; read on first use, then kept for the scope.</summary>
    public async Task<FolderTree> TreeAsync(CancellationToken cancellationToken)
    {
        if (_tree is not null)
        {
            return _tree;
        }

        var snapshot = await cache.GetAsync(db, cancellationToken);
        _tree = new FolderTree(snapshot.Folders, ManagesAll ? [] : snapshot.Grants.Where(NamesCaller), ManagesAll);
        return _tree;
    }

    /// <summary>Forgets the tree, after a change to folders or access entries within the scope.</summary>
    public void Invalidate() => _tree = null;

    /// <summary>The caller's level on a live folder (None when it is unknown, in the recycle bin, or closed to them).</summary>
    public async Task<AccessLevel> LevelOnAsync(Guid folderId, CancellationToken cancellationToken) =>
        (await TreeAsync(cancellationToken)).LevelOn(folderId);

    /// <summary>The live folders the caller may read.</summary>
    public async Task<IQueryable<Folder>> FoldersAsync(CancellationToken cancellationToken)
    {
        var readable = (await TreeAsync(cancellationToken)).ReadableFolderIds();
        return db.Folders.Where(f => readable.Contains(f.Id));
    }

    /// <summary>The documents in use in the live folders the caller may read.</summary>
    public async Task<IQueryable<Document>> DocumentsAsync(CancellationToken cancellationToken)
    {
        var readable = (await TreeAsync(cancellationToken)).ReadableFolderIds();
        return db.Documents.Where(d => d.DeletedAt == null && readable.Contains(d.FolderId));
    }

    /// <summary>
    /// The document <paramref name="documentId"/> (tracked) when it is in use and the caller holds at least
    /// <paramref name="needed"/> on its folder; null otherwise, so callers answer 404 (or 403 when the caller may read
    /// but not write: see <see cref="DocumentProblems"/>).
    /// </summary>
    public async Task<(Document? Document, AccessLevel Level)> FindDocumentAsync(Guid documentId, CancellationToken cancellationToken)
    {
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == documentId && d.DeletedAt == null, cancellationToken);
        if (document is null)
        {
            return (null, AccessLevel.None);
        }

        var level = await LevelOnAsync(document.FolderId, cancellationToken);
        return level >= AccessLevel.Read ? (document, level) : (null, AccessLevel.None);
    }

    /// <summary>The live folder <paramref name="folderId"/> (tracked) with the caller's level, or null when the caller may not read it.</summary>
    public async Task<(Folder? Folder, AccessLevel Level)> FindFolderAsync(Guid folderId, CancellationToken cancellationToken)
    {
        var level = await LevelOnAsync(folderId, cancellationToken);
        if (level < AccessLevel.Read)
        {
            return (null, AccessLevel.None);
        }

        var folder = await db.Folders.FirstOrDefaultAsync(f => f.Id == folderId, cancellationToken);
        return (folder, folder is null ? AccessLevel.None : level);
    }

    // The entries naming the caller: everyone, the caller in person, their departments (and those above), their roles.
    private bool NamesCaller(FolderGrant grant) => grant.PrincipalKind switch
    {
        PrincipalKind.Everyone => true,
        PrincipalKind.Person => caller.UserId is { } userId && grant.PrincipalId == userId,
        PrincipalKind.Department => grant.PrincipalId is { } department && _departments.Contains(department),
        PrincipalKind.Role => grant.RoleName is { } role && caller.Roles.Contains(role),
        _ => false,
    };

    /// <summary>
    /// Reads the caller's department and those above it from the directory (a department entry covers its
    /// sub-departments). The module's endpoint filter calls it before every handler.
    /// </summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (ManagesAll || caller.UserId is not { } userId || !people.HasDepartments)
        {
            return;
        }

        _departments = [.. await people.DepartmentChainAsync(userId, caller.DepartmentId, cancellationToken)];
        _tree = null;
    }
}
