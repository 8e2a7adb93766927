using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;

namespace Platform.Modules.Hr.Persistence;

public abstract partial class HrDbContext
{
    public DbSet<HolidayCalendar> HolidayCalendars => Set<HolidayCalendar>();

    public DbSet<Holiday> Holidays => Set<Holiday>();

    public DbSet<LeaveRequest> LeaveRequests => Set<LeaveRequest>();
}
