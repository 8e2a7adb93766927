using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Domain.Attendance;

namespace Platform.Modules.Hr.Persistence.Configurations.Attendance;

internal sealed class WorkScheduleConfiguration : IEntityTypeConfiguration<WorkSchedule>
{
    public void Configure(EntityTypeBuilder<WorkSchedule> schedule)
    {
        schedule.ToTable("work_schedules");
        schedule.HasKey(s => s.Id);
        schedule.Property(s => s.Name).HasMaxLength(WorkSchedule.NameMaxLength);
        schedule.HasIndex(s => s.Name).IsUnique();
        schedule.HasMany(s => s.Days).WithOne().HasForeignKey(d => d.ScheduleId).OnDelete(DeleteBehavior.Cascade);
        // Employees point at the schedule they follow; a schedule in use cannot be deleted.
        schedule.HasMany<Employee>().WithOne().HasForeignKey(e => e.WorkScheduleId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WorkScheduleDayConfiguration : IEntityTypeConfiguration<WorkScheduleDay>
{
    public void Configure(EntityTypeBuilder<WorkScheduleDay> day)
    {
        day.ToTable("work_schedule_days");
        day.HasKey(d => new { d.ScheduleId, d.Weekday });
        day.Ignore(d => d.CrossesMidnight);
        day.Ignore(d => d.SpanMinutes);
        day.Ignore(d => d.ExpectedMinutes);
    }
}

internal sealed class AttendanceEntryConfiguration : IEntityTypeConfiguration<AttendanceEntry>
{
    public void Configure(EntityTypeBuilder<AttendanceEntry> entry)
    {
        entry.ToTable("attendance_entries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Action).HasConversion<string>().HasMaxLength(20);
        entry.Property(e => e.Source).HasConversion<string>().HasMaxLength(20);
        entry.Property(e => e.RecordedBy).HasMaxLength(200);
        entry.HasIndex(e => new { e.EmployeeId, e.WorkDate });
        entry.HasIndex(e => new { e.EmployeeId, e.At });
        entry.HasIndex(e => e.WorkDate);
        entry.HasOne<Employee>().WithMany().HasForeignKey(e => e.EmployeeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AttendanceCorrectionConfiguration : IEntityTypeConfiguration<AttendanceCorrection>
{
    public void Configure(EntityTypeBuilder<AttendanceCorrection> correction)
    {
        correction.ToTable("attendance_corrections");
        correction.HasKey(c => c.Id);
        correction.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        correction.Property(c => c.Action).HasConversion<string>().HasMaxLength(20);
        correction.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        correction.Property(c => c.Reason).HasMaxLength(AttendanceCorrection.ReasonMaxLength);
        correction.Property(c => c.DecisionNote).HasMaxLength(AttendanceCorrection.ReasonMaxLength);
        correction.HasIndex(c => new { c.EmployeeId, c.WorkDate });
        correction.HasIndex(c => new { c.Status, c.CreatedAt });
        correction.HasOne<Employee>().WithMany().HasForeignKey(c => c.EmployeeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TimesheetConfiguration : IEntityTypeConfiguration<Timesheet>
{
    public void Configure(EntityTypeBuilder<Timesheet> timesheet)
    {
        timesheet.ToTable("timesheets");
        timesheet.HasKey(t => t.Id);
        timesheet.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        timesheet.Property(t => t.DecisionNote).HasMaxLength(Timesheet.NoteMaxLength);
        timesheet.HasIndex(t => new { t.EmployeeId, t.WeekStart }).IsUnique();
        timesheet.HasIndex(t => new { t.Status, t.WeekStart });
        timesheet.HasOne<Employee>().WithMany().HasForeignKey(t => t.EmployeeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class KioskPinLockoutConfiguration : IEntityTypeConfiguration<KioskPinLockout>
{
    public void Configure(EntityTypeBuilder<KioskPinLockout> lockout)
    {
        lockout.ToTable("kiosk_pin_lockouts");
        lockout.HasKey(l => l.EmployeeId);
        lockout.HasOne<Employee>().WithOne().HasForeignKey<KioskPinLockout>(l => l.EmployeeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AttendanceAnomalyReportConfiguration : IEntityTypeConfiguration<AttendanceAnomalyReport>
{
    public void Configure(EntityTypeBuilder<AttendanceAnomalyReport> report)
    {
        report.ToTable("attendance_anomaly_reports");
        report.HasKey(r => new { r.EmployeeId, r.Date });
        report.Property(r => r.Kinds).HasMaxLength(200);
        report.HasOne<Employee>().WithMany().HasForeignKey(r => r.EmployeeId).OnDelete(DeleteBehavior.Cascade);
    }
}
