using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Domain.Time;

namespace Platform.Modules.Projects.Persistence.Configurations.Time;

internal sealed class TimeEntryConfiguration : IEntityTypeConfiguration<TimeEntry>
{
    public void Configure(EntityTypeBuilder<TimeEntry> entry)
    {
        entry.ToTable("time_entries");
        entry.HasKey(e => e.Id);
        entry.HasOne<ProjectTask>().WithMany().HasForeignKey(e => e.TaskId).OnDelete(DeleteBehavior.Cascade);
        // A person's day (the 24-hour rule, timesheets, "my" entries) and a task's or project's totals.
        entry.HasIndex(e => new { e.UserId, e.Date });
        entry.HasIndex(e => e.TaskId);
        entry.HasIndex(e => new { e.ProjectId, e.Date });
        entry.Property(e => e.Note).HasMaxLength(TimeEntry.NoteMaxLength);
        entry.Property(e => e.Source).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class RunningTimerConfiguration : IEntityTypeConfiguration<RunningTimer>
{
    public void Configure(EntityTypeBuilder<RunningTimer> timer)
    {
        timer.ToTable("running_timers");
        // One running timer per person, enforced by the key itself.
        timer.HasKey(t => t.UserId);
        timer.HasOne<ProjectTask>().WithMany().HasForeignKey(t => t.TaskId).OnDelete(DeleteBehavior.Cascade);
        timer.HasIndex(t => t.TaskId);
        timer.Property(t => t.Note).HasMaxLength(TimeEntry.NoteMaxLength);
    }
}
