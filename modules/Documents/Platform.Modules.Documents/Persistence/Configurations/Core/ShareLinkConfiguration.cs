using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Documents.Domain;

namespace Platform.Modules.Documents.Persistence.Configurations.Core;

internal sealed class ShareLinkConfiguration : IEntityTypeConfiguration<ShareLink>
{
    public void Configure(EntityTypeBuilder<ShareLink> link)
    {
        link.ToTable("share_links");
        link.HasKey(l => l.Id);
        link.HasOne<Document>().WithMany().HasForeignKey(l => l.DocumentId).OnDelete(DeleteBehavior.Cascade);
        // A folder's links are removed by the application when it is purged (a second cascade path from the folder).
        link.HasOne<Folder>().WithMany().HasForeignKey(l => l.FolderId).OnDelete(DeleteBehavior.NoAction);
        link.Property(l => l.TokenHash).HasMaxLength(64);
        link.Property(l => l.PasswordHash).HasMaxLength(200);
        link.HasIndex(l => l.TokenHash).IsUnique();
    }
}

internal sealed class UploadSessionConfiguration : IEntityTypeConfiguration<UploadSession>
{
    public void Configure(EntityTypeBuilder<UploadSession> upload)
    {
        upload.ToTable("upload_sessions");
        upload.HasKey(u => u.Id);
        upload.Property(u => u.FileName).HasMaxLength(ItemName.MaxLength);
        upload.Property(u => u.Comment).HasMaxLength(DocumentVersion.CommentMaxLength);
        upload.HasIndex(u => u.ExpiresAt);
    }
}
