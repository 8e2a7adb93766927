using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Documents.Domain;

namespace Platform.Modules.Documents.Persistence.Configurations.Core;

internal sealed class FolderTreeRevisionConfiguration : IEntityTypeConfiguration<FolderTreeRevision>
{
    public void Configure(EntityTypeBuilder<FolderTreeRevision> revision)
    {
        revision.ToTable("folder_tree_revision");
        revision.HasKey(r => r.Id);
        revision.Property(r => r.Id).ValueGeneratedNever();
        revision.HasData(new FolderTreeRevision { Id = FolderTreeRevision.SingleId, Stamp = new Guid("6f1e0c4a-4d1b-4f3e-9a57-3c2d8e1b7a90") });
    }
}
