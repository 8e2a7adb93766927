using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Sdk.Persistence;

namespace Platform.Modules.Projects.Persistence;

/// <summary>The Projects module's data. Provider subclasses below own the migrations of each provider.</summary>
[ModuleSchema("projects")]
public abstract class ProjectsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Project> Projects => Set<Project>();

    public DbSet<ProjectTask> Tasks => Set<ProjectTask>();

    public DbSet<ProjectMember> Members => Set<ProjectMember>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Project>(project =>
        {
            project.ToTable("projects");
            project.HasKey(p => p.Id);
            project.Property(p => p.Key).HasMaxLength(Project.KeyMaxLength);
            project.HasIndex(p => p.Key).IsUnique();
            project.Property(p => p.Name).HasMaxLength(Project.NameMaxLength);
            project.Property(p => p.Description).HasMaxLength(Project.DescriptionMaxLength);
            project.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            // The migration that added it fills existing rows with Company: they stay visible to everyone, as they were.
            project.Property(p => p.Visibility).HasConversion<string>().HasMaxLength(20);
            project.HasIndex(p => p.OwnerId);
        });
        modelBuilder.Entity<ProjectMember>(member =>
        {
            member.ToTable("project_members");
            member.HasKey(m => new { m.ProjectId, m.UserId });
            member.HasOne<Project>().WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
            member.HasIndex(m => m.UserId);
            member.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<ProjectTask>(task =>
        {
            task.ToTable("tasks");
            task.HasKey(t => t.Id);
            task.HasOne<Project>().WithMany().HasForeignKey(t => t.ProjectId).OnDelete(DeleteBehavior.Cascade);
            task.HasIndex(t => new { t.ProjectId, t.Number }).IsUnique();
            task.HasIndex(t => new { t.ProjectId, t.Status });
            task.HasIndex(t => t.AssigneeId);
            task.Property(t => t.Title).HasMaxLength(ProjectTask.TitleMaxLength);
            task.Property(t => t.Description).HasMaxLength(ProjectTask.DescriptionMaxLength);
            task.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            task.Property(t => t.Priority).HasConversion<string>().HasMaxLength(20);
            task.Property(t => t.AssigneeId).HasMaxLength(100);
        });
    }
}

public sealed class ProjectsSqliteDbContext(DbContextOptions<ProjectsSqliteDbContext> options) : ProjectsDbContext(options);

public sealed class ProjectsPostgresDbContext(DbContextOptions<ProjectsPostgresDbContext> options) : ProjectsDbContext(options);

public sealed class ProjectsSqlServerDbContext(DbContextOptions<ProjectsSqlServerDbContext> options) : ProjectsDbContext(options);

internal sealed class ProjectsSqliteDesignFactory() : ModuleDesignTimeFactory<ProjectsSqliteDbContext>(DatabaseProvider.Sqlite);

internal sealed class ProjectsPostgresDesignFactory() : ModuleDesignTimeFactory<ProjectsPostgresDbContext>(DatabaseProvider.Postgres);

internal sealed class ProjectsSqlServerDesignFactory() : ModuleDesignTimeFactory<ProjectsSqlServerDbContext>(DatabaseProvider.SqlServer);
