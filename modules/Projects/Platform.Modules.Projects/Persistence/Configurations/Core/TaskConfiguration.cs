using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Projects.Domain;

namespace Platform.Modules.Projects.Persistence.Configurations.Core;

internal sealed class ProjectTaskConfiguration : IEntityTypeConfiguration<ProjectTask>
{
    public void Configure(EntityTypeBuilder<ProjectTask> task)
    {
        task.ToTable("tasks");
        task.HasKey(t => t.Id);
        task.HasOne<Project>().WithMany().HasForeignKey(t => t.ProjectId).OnDelete(DeleteBehavior.Cascade);
        task.HasIndex(t => new { t.ProjectId, t.Number }).IsUnique();
        task.HasIndex(t => new { t.ProjectId, t.Status, t.BoardOrder });
        task.HasIndex(t => t.ParentId);
        task.HasIndex(t => t.MilestoneId);
        task.HasIndex(t => new { t.ProjectId, t.DueDate });
        task.Property(t => t.Title).HasMaxLength(ProjectTask.TitleMaxLength);
        task.Property(t => t.Description).HasMaxLength(ProjectTask.DescriptionMaxLength);
        task.Property(t => t.Status).HasMaxLength(TaskStatusDefinition.KeyMaxLength);
        task.Property(t => t.Priority).HasConversion<string>().HasMaxLength(20);
        task.Property(t => t.SchedulingMode).HasConversion<string>().HasMaxLength(20).HasDefaultValue(SchedulingMode.Automatic).HasSentinel((SchedulingMode)(-1));
        task.Property(t => t.EstimateHours).HasPrecision(9, 2);
        task.Property(t => t.RemainingHours).HasPrecision(9, 2);
        // Subtasks and milestone links are kept consistent by the application (what happens to subtasks is a rule of the
        // task delete use case); database cascades here would be second paths from the project, which SQL Server refuses.
        task.HasOne<ProjectTask>().WithMany().HasForeignKey(t => t.ParentId).OnDelete(DeleteBehavior.NoAction);
        task.HasOne<Milestone>().WithMany().HasForeignKey(t => t.MilestoneId).OnDelete(DeleteBehavior.ClientSetNull);
        task.HasMany(t => t.Assignees).WithOne().HasForeignKey(a => a.TaskId).OnDelete(DeleteBehavior.Cascade);
        task.HasMany(t => t.Labels).WithOne().HasForeignKey(l => l.TaskId).OnDelete(DeleteBehavior.Cascade);
        task.HasMany(t => t.Watchers).WithOne().HasForeignKey(w => w.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TaskAssigneeConfiguration : IEntityTypeConfiguration<TaskAssignee>
{
    public void Configure(EntityTypeBuilder<TaskAssignee> assignee)
    {
        assignee.ToTable("task_assignees");
        assignee.HasKey(a => new { a.TaskId, a.Kind, a.PrincipalId });
        assignee.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        assignee.HasIndex(a => new { a.PrincipalId, a.Kind });
    }
}

internal sealed class TaskLabelConfiguration : IEntityTypeConfiguration<TaskLabel>
{
    public void Configure(EntityTypeBuilder<TaskLabel> label)
    {
        label.ToTable("task_labels");
        label.HasKey(l => new { l.TaskId, l.Label });
        label.Property(l => l.Label).HasMaxLength(TaskLabel.MaxLength);
        label.HasIndex(l => l.Label);
    }
}

internal sealed class TaskWatcherConfiguration : IEntityTypeConfiguration<TaskWatcher>
{
    public void Configure(EntityTypeBuilder<TaskWatcher> watcher)
    {
        watcher.ToTable("task_watchers");
        watcher.HasKey(w => new { w.TaskId, w.UserId });
        watcher.HasIndex(w => w.UserId);
    }
}

internal sealed class TaskDependencyConfiguration : IEntityTypeConfiguration<TaskDependency>
{
    public void Configure(EntityTypeBuilder<TaskDependency> dependency)
    {
        dependency.ToTable("task_dependencies");
        dependency.HasKey(d => d.Id);
        dependency.HasOne<Project>().WithMany().HasForeignKey(d => d.ProjectId).OnDelete(DeleteBehavior.Cascade);
        // The database removes links with their project. Links of a single deleted task are removed by the application
        // (the task delete use case): a database cascade from both tasks as well as from the project is more than one
        // cascade path, which SQL Server refuses.
        dependency.HasOne<ProjectTask>().WithMany().HasForeignKey(d => d.PredecessorId).OnDelete(DeleteBehavior.ClientCascade);
        dependency.HasOne<ProjectTask>().WithMany().HasForeignKey(d => d.SuccessorId).OnDelete(DeleteBehavior.ClientCascade);
        dependency.HasIndex(d => new { d.PredecessorId, d.SuccessorId }).IsUnique();
        dependency.HasIndex(d => d.SuccessorId);
        dependency.HasIndex(d => d.ProjectId);
        dependency.Property(d => d.Type).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> milestone)
    {
        milestone.ToTable("milestones");
        milestone.HasKey(m => m.Id);
        milestone.HasOne<Project>().WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        milestone.HasIndex(m => new { m.ProjectId, m.Date });
        milestone.Property(m => m.Name).HasMaxLength(Milestone.NameMaxLength);
        milestone.Property(m => m.Description).HasMaxLength(Milestone.DescriptionMaxLength);
        milestone.Property(m => m.Health).HasConversion<string>().HasMaxLength(20);
    }
}
