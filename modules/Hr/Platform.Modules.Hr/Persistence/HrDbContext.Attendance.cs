using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain.Attendance;

namespace Platform.Modules.Hr.Persistence;

public abstract partial class HrDbContext
{
    public DbSet<WorkSchedule> WorkSchedules => Set<WorkSchedule>();

    public DbSet<WorkScheduleDay> WorkScheduleDays => Set<WorkScheduleDay>();

    public DbSet<AttendanceEntry> AttendanceEntries => Set<AttendanceEntry>();

    public DbSet<AttendanceCorrection> AttendanceCorrections => Set<AttendanceCorrection>();

    public DbSet<Timesheet> Timesheets => Set<Timesheet>();

    public DbSet<KioskPinLockout> KioskPinLockouts => Set<KioskPinLockout>();

    public DbSet<AttendanceAnomalyReport> AttendanceAnomalyReports => Set<AttendanceAnomalyReport>();
}
