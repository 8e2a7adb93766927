using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain.Feeds;

namespace Platform.Modules.Projects.Persistence;

public abstract partial class ProjectsDbContext
{
    public DbSet<TaskFeed> TaskFeeds => Set<TaskFeed>();
}
