using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain.Time;

namespace Platform.Modules.Projects.Persistence;

public abstract partial class ProjectsDbContext
{
    public DbSet<TimeEntry> TimeEntries => Set<TimeEntry>();

    public DbSet<RunningTimer> RunningTimers => Set<RunningTimer>();
}
