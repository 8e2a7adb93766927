using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Documents.Domain;

namespace Platform.Modules.Documents.Persistence.Configurations.Core;

internal sealed class SpaceConfiguration : IEntityTypeConfiguration<Space>
{
    public void Configure(EntityTypeBuilder<Space> space)
    {
        space.ToTable("spaces");
        space.HasKey(s => s.Id);
        space.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        space.Property(s => s.Name).HasMaxLength(Space.NameMaxLength);
        // One space per department and per project (and, with a null owner, one company space).
        space.HasIndex(s => new { s.Kind, s.OwnerId }).IsUnique();
        space.HasIndex(s => s.RootFolderId).IsUnique();
    }
}
