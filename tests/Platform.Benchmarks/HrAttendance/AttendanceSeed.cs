using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Domain.Attendance;
using Platform.Modules.Hr.Domain.Leave;
using Platform.Modules.Hr.Persistence;

namespace Platform.Benchmarks.HrAttendance;

/// <summary>
/// A company of N employees in one Berlin office (Mon–Fri 09:00–17:00, 30 minutes' break, a public holiday in the month)
/// with a month of clockings: clock-in, break start, break end and clock-out on every working day, start times spread
/// over the morning so that some are late; every tenth employee has two days of approved leave.
/// </summary>
internal static class AttendanceSeed
{
    public static async Task<int> SeedAsync(HrDbContext db, int employees, DateOnly month)
    {
        var now = DateTimeOffset.UtcNow;
        var calendar = new HolidayCalendar { Id = Guid.CreateVersion7(), Name = "Berlin", CreatedAt = now, UpdatedAt = now };
        var office = new Location { Id = Guid.CreateVersion7(), Name = "Berlin", TimeZoneId = "Europe/Berlin", HolidayCalendarId = calendar.Id, CreatedAt = now, UpdatedAt = now };
        var schedule = new WorkSchedule { Id = Guid.CreateVersion7(), Name = "Office", GraceMinutes = 5, CreatedAt = now, UpdatedAt = now };
        foreach (var weekday in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })
        {
            schedule.Days.Add(new WorkScheduleDay { ScheduleId = schedule.Id, Weekday = weekday, Start = new TimeOnly(9, 0), End = new TimeOnly(17, 0), BreakMinutes = 30 });
        }

        var holiday = month.AddDays(2);
        var annual = new LeaveType { Id = Guid.CreateVersion7(), Code = "ANNUAL", Name = "Annual leave", Kind = LeaveKind.Annual, IsPaid = true, CreatedAt = now, UpdatedAt = now };
        db.AddRange(calendar, office, schedule, annual, new Holiday { Id = Guid.CreateVersion7(), CalendarId = calendar.Id, Date = holiday, Name = "Holiday" });
        await db.SaveChangesAsync();

        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var end = month.AddMonths(1);
        var written = 0;
        for (var n = 0; n < employees; n++)
        {
            var employee = new Employee
            {
                Id = Guid.CreateVersion7(), EmployeeNumber = $"E{n:D5}", FirstName = "Employee", LastName = $"{n:D5}", LocationId = office.Id,
                WorkScheduleId = schedule.Id, StartDate = month.AddYears(-1), CreatedAt = now, UpdatedAt = now,
            };
            db.Employees.Add(employee);
            var leaveDay = month.AddDays(10 + (n % 5));
            if (n % 10 == 0)
            {
                db.LeaveRequests.Add(new LeaveRequest
                {
                    Id = Guid.CreateVersion7(), EmployeeId = employee.Id, LeaveTypeId = annual.Id, StartDate = leaveDay, EndDate = leaveDay.AddDays(1),
                    Days = 2, Status = LeaveRequestStatus.Approved, CreatedAt = now, UpdatedAt = now,
                });
            }

            for (var date = month; date < end; date = date.AddDays(1))
            {
                if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || date == holiday || (n % 10 == 0 && date >= leaveDay && date <= leaveDay.AddDays(1)))
                {
                    continue;
                }

                var start = new TimeOnly(8, 45).AddMinutes((n + date.Day) % 30);
                AddShift(db, employee.Id, date, zone, start, now);
                written += 4;
            }

            if (n % 100 == 99)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return written;
    }

    private static void AddShift(HrDbContext db, Guid employeeId, DateOnly date, TimeZoneInfo zone, TimeOnly start, DateTimeOffset now)
    {
        (ClockAction Action, TimeOnly Time)[] shift =
        [
            (ClockAction.ClockIn, start), (ClockAction.BreakStart, new TimeOnly(12, 0)), (ClockAction.BreakEnd, new TimeOnly(12, 30)),
            (ClockAction.ClockOut, start.AddHours(8).AddMinutes(30)),
        ];
        foreach (var (action, time) in shift)
        {
            var local = date.ToDateTime(time);
            db.AttendanceEntries.Add(new AttendanceEntry
            {
                Id = Guid.CreateVersion7(), EmployeeId = employeeId, Action = action, WorkDate = date, Source = EntrySource.Kiosk, CreatedAt = now,
                At = new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime(),
            });
        }
    }
}
