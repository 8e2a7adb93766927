using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Documents.Domain;

namespace Platform.Modules.Documents.Persistence.Configurations.Search;

internal sealed class SearchEntryConfiguration : IEntityTypeConfiguration<SearchEntry>
{
    public void Configure(EntityTypeBuilder<SearchEntry> entry)
    {
        entry.ToTable("search_entries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).ValueGeneratedOnAdd();
        // No foreign key to documents: an entry outlives a purged document only until the deleted event removes it,
        // and the search query joins live documents anyway.
        entry.HasIndex(e => e.DocumentId).IsUnique();
        entry.Property(e => e.Name).HasMaxLength(ItemName.MaxLength);
        entry.Property(e => e.ContentHash).HasMaxLength(64);
        entry.Property(e => e.Extraction).HasConversion<string>().HasMaxLength(20);
    }
}
