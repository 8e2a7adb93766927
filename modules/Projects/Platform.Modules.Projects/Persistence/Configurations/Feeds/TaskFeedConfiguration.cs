using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Domain.Feeds;

namespace Platform.Modules.Projects.Persistence.Configurations.Feeds;

internal sealed class TaskFeedConfiguration : IEntityTypeConfiguration<TaskFeed>
{
    public void Configure(EntityTypeBuilder<TaskFeed> feed)
    {
        feed.ToTable("task_feeds");
        feed.HasKey(f => f.Id);
        feed.Property(f => f.Name).HasMaxLength(TaskFeed.NameMaxLength);
        feed.Property(f => f.Scope).HasConversion<string>().HasMaxLength(20);
        feed.Property(f => f.TokenHash).HasMaxLength(64);
        // Fetches find a feed by the hash of the presented token.
        feed.HasIndex(f => f.TokenHash).IsUnique();
        feed.HasIndex(f => f.OwnerUserId);
        // A deleted project takes its feeds with it.
        feed.HasOne<Project>().WithMany().HasForeignKey(f => f.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
