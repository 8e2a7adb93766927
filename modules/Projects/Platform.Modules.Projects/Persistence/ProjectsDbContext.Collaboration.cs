using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain.Comments;

namespace Platform.Modules.Projects.Persistence;

public abstract partial class ProjectsDbContext
{
    public DbSet<Comment> Comments => Set<Comment>();

    public DbSet<CommentRevision> CommentRevisions => Set<CommentRevision>();

    public DbSet<CommentReaction> CommentReactions => Set<CommentReaction>();

    public DbSet<CommentMention> CommentMentions => Set<CommentMention>();

    public DbSet<TaskLink> TaskLinks => Set<TaskLink>();
}
