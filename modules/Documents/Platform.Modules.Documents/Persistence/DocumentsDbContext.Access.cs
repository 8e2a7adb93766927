using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;

namespace Platform.Modules.Documents.Persistence;

public abstract partial class DocumentsDbContext
{
    public DbSet<FolderTreeRevision> FolderTreeRevisions => Set<FolderTreeRevision>();

    /// <summary>
    /// A new stamp for the folder tree, saved with the next SaveChanges. Called by SaveChanges itself whenever folders
    /// or access entries are among the changes; bulk deletes of either call it before their SaveChanges.
    /// </summary>
    public void TouchFolderTree()
    {
        var revision = FolderTreeRevisions.Local.FirstOrDefault()
            ?? FolderTreeRevisions.Attach(new FolderTreeRevision { Id = FolderTreeRevision.SingleId }).Entity;
        revision.Stamp = Guid.NewGuid();
    }

    private void TouchFolderTreeWhenChanged()
    {
        if (ChangeTracker.Entries().Any(e => e.Entity is Folder or FolderGrant && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            TouchFolderTree();
        }
    }
}
