using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Domain.Attendance;
using Platform.Modules.Hr.Domain.Leave;
using Platform.Modules.Hr.Features.Attendance.Days;
using Platform.Modules.Hr.Persistence;

namespace Platform.Modules.Hr.Tests.Attendance;

/// <summary>
/// The rows attendance reads, written to a real (in-memory SQLite) HR database: the location's zone and holiday
/// calendar, approved (not pending) leave, the schedule and employment dates all reach the computed week.
/// </summary>
public sealed class AttendanceDaysQueryTests : IDisposable
{
    private static readonly DateOnly Monday = new(2026, 11, 16);
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly HrDbContext _db;

    public AttendanceDaysQueryTests()
    {
        _connection.Open();
        _db = new HrSqliteDbContext(new DbContextOptionsBuilder<HrSqliteDbContext>().UseSqlite(_connection).Options);
        _db.Database.EnsureCreated();
    }

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
    }

    [Fact]
    public async Task A_week_is_computed_from_the_location_the_calendar_approved_leave_the_schedule_and_the_employment_dates()
    {
        var calendar = new HolidayCalendar { Id = Guid.CreateVersion7(), Name = "Berlin" };
        var berlin = new Location { Id = Guid.CreateVersion7(), Name = "Berlin office", TimeZoneId = "Europe/Berlin", HolidayCalendarId = calendar.Id };
        var schedule = Schedules.Weekdays();
        var ada = Employee("E1", berlin.Id, schedule.Id, Monday.AddYears(-1));
        var joiner = Employee("E2", null, schedule.Id, Monday.AddDays(2));
        _db.AddRange(calendar, berlin, schedule, ada, joiner, Annual);
        _db.Holidays.Add(new Holiday { Id = Guid.CreateVersion7(), CalendarId = calendar.Id, Date = Monday.AddDays(2), Name = "Repentance Day" });
        _db.LeaveRequests.AddRange(
            Leave(ada.Id, Monday.AddDays(3), Monday.AddDays(3), LeaveRequestStatus.Approved),
            Leave(ada.Id, Monday.AddDays(4), Monday.AddDays(4), LeaveRequestStatus.Pending));
        // 08:00 and 16:30 UTC are 09:00 and 17:30 in Berlin (CET).
        _db.AttendanceEntries.AddRange(
            Entry(ada.Id, ClockAction.ClockIn, Monday, "08:00"),
            Entry(ada.Id, ClockAction.ClockOut, Monday, "16:30"),
            Entry(ada.Id, ClockAction.ClockIn, Monday.AddDays(1), "08:20"),
            Entry(ada.Id, ClockAction.ClockOut, Monday.AddDays(1), "16:30"));
        await _db.SaveChangesAsync(TestContext.Current.CancellationToken);

        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
        var week = await new AttendanceDaysQuery(_db, time).ComputeAsync([ada, joiner], Monday, Monday.AddDays(6), allEmployees: false, TestContext.Current.CancellationToken);

        var adaWeek = week.Single(e => e.EmployeeNumber == "E1");
        Assert.Equal("Europe/Berlin", adaWeek.TimeZone);
        Assert.Equal(
            [AttendanceStatus.Present, AttendanceStatus.Late, AttendanceStatus.Holiday, AttendanceStatus.OnLeave, AttendanceStatus.Absent, AttendanceStatus.Weekend, AttendanceStatus.Weekend],
            adaWeek.Days.Select(d => d.Status));
        Assert.Equal(20, adaWeek.Days[1].LateMinutes); // 09:20 in Berlin
        Assert.Equal(510 + 490, adaWeek.Totals.WorkedMinutes);
        Assert.Equal(450 * 3, adaWeek.Totals.ExpectedMinutes);

        var joinerWeek = week.Single(e => e.EmployeeNumber == "E2");
        Assert.Equal("UTC", joinerWeek.TimeZone);
        Assert.Equal(
            [AttendanceStatus.Unscheduled, AttendanceStatus.Unscheduled, AttendanceStatus.Absent, AttendanceStatus.Absent, AttendanceStatus.Absent, AttendanceStatus.Weekend, AttendanceStatus.Weekend],
            joinerWeek.Days.Select(d => d.Status));
    }

    private static Employee Employee(string number, Guid? locationId, Guid scheduleId, DateOnly start) => new()
    {
        Id = Guid.CreateVersion7(), EmployeeNumber = number, FirstName = number, LastName = "Test", LocationId = locationId, WorkScheduleId = scheduleId, StartDate = start,
    };

    private static readonly LeaveType Annual = new() { Id = Guid.CreateVersion7(), Code = "ANNUAL", Name = "Annual leave", Kind = LeaveKind.Annual, UsesBalance = false };

    private static LeaveRequest Leave(Guid employeeId, DateOnly start, DateOnly end, LeaveRequestStatus status) => new()
    {
        Id = Guid.CreateVersion7(), EmployeeId = employeeId, LeaveTypeId = Annual.Id, StartDate = start, EndDate = end, Status = status, Days = 1,
    };

    private static AttendanceEntry Entry(Guid employeeId, ClockAction action, DateOnly date, string utcTime) => new()
    {
        Id = Guid.CreateVersion7(), EmployeeId = employeeId, Action = action, WorkDate = date, Source = EntrySource.Web,
        At = new DateTimeOffset(date.ToDateTime(TimeOnly.Parse(utcTime, System.Globalization.CultureInfo.InvariantCulture)), TimeSpan.Zero),
    };
}
