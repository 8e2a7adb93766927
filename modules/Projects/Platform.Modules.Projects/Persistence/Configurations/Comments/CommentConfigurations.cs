using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Domain.Comments;

namespace Platform.Modules.Projects.Persistence.Configurations.Comments;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> comment)
    {
        comment.ToTable("comments");
        comment.HasKey(c => c.Id);
        comment.HasOne<ProjectTask>().WithMany().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Cascade);
        // Listing a task's thread in order is the hot path.
        comment.HasIndex(c => new { c.TaskId, c.CreatedAt });
        comment.HasIndex(c => c.ProjectId);
        comment.Property(c => c.AuthorName).HasMaxLength(200);
        comment.Property(c => c.Body).HasMaxLength(Comment.BodyMaxLength);
    }
}

internal sealed class CommentRevisionConfiguration : IEntityTypeConfiguration<CommentRevision>
{
    public void Configure(EntityTypeBuilder<CommentRevision> revision)
    {
        revision.ToTable("comment_revisions");
        revision.HasKey(r => r.Id);
        revision.HasOne<Comment>().WithMany().HasForeignKey(r => r.CommentId).OnDelete(DeleteBehavior.Cascade);
        revision.HasIndex(r => r.CommentId);
        revision.Property(r => r.Body).HasMaxLength(Comment.BodyMaxLength);
    }
}

internal sealed class CommentReactionConfiguration : IEntityTypeConfiguration<CommentReaction>
{
    public void Configure(EntityTypeBuilder<CommentReaction> reaction)
    {
        reaction.ToTable("comment_reactions");
        reaction.HasKey(r => new { r.CommentId, r.UserId, r.Kind });
        reaction.HasOne<Comment>().WithMany().HasForeignKey(r => r.CommentId).OnDelete(DeleteBehavior.Cascade);
        reaction.Property(r => r.Kind).HasMaxLength(ReactionKinds.NameMaxLength);
    }
}

internal sealed class CommentMentionConfiguration : IEntityTypeConfiguration<CommentMention>
{
    public void Configure(EntityTypeBuilder<CommentMention> mention)
    {
        mention.ToTable("comment_mentions");
        mention.HasKey(m => new { m.CommentId, m.UserId });
        mention.HasOne<Comment>().WithMany().HasForeignKey(m => m.CommentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TaskLinkConfiguration : IEntityTypeConfiguration<TaskLink>
{
    public void Configure(EntityTypeBuilder<TaskLink> link)
    {
        link.ToTable("task_links");
        link.HasKey(l => l.Id);
        link.HasOne<ProjectTask>().WithMany().HasForeignKey(l => l.TaskId).OnDelete(DeleteBehavior.Cascade);
        link.HasIndex(l => l.TaskId);
        link.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        link.Property(l => l.Title).HasMaxLength(TaskLink.TitleMaxLength);
        link.Property(l => l.Url).HasMaxLength(TaskLink.UrlMaxLength);
    }
}
