using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Domain.Leave;

namespace Platform.Modules.Hr.Persistence.Configurations.Leave;

internal sealed class HolidayCalendarConfiguration : IEntityTypeConfiguration<HolidayCalendar>
{
    public void Configure(EntityTypeBuilder<HolidayCalendar> calendar)
    {
        calendar.ToTable("holiday_calendars");
        calendar.HasKey(c => c.Id);
        calendar.Property(c => c.Name).HasMaxLength(HolidayCalendar.NameMaxLength);
        calendar.HasIndex(c => c.Name).IsUnique();
    }
}

internal sealed class HolidayConfiguration : IEntityTypeConfiguration<Holiday>
{
    public void Configure(EntityTypeBuilder<Holiday> holiday)
    {
        holiday.ToTable("holidays");
        holiday.HasKey(h => h.Id);
        holiday.Property(h => h.Name).HasMaxLength(Holiday.NameMaxLength);
        holiday.HasIndex(h => new { h.CalendarId, h.Date }).IsUnique();
        holiday.HasOne<HolidayCalendar>().WithMany().HasForeignKey(h => h.CalendarId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LeaveRequestConfiguration : IEntityTypeConfiguration<LeaveRequest>
{
    public void Configure(EntityTypeBuilder<LeaveRequest> request)
    {
        request.ToTable("leave_requests");
        request.HasKey(r => r.Id);
        request.Property(r => r.StartPart).HasConversion<string>().HasMaxLength(20);
        request.Property(r => r.EndPart).HasConversion<string>().HasMaxLength(20);
        request.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        request.Property(r => r.Days).HasPrecision(7, 2);
        request.Property(r => r.Reason).HasMaxLength(LeaveRequest.ReasonMaxLength);
        request.Property(r => r.DecisionNote).HasMaxLength(LeaveRequest.ReasonMaxLength);
        request.HasIndex(r => new { r.EmployeeId, r.StartDate });
        request.HasIndex(r => new { r.Status, r.StartDate });
        request.HasOne<Employee>().WithMany().HasForeignKey(r => r.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        request.HasOne<LeaveType>().WithMany().HasForeignKey(r => r.LeaveTypeId).OnDelete(DeleteBehavior.Restrict);
    }
}
