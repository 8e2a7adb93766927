using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Documents.Domain;

namespace Platform.Modules.Documents.Persistence.Configurations.Core;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> document)
    {
        document.ToTable("documents");
        document.HasKey(d => d.Id);
        document.HasOne<Folder>().WithMany().HasForeignKey(d => d.FolderId).OnDelete(DeleteBehavior.Cascade);
        document.Property(d => d.Name).HasMaxLength(ItemName.MaxLength);
        document.Property(d => d.NameKey).HasMaxLength(ItemName.MaxLength);
        document.Property(d => d.ContentType).HasMaxLength(200);
        document.Property(d => d.Hash).HasMaxLength(64);
        // Names are unique among the documents in use of one folder; those in the recycle bin keep theirs until restored.
        document.HasIndex(d => new { d.FolderId, d.NameKey }).IsUnique().HasFilter("\"DeletedAt\" IS NULL");
        document.HasIndex(d => new { d.FolderId, d.UpdatedAt });
        document.HasIndex(d => d.Hash);
        document.HasIndex(d => d.DeletedAt);
        document.HasMany(d => d.Tags).WithOne().HasForeignKey(t => t.DocumentId).OnDelete(DeleteBehavior.Cascade);
        document.HasMany(d => d.Metadata).WithOne().HasForeignKey(m => m.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
{
    public void Configure(EntityTypeBuilder<DocumentVersion> version)
    {
        version.ToTable("document_versions");
        version.HasKey(v => v.Id);
        version.HasOne<Document>().WithMany().HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
        version.HasIndex(v => new { v.DocumentId, v.Number }).IsUnique();
        version.HasIndex(v => v.Hash);
        version.Property(v => v.Hash).HasMaxLength(64);
        version.Property(v => v.ContentType).HasMaxLength(200);
        version.Property(v => v.FileName).HasMaxLength(ItemName.MaxLength);
        version.Property(v => v.Comment).HasMaxLength(DocumentVersion.CommentMaxLength);
    }
}

internal sealed class DocumentTagConfiguration : IEntityTypeConfiguration<DocumentTag>
{
    public void Configure(EntityTypeBuilder<DocumentTag> tag)
    {
        tag.ToTable("document_tags");
        tag.HasKey(t => new { t.DocumentId, t.Value });
        tag.Property(t => t.Value).HasMaxLength(Document.TagMaxLength);
        tag.HasIndex(t => t.Value);
    }
}

internal sealed class DocumentMetadataConfiguration : IEntityTypeConfiguration<DocumentMetadataEntry>
{
    public void Configure(EntityTypeBuilder<DocumentMetadataEntry> entry)
    {
        entry.ToTable("document_metadata");
        entry.HasKey(m => new { m.DocumentId, m.Key });
        entry.Property(m => m.Key).HasMaxLength(DocumentMetadataEntry.KeyMaxLength);
        entry.Property(m => m.Value).HasMaxLength(DocumentMetadataEntry.ValueMaxLength);
    }
}
