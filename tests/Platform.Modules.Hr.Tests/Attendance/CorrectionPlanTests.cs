using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Domain.Attendance;
using Platform.Modules.Hr.Features.Attendance.Corrections;
using Platform.Modules.Hr.Persistence;

namespace Platform.Modules.Hr.Tests.Attendance;

/// <summary>
/// What a correction would do to a day's clockings, checked against a real (in-memory SQLite) HR database. The employee
/// works in New York (UTC−5 in November): Monday's shift is 14:00–22:00 UTC (09:00–17:00 local).
/// </summary>
public sealed class CorrectionPlanTests : IDisposable
{
    private static readonly DateOnly Monday = new(2026, 11, 16);
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly HrDbContext _db;
    private readonly Employee _employee;
    private readonly AttendanceEntry _clockIn;
    private readonly AttendanceEntry _clockOut;

    public CorrectionPlanTests()
    {
        _connection.Open();
        _db = new HrSqliteDbContext(new DbContextOptionsBuilder<HrSqliteDbContext>().UseSqlite(_connection).Options);
        _db.Database.EnsureCreated();
        var newYork = new Location { Id = Guid.CreateVersion7(), Name = "New York", TimeZoneId = "America/New_York" };
        _employee = new Employee { Id = Guid.CreateVersion7(), EmployeeNumber = "E1", FirstName = "Ada", LastName = "Example", LocationId = newYork.Id, StartDate = Monday.AddYears(-1) };
        _clockIn = Entry(ClockAction.ClockIn, "14:00");
        _clockOut = Entry(ClockAction.ClockOut, "22:00");
        _db.AddRange(newYork, _employee, _clockIn, _clockOut);
        _db.SaveChanges();
        _db.ChangeTracker.Clear();
    }

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
    }

    [Fact]
    public async Task A_missing_break_in_a_closed_shift_is_added_with_its_end_and_belongs_to_the_shifts_work_date()
    {
        var alone = await Plan(CorrectionKind.Add, null, ClockAction.BreakStart, "18:00");
        Assert.Contains("end the break before clocking out", alone.Error);

        var plan = await Plan(CorrectionKind.Add, null, ClockAction.BreakStart, "18:00", breakEnd: "18:30");
        Assert.Null(plan.Error);
        Assert.Equal(Monday, plan.WorkDate);
    }

    [Fact]
    public async Task A_clock_in_added_late_in_the_utc_evening_belongs_to_the_local_date()
    {
        // 03:00 UTC on Tuesday is still Monday 22:00 in New York: a second shift on Monday, after the first one ended.
        var plan = await Plan(CorrectionKind.Add, null, ClockAction.ClockIn, "03:00", Monday.AddDays(1));
        Assert.Null(plan.Error);
        Assert.Equal(Monday, plan.WorkDate);
    }

    [Fact]
    public async Task Changes_that_break_the_order_of_the_day_are_refused_with_the_rule()
    {
        var outBeforeIn = await Plan(CorrectionKind.Change, _clockOut.Id, null, "13:00");
        Assert.Equal("kind", outBeforeIn.Field);
        Assert.Contains("Not clocked in", outBeforeIn.Error);

        var orphanedClockOut = await Plan(CorrectionKind.Remove, _clockIn.Id, null, null);
        Assert.Contains("out of order", orphanedClockOut.Error);

        var breakWithoutShift = await Plan(CorrectionKind.Add, null, ClockAction.BreakEnd, "18:00");
        Assert.Contains("No break is in progress", breakWithoutShift.Error);
    }

    [Fact]
    public async Task A_clock_in_only_moves_within_its_local_day_and_unknown_entries_are_named()
    {
        Assert.Null((await Plan(CorrectionKind.Change, _clockIn.Id, null, "13:30")).Error);
        var nextDay = await Plan(CorrectionKind.Change, _clockIn.Id, null, "06:00", Monday.AddDays(1));
        Assert.Equal("at", nextDay.Field);

        var unknown = await Plan(CorrectionKind.Remove, Guid.NewGuid(), null, null);
        Assert.Equal("entryId", unknown.Field);

        var noShift = await Plan(CorrectionKind.Add, null, ClockAction.ClockOut, "10:00");
        Assert.Equal("at", noShift.Field);
    }

    [Fact]
    public async Task Applying_a_plan_changes_the_clockings()
    {
        var moved = await Plan(CorrectionKind.Change, _clockOut.Id, null, "23:00");
        var correction = new AttendanceCorrection { Kind = CorrectionKind.Change, EmployeeId = _employee.Id, EntryId = _clockOut.Id, At = Utc(Monday, "23:00") };
        moved.Apply(_db, correction, "approver", DateTimeOffset.UtcNow);
        await _db.SaveChangesAsync(TestContext.Current.CancellationToken);

        var added = await Plan(CorrectionKind.Add, null, ClockAction.BreakStart, "18:00", breakEnd: "18:30");
        added.Apply(_db, new AttendanceCorrection
        {
            Kind = CorrectionKind.Add, EmployeeId = _employee.Id, Action = ClockAction.BreakStart, At = Utc(Monday, "18:00"), BreakEndAt = Utc(Monday, "18:30"),
        }, "approver", DateTimeOffset.UtcNow);
        await _db.SaveChangesAsync(TestContext.Current.CancellationToken);

        var day = await _db.AttendanceEntries.AsNoTracking().Where(e => e.WorkDate == Monday).OrderBy(e => e.At).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([(ClockAction.ClockIn, "14:00"), (ClockAction.BreakStart, "18:00"), (ClockAction.BreakEnd, "18:30"), (ClockAction.ClockOut, "23:00")], day.Select(e => (e.Action, $"{e.At.UtcDateTime:HH:mm}")));
        Assert.Equal(EntrySource.Correction, day[1].Source);
    }

    private Task<CorrectionPlan> Plan(CorrectionKind kind, Guid? entryId, ClockAction? action, string? utcTime, DateOnly? utcDate = null, string? breakEnd = null) =>
        CorrectionPlan.BuildAsync(
            _db, _employee, kind, entryId, action, utcTime is null ? null : Utc(utcDate ?? Monday, utcTime), breakEnd is null ? null : Utc(Monday, breakEnd),
            TestContext.Current.CancellationToken);

    private AttendanceEntry Entry(ClockAction action, string utcTime) => new()
    {
        Id = Guid.CreateVersion7(), EmployeeId = _employee.Id, Action = action, At = Utc(Monday, utcTime), WorkDate = Monday, Source = EntrySource.Web,
    };

    private static DateTimeOffset Utc(DateOnly date, string time) =>
        new(date.ToDateTime(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture)), TimeSpan.Zero);
}
