using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Domain.Leave;

namespace Platform.Modules.Hr.Persistence;

public abstract partial class HrDbContext
{
    public DbSet<HolidayCalendar> HolidayCalendars => Set<HolidayCalendar>();

    public DbSet<Holiday> Holidays => Set<Holiday>();

    public DbSet<LeaveRequest> LeaveRequests => Set<LeaveRequest>();

    public DbSet<LeaveType> LeaveTypes => Set<LeaveType>();

    public DbSet<LeaveLedgerEntry> LeaveLedger => Set<LeaveLedgerEntry>();

    public DbSet<EmployeeLeaveYear> EmployeeLeaveYears => Set<EmployeeLeaveYear>();

    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
}
