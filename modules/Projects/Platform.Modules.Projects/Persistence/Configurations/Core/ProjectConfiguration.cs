using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Projects.Domain;

namespace Platform.Modules.Projects.Persistence.Configurations.Core;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> project)
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
        project.HasIndex(p => p.DepartmentId);
        // Existing projects get Monday to Friday (the default) when the column is added.
        project.Property(p => p.WorkingWeekdays).HasDefaultValue(WorkingWeekdays.MondayToFriday).HasSentinel(WorkingWeekdays.None);
    }
}

internal sealed class ProjectMemberConfiguration : IEntityTypeConfiguration<ProjectMember>
{
    public void Configure(EntityTypeBuilder<ProjectMember> member)
    {
        member.ToTable("project_members");
        member.HasKey(m => new { m.ProjectId, m.UserId });
        member.HasOne<Project>().WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        member.HasIndex(m => m.UserId);
        member.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class ProjectNonWorkingDayConfiguration : IEntityTypeConfiguration<ProjectNonWorkingDay>
{
    public void Configure(EntityTypeBuilder<ProjectNonWorkingDay> day)
    {
        day.ToTable("project_non_working_days");
        day.HasKey(d => new { d.ProjectId, d.Date });
        day.HasOne<Project>().WithMany().HasForeignKey(d => d.ProjectId).OnDelete(DeleteBehavior.Cascade);
        day.Property(d => d.Name).HasMaxLength(ProjectNonWorkingDay.NameMaxLength);
    }
}

internal sealed class TaskStatusDefinitionConfiguration : IEntityTypeConfiguration<TaskStatusDefinition>
{
    public void Configure(EntityTypeBuilder<TaskStatusDefinition> status)
    {
        status.ToTable("task_statuses");
        status.HasKey(s => new { s.ProjectId, s.Key });
        status.HasOne<Project>().WithMany().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
        status.Property(s => s.Key).HasMaxLength(TaskStatusDefinition.KeyMaxLength);
        status.Property(s => s.Name).HasMaxLength(TaskStatusDefinition.NameMaxLength);
        status.Property(s => s.Category).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class ProjectActivityConfiguration : IEntityTypeConfiguration<ProjectActivity>
{
    public void Configure(EntityTypeBuilder<ProjectActivity> activity)
    {
        activity.ToTable("project_activity");
        activity.HasKey(a => a.Id);
        activity.HasOne<Project>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
        activity.HasIndex(a => new { a.ProjectId, a.OccurredAt });
        activity.HasIndex(a => a.TaskId);
        activity.Property(a => a.Event).HasMaxLength(100);
        activity.Property(a => a.Summary).HasMaxLength(ProjectActivity.SummaryMaxLength);
        activity.Property(a => a.Actor).HasMaxLength(200);
    }
}
