using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Documents.Domain;

namespace Platform.Modules.Documents.Persistence.Configurations.Folders;

/// <summary>
/// The indexes a folder listing reads through: one per sort key, each led by the folder and the recycle-bin mark (the
/// listing's WHERE) and ended by the id (its tie breaker), so a page of a folder of any size is read in index order —
/// no sort of the whole folder, and the count is answered from the same index.
/// </summary>
internal sealed class DocumentListingIndexes : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> document)
    {
        document.HasIndex(d => new { d.FolderId, d.DeletedAt, d.NameKey, d.Id }).HasDatabaseName("IX_documents_listing_name");
        document.HasIndex(d => new { d.FolderId, d.DeletedAt, d.UpdatedAt, d.Id }).HasDatabaseName("IX_documents_listing_updated");
        document.HasIndex(d => new { d.FolderId, d.DeletedAt, d.Length, d.Id }).HasDatabaseName("IX_documents_listing_length");
        document.HasIndex(d => new { d.FolderId, d.DeletedAt, d.ContentType, d.Id }).HasDatabaseName("IX_documents_listing_type");
    }
}
