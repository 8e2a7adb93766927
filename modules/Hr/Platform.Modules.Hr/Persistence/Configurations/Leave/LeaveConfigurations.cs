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

internal sealed class LeaveTypeConfiguration : IEntityTypeConfiguration<LeaveType>
{
    public void Configure(EntityTypeBuilder<LeaveType> type)
    {
        type.ToTable("leave_types");
        type.HasKey(t => t.Id);
        type.Property(t => t.Code).HasMaxLength(LeaveType.CodeMaxLength);
        type.HasIndex(t => t.Code).IsUnique();
        type.Property(t => t.Name).HasMaxLength(LeaveType.NameMaxLength);
        type.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        type.Property(t => t.DaysPerYear).HasPrecision(7, 2);
        type.Property(t => t.CarryOverMaxDays).HasPrecision(7, 2);
    }
}

internal sealed class LeaveLedgerEntryConfiguration : IEntityTypeConfiguration<LeaveLedgerEntry>
{
    public void Configure(EntityTypeBuilder<LeaveLedgerEntry> entry)
    {
        entry.ToTable("leave_ledger");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        entry.Property(e => e.Days).HasPrecision(7, 2);
        entry.Property(e => e.Note).HasMaxLength(LeaveLedgerEntry.NoteMaxLength);
        entry.Property(e => e.PostingKey).HasMaxLength(LeaveLedgerEntry.PostingKeyMaxLength);
        // The guarantee that automatic postings never post twice, even when two runs race.
        entry.HasIndex(e => e.PostingKey).IsUnique();
        entry.HasIndex(e => new { e.EmployeeId, e.LeaveTypeId, e.Year });
        entry.HasOne<Employee>().WithMany().HasForeignKey(e => e.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        entry.HasOne<LeaveType>().WithMany().HasForeignKey(e => e.LeaveTypeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EmployeeLeaveYearConfiguration : IEntityTypeConfiguration<EmployeeLeaveYear>
{
    public void Configure(EntityTypeBuilder<EmployeeLeaveYear> year)
    {
        year.ToTable("employee_leave_years");
        year.HasKey(y => y.Id);
        year.HasIndex(y => new { y.EmployeeId, y.Year }).IsUnique();
        year.HasOne<Employee>().WithMany().HasForeignKey(y => y.EmployeeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> feed)
    {
        feed.ToTable("calendar_feeds");
        feed.HasKey(f => f.Id);
        feed.Property(f => f.Name).HasMaxLength(CalendarFeed.NameMaxLength);
        feed.Property(f => f.Scope).HasConversion<string>().HasMaxLength(20);
        feed.Property(f => f.TokenHash).HasMaxLength(64);
        feed.HasIndex(f => f.TokenHash).IsUnique();
        feed.HasIndex(f => f.OwnerUserId);
    }
}
