using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Documents.Domain;

namespace Platform.Modules.Documents.Persistence.Configurations.Core;

internal sealed class FolderConfiguration : IEntityTypeConfiguration<Folder>
{
    public void Configure(EntityTypeBuilder<Folder> folder)
    {
        // Triggers stamp the folder tree on every change (migration FolderTreeTriggers); EF Core must know, since SQL
        // Server refuses its OUTPUT clause on a table with triggers.
        folder.ToTable("folders", table => table.HasTrigger("folders_stamp_tree"));
        folder.HasKey(f => f.Id);
        folder.HasOne<Space>().WithMany().HasForeignKey(f => f.SpaceId).OnDelete(DeleteBehavior.Cascade);
        // Subfolders are removed by the application (purge walks the tree); a cascade here would be a second path from the space.
        folder.HasOne<Folder>().WithMany().HasForeignKey(f => f.ParentId).OnDelete(DeleteBehavior.NoAction);
        folder.Property(f => f.Name).HasMaxLength(ItemName.MaxLength);
        folder.Property(f => f.NameKey).HasMaxLength(ItemName.MaxLength);
        // Names are unique among the folders in use of one parent; those in the recycle bin keep theirs until restored.
        folder.HasIndex(f => new { f.ParentId, f.NameKey }).IsUnique().HasFilter("\"DeletedAt\" IS NULL");
        folder.HasIndex(f => f.SpaceId);
        folder.HasIndex(f => f.DeletedAt);
    }
}

internal sealed class FolderGrantConfiguration : IEntityTypeConfiguration<FolderGrant>
{
    public void Configure(EntityTypeBuilder<FolderGrant> grant)
    {
        grant.ToTable("folder_grants", table => table.HasTrigger("folder_grants_stamp_tree"));
        grant.HasKey(g => g.Id);
        grant.HasOne<Folder>().WithMany().HasForeignKey(g => g.FolderId).OnDelete(DeleteBehavior.Cascade);
        grant.Property(g => g.PrincipalKind).HasConversion<string>().HasMaxLength(20);
        grant.Property(g => g.Level).HasConversion<string>().HasMaxLength(20);
        grant.Property(g => g.RoleName).HasMaxLength(100);
        grant.HasIndex(g => new { g.FolderId, g.PrincipalKind, g.PrincipalId, g.RoleName });
        grant.HasIndex(g => g.PrincipalId);
    }
}
