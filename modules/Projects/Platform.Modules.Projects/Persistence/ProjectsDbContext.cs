using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Sdk.Persistence;

namespace Platform.Modules.Projects.Persistence;

/// <summary>
/// The Projects module's data. Each feature area keeps its entity sets in its own part of this partial class
/// (ProjectsDbContext.&lt;Area&gt;.cs) and its mappings in IEntityTypeConfiguration classes under
/// Persistence/Configurations; provider subclasses below own the migrations of each provider.
/// </summary>
[ModuleSchema("projects")]
public abstract partial class ProjectsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Project> Projects => Set<Project>();

    public DbSet<ProjectMember> Members => Set<ProjectMember>();

    public DbSet<ProjectNonWorkingDay> NonWorkingDays => Set<ProjectNonWorkingDay>();

    public DbSet<TaskStatusDefinition> Statuses => Set<TaskStatusDefinition>();

    public DbSet<ProjectTask> Tasks => Set<ProjectTask>();

    public DbSet<TaskAssignee> TaskAssignees => Set<TaskAssignee>();

    public DbSet<TaskLabel> TaskLabels => Set<TaskLabel>();

    public DbSet<TaskWatcher> TaskWatchers => Set<TaskWatcher>();

    public DbSet<TaskDependency> Dependencies => Set<TaskDependency>();

    public DbSet<Milestone> Milestones => Set<Milestone>();

    public DbSet<ProjectActivity> Activity => Set<ProjectActivity>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ProjectsDbContext).Assembly);
}

public sealed class ProjectsSqliteDbContext(DbContextOptions<ProjectsSqliteDbContext> options) : ProjectsDbContext(options);

public sealed class ProjectsPostgresDbContext(DbContextOptions<ProjectsPostgresDbContext> options) : ProjectsDbContext(options);

public sealed class ProjectsSqlServerDbContext(DbContextOptions<ProjectsSqlServerDbContext> options) : ProjectsDbContext(options);

internal sealed class ProjectsSqliteDesignFactory() : ModuleDesignTimeFactory<ProjectsSqliteDbContext>(DatabaseProvider.Sqlite);

internal sealed class ProjectsPostgresDesignFactory() : ModuleDesignTimeFactory<ProjectsPostgresDbContext>(DatabaseProvider.Postgres);

internal sealed class ProjectsSqlServerDesignFactory() : ModuleDesignTimeFactory<ProjectsSqlServerDbContext>(DatabaseProvider.SqlServer);
