using Autofac;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Domain.Attendance;
using Platform.Modules.Hr.Domain.Leave;
using Platform.Modules.Hr.Features.Directory.Employees;
using Platform.Modules.Hr.Features.Leave.Balances;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.People;
using Department = Platform.Modules.Hr.Domain.Department;

namespace Platform.Modules.Hr.Features.Demo;

/// <summary>
/// A small demo company, seeded once (on a database without employees) in Development: two offices with their
/// holiday calendars, five departments, a dozen people with managers and skills, a standard work week, leave types
/// with this year's balances, some leave, and the last four weeks of check-ins. The platform's demo accounts
/// (admin@, manager@ and employee@demo.local) are linked to employee records, so signing in as them shows HR from
/// their side: HR, a manager with a team, and an employee.
/// </summary>
internal static class HrDemoData
{
    private sealed record DemoPerson(string Number, string First, string Last, string Title, string Department, string? Manager, string Office, string? Account, string[] Skills);

    private static readonly DemoPerson[] People =
    [
        new("E001", "Sofia", "Costa", "Chief Executive Officer", "EXEC", null, "Lisbon", null, ["leadership", "strategy"]),
        new("E002", "Hanna", "Weber", "Head of People & Culture", "PEOPLE", "E001", "Berlin", "admin@demo.local", ["recruiting", "labour law"]),
        new("E003", "Marco", "Rossi", "Engineering Manager", "ENG", "E001", "Berlin", "manager@demo.local", ["csharp", "architecture"]),
        new("E004", "Eva", "Schmidt", "Software Engineer", "PLATFORM", "E003", "Berlin", "employee@demo.local", ["csharp", "sql", "kubernetes"]),
        new("E005", "Jonas", "Becker", "Software Engineer", "PLATFORM", "E003", "Berlin", null, ["typescript", "css"]),
        new("E006", "Lena", "Fischer", "Senior Software Engineer", "PLATFORM", "E003", "Berlin", null, ["csharp", "postgresql"]),
        new("E007", "Farid", "Khan", "QA Engineer", "ENG", "E003", "Berlin", null, ["testing", "playwright"]),
        new("E008", "Tiago", "Almeida", "Head of Sales", "SALES", "E001", "Lisbon", null, ["negotiation", "portuguese", "spanish"]),
        new("E009", "Inês", "Ferreira", "Account Executive", "SALES", "E008", "Lisbon", null, ["negotiation", "french"]),
        new("E010", "Rui", "Santos", "Sales Representative", "SALES", "E008", "Lisbon", null, ["crm", "portuguese"]),
        new("E011", "Mia", "Hoffmann", "HR Generalist", "PEOPLE", "E002", "Berlin", null, ["payroll", "onboarding"]),
        new("E012", "Paul", "Novak", "Office Manager", "EXEC", "E001", "Berlin", null, ["facilities", "purchasing"]),
    ];

    public static async Task SeedAsync(ILifetimeScope scope, CancellationToken cancellationToken)
    {
        var db = scope.Resolve<HrDbContext>();
        if (await db.Employees.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = scope.Resolve<TimeProvider>().GetUtcNow();
        var accounts = scope.Resolve<IUserAccounts>();
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        var berlinHolidays = DemoHolidays.Calendar("Germany (Berlin)", now);
        var lisbonHolidays = DemoHolidays.Calendar("Portugal (Lisbon)", now);
        db.HolidayCalendars.AddRange(berlinHolidays, lisbonHolidays);
        foreach (var year in new[] { today.Year, today.Year + 1 })
        {
            db.Holidays.AddRange(DemoHolidays.Berlin(year).Select(h => Holiday(berlinHolidays, h, now)));
            db.Holidays.AddRange(DemoHolidays.Lisbon(year).Select(h => Holiday(lisbonHolidays, h, now)));
        }

        var offices = new Dictionary<string, Location>
        {
            ["Berlin"] = new() { Id = Guid.CreateVersion7(now), Name = "Berlin HQ", TimeZoneId = "Europe/Berlin", HolidayCalendarId = berlinHolidays.Id, Address = "Torstraße 1, 10119 Berlin", CreatedAt = now, UpdatedAt = now },
            ["Lisbon"] = new() { Id = Guid.CreateVersion7(now), Name = "Lisbon Office", TimeZoneId = "Europe/Lisbon", HolidayCalendarId = lisbonHolidays.Id, Address = "Avenida da Liberdade 10, 1250-147 Lisboa", CreatedAt = now, UpdatedAt = now },
        };
        db.Locations.AddRange(offices.Values);

        var departments = new Dictionary<string, Department>();
        void AddDepartment(string code, string name, string? parent) =>
            departments[code] = new Department { Id = Guid.CreateVersion7(now), Code = code, Name = name, ParentId = parent is null ? null : departments[parent].Id, CreatedAt = now, UpdatedAt = now };
        AddDepartment("EXEC", "Executive", null);
        AddDepartment("ENG", "Engineering", "EXEC");
        AddDepartment("PLATFORM", "Platform Team", "ENG");
        AddDepartment("SALES", "Sales", "EXEC");
        AddDepartment("PEOPLE", "People & Culture", "EXEC");
        db.Departments.AddRange(departments.Values);

        var schedule = new WorkSchedule { Id = Guid.CreateVersion7(now), Name = "Standard week (Mon–Fri, 9:00–17:30)", GraceMinutes = 10, CreatedAt = now, UpdatedAt = now };
        schedule.Days.AddRange(new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new WorkScheduleDay { ScheduleId = schedule.Id, Weekday = d, Start = new TimeOnly(9, 0), End = new TimeOnly(17, 30), BreakMinutes = 30 }));
        db.WorkSchedules.Add(schedule);
        await db.SaveChangesAsync(cancellationToken);

        var employees = new Dictionary<string, Employee>();
        var random = new Random(2026);
        foreach (var person in People)
        {
            var account = person.Account is null ? null : await accounts.FindByEmailAsync(person.Account, cancellationToken);
            var employee = new Employee
            {
                Id = Guid.CreateVersion7(now),
                EmployeeNumber = person.Number,
                FirstName = person.First,
                LastName = person.Last,
                WorkEmail = account?.Email ?? $"{person.First}.{person.Last}@demo.local".ToLowerInvariant().Replace("ê", "e", StringComparison.Ordinal),
                WorkPhone = person.Office == "Berlin" ? $"+49 30 5550 {person.Number[1..]}" : $"+351 21 555 0{person.Number[1..]}",
                JobTitle = person.Title,
                DepartmentId = departments[person.Department].Id,
                ManagerId = person.Manager is null ? null : employees[person.Manager].Id,
                LocationId = offices[person.Office].Id,
                StartDate = today.AddDays(-random.Next(200, 2500)),
                EmploymentType = EmploymentType.FullTime,
                Status = EmployeeStatus.Active,
                UserId = account?.UserId,
                WorkScheduleId = schedule.Id,
                CreatedAt = now,
                UpdatedAt = now,
            };
            employee.SearchText = EmployeeSearch.TextOf(employee, person.Skills);
            employees[person.Number] = employee;
            db.Employees.Add(employee);
            db.EmployeeSkills.AddRange(person.Skills.Select(s => new EmployeeSkill { EmployeeId = employee.Id, Skill = s }));
        }

        foreach (var (code, head) in new[] { ("EXEC", "E001"), ("ENG", "E003"), ("PLATFORM", "E006"), ("SALES", "E008"), ("PEOPLE", "E002") })
        {
            departments[code].HeadId = employees[head].Id;
        }

        var annual = new LeaveType { Id = Guid.CreateVersion7(now), Code = "ANNUAL", Name = "Annual leave", Kind = LeaveKind.Annual, IsPaid = true, UsesBalance = true, DaysPerYear = 25, ProRateForJoiners = true, CarryOverMaxDays = 5, CarryOverExpiryMonths = 3, AllowHalfDays = true, CreatedAt = now, UpdatedAt = now };
        var sick = new LeaveType { Id = Guid.CreateVersion7(now), Code = "SICK", Name = "Sick leave", Kind = LeaveKind.Sick, IsPaid = true, UsesBalance = false, AllowHalfDays = true, CreatedAt = now, UpdatedAt = now };
        var unpaid = new LeaveType { Id = Guid.CreateVersion7(now), Code = "UNPAID", Name = "Unpaid leave", Kind = LeaveKind.Unpaid, IsPaid = false, UsesBalance = false, AllowHalfDays = false, CreatedAt = now, UpdatedAt = now };
        db.LeaveTypes.AddRange(annual, sick, unpaid);
        await db.SaveChangesAsync(cancellationToken);
        await LeaveYearPostingRun.RunAsync(db, today.Year, now, cancellationToken);

        // Leave: some taken in the last weeks (approved, on the balance), one sick day, one request waiting for its manager.
        var holidays = await db.Holidays.AsNoTracking().ToListAsync(cancellationToken);
        var approver = employees["E003"].UserId;
        var leave = new List<LeaveRequest>
        {
            Leave(employees["E004"], annual, WorkingDaysBack(today, 12), 2, LeaveRequestStatus.Approved, approver, now),
            Leave(employees["E009"], annual, WorkingDaysBack(today, 8), 3, LeaveRequestStatus.Approved, employees["E008"].UserId, now),
            Leave(employees["E005"], sick, WorkingDaysBack(today, 5), 1, LeaveRequestStatus.Approved, approver, now),
            Leave(employees["E004"], annual, WorkingDaysAhead(today, 15), 5, LeaveRequestStatus.Pending, null, now),
        };
        db.LeaveRequests.AddRange(leave);
        foreach (var taken in leave.Where(r => r.Status == LeaveRequestStatus.Approved && r.LeaveTypeId == annual.Id && r.StartDate.Year == today.Year))
        {
            db.LeaveLedger.Add(new LeaveLedgerEntry
            {
                Id = Guid.CreateVersion7(now), EmployeeId = taken.EmployeeId, LeaveTypeId = annual.Id, Year = taken.StartDate.Year, Kind = LedgerEntryKind.Taken,
                Days = -taken.Days, EffectiveDate = taken.StartDate, LeaveRequestId = taken.Id, CreatedBy = taken.DecidedBy, CreatedAt = now,
            });
        }

        // Four weeks of check-ins on working days, in each office's time zone: mostly on time, a few late arrivals,
        // one day Jonas forgot to clock in (absent without leave), nothing on holidays or leave.
        var calendars = new Dictionary<Guid, HashSet<DateOnly>>
        {
            [offices["Berlin"].Id] = holidays.Where(h => h.CalendarId == berlinHolidays.Id && !h.IsHalfDay).Select(h => h.Date).ToHashSet(),
            [offices["Lisbon"].Id] = holidays.Where(h => h.CalendarId == lisbonHolidays.Id && !h.IsHalfDay).Select(h => h.Date).ToHashSet(),
        };
        var forgotten = WorkingDaysBack(today, 3);
        foreach (var employee in employees.Values)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(offices.Values.First(o => o.Id == employee.LocationId).TimeZoneId);
            for (var date = today.AddDays(-28); date < today; date = date.AddDays(1))
            {
                if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || calendars[employee.LocationId!.Value].Contains(date)
                    || leave.Any(r => r.EmployeeId == employee.Id && r.Status == LeaveRequestStatus.Approved && r.StartDate <= date && date <= r.EndDate)
                    || (employee.EmployeeNumber == "E005" && date == forgotten))
                {
                    continue;
                }

                var start = new TimeOnly(8, 45).AddMinutes(random.Next(0, random.Next(10) == 0 ? 50 : 22));
                var lunch = new TimeOnly(12, 15).AddMinutes(random.Next(0, 45));
                var end = new TimeOnly(17, 25).AddMinutes(random.Next(0, 60));
                db.AttendanceEntries.AddRange(
                    Entry(employee, ClockAction.ClockIn, date, start, zone, now),
                    Entry(employee, ClockAction.BreakStart, date, lunch, zone, now),
                    Entry(employee, ClockAction.BreakEnd, date, lunch.AddMinutes(30), zone, now),
                    Entry(employee, ClockAction.ClockOut, date, end, zone, now));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static Holiday Holiday(HolidayCalendar calendar, (DateOnly Date, string Name, bool HalfDay) holiday, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), CalendarId = calendar.Id, Date = holiday.Date, Name = holiday.Name, IsHalfDay = holiday.HalfDay };

    private static LeaveRequest Leave(Employee employee, LeaveType type, DateOnly start, int workingDays, LeaveRequestStatus status, Guid? decidedBy, DateTimeOffset now)
    {
        var end = start;
        for (var counted = 1; counted < workingDays;)
        {
            end = end.AddDays(1);
            if (end.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                counted++;
            }
        }

        return new LeaveRequest
        {
            Id = Guid.CreateVersion7(now), EmployeeId = employee.Id, LeaveTypeId = type.Id, StartDate = start, EndDate = end,
            StartPart = DayPart.FullDay, EndPart = DayPart.FullDay, Days = workingDays, Status = status,
            Reason = type.Kind == LeaveKind.Sick ? "Flu" : "Time off", DecidedBy = status == LeaveRequestStatus.Pending ? null : decidedBy,
            DecidedAt = status == LeaveRequestStatus.Pending ? null : now, CreatedAt = now, UpdatedAt = now,
        };
    }

    private static AttendanceEntry Entry(Employee employee, ClockAction action, DateOnly date, TimeOnly time, TimeZoneInfo zone, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now), EmployeeId = employee.Id, Action = action, WorkDate = date,
            At = new DateTimeOffset(DateTime.SpecifyKind(date.ToDateTime(time), DateTimeKind.Unspecified), zone.GetUtcOffset(date.ToDateTime(time))).ToUniversalTime(),
            Source = EntrySource.Web, CreatedAt = now,
        };

    private static DateOnly WorkingDaysBack(DateOnly from, int days) => Step(from, days, -1);

    private static DateOnly WorkingDaysAhead(DateOnly from, int days) => Step(from, days, 1);

    private static DateOnly Step(DateOnly from, int days, int direction)
    {
        var date = from;
        while (days > 0)
        {
            date = date.AddDays(direction);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days--;
            }
        }

        return date;
    }
}
