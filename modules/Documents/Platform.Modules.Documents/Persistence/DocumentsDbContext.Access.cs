using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;

namespace Platform.Modules.Documents.Persistence;

public abstract partial class DocumentsDbContext
{
    public DbSet<FolderTreeRevision> FolderTreeRevisions => Set<FolderTreeRevision>();
}
