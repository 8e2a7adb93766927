using System.Net;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Security;
using static Platform.Host.Tests.Hr.Attendance.AttendanceHost;

namespace Platform.Host.Tests.Hr.Attendance;

/// <summary>
/// Work schedules, clocking for oneself and at a kiosk: bad sequences are 400s naming the problem with nothing written,
/// the day's status follows the schedule on the location's clock, kiosk PINs lock out after repeated failures.
/// </summary>
public sealed class ClockingTests : IDisposable
{
    private AttendanceHost? _hr;

    public void Dispose() => _hr?.Dispose();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Employees_clock_in_breaks_and_out_in_order_and_the_day_is_computed_on_their_locations_clock(string provider)
    {
        var hr = _hr = new AttendanceHost(provider);
        var host = hr.Host;
        var aliceUser = await host.CreateUserAsync("alice", BuiltInRoles.Employee);
        var hrUser = await host.CreateUserAsync("hr", BuiltInRoles.Administrator);
        var alice = host.CreateClientAs(TestIdentity.SignedInUser(aliceUser));
        var admin = host.CreateClientAs(TestIdentity.SignedInUser(hrUser));
        var berlin = await hr.Rows.AddAsync("Location", new { Name = "Berlin", TimeZoneId = "Europe/Berlin" });
        var aliceId = await hr.Rows.EmployeeAsync("E-ALICE", aliceUser, locationId: berlin);

        // Schedules: invalid patterns are refused field by field; names are unique; updates need If-Match.
        var invalid = await admin.PostJsonAsync("/api/hr/work-schedules", new
        {
            name = "",
            graceMinutes = -1,
            days = new object[]
            {
                new { weekday = "Monday", start = "25:00", end = "17:00", breakMinutes = 0 },
                new { weekday = "Tuesday", start = "09:00", end = "10:00", breakMinutes = 60 },
                new { weekday = "Tuesday", start = "09:00", end = "17:00", breakMinutes = 0 },
            },
        }, HttpStatusCode.BadRequest);
        var errors = invalid.GetProperty("errors");
        foreach (var field in new[] { "name", "graceMinutes", "days[0].start", "days[1].breakMinutes", "days[2].weekday" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }

        Assert.Empty((await admin.GetJsonAsync("/api/hr/work-schedules")).EnumerateArray());
        var office = await CreateOfficeScheduleAsync(admin);
        await admin.PostJsonAsync("/api/hr/work-schedules", new { name = "Office", days = Array.Empty<object>() }, HttpStatusCode.Conflict);
        var read = await admin.GetAsync($"/api/hr/work-schedules/{office}");
        var schedule = await read.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(5 * 450, schedule.GetProperty("weeklyExpectedMinutes").GetInt32());
        await Put(admin, $"/api/hr/work-schedules/{office}", new { name = "Office", graceMinutes = 5, days = Array.Empty<object>() }, HttpStatusCode.PreconditionRequired);
        await alice.PostJsonAsync("/api/hr/work-schedules", new { name = "Mine" }, HttpStatusCode.Forbidden);
        await AssignAsync(admin, aliceId, office);
        await Put(admin, $"/api/hr/employees/{aliceId}/work-schedule", new { workScheduleId = Guid.NewGuid() }, HttpStatusCode.BadRequest);
        await Delete(admin, $"/api/hr/work-schedules/{office}", read.Headers.ETag!.Tag, HttpStatusCode.Conflict);

        // Out of order: clock-out and break before clocking in are 400s naming the action; nothing is written.
        Assert.Contains("Not clocked in", ActionError(await Post(alice, "/api/hr/attendance/clock-out", HttpStatusCode.BadRequest)));
        Assert.Contains("clock in first", ActionError(await Post(alice, "/api/hr/attendance/break-start", HttpStatusCode.BadRequest)));
        Assert.Empty(await EntriesAsync(alice));

        // Monday: 09:10 in Berlin (08:10 UTC) is late with 5 minutes' grace.
        hr.At(Monday, "08:10");
        var clockIn = await Post(alice, "/api/hr/attendance/clock-in", HttpStatusCode.Created);
        Assert.Equal("Web", clockIn.GetProperty("source").GetString());
        Assert.Equal("2026-11-16", clockIn.GetProperty("workDate").GetString());
        Assert.Contains("Already clocked in", ActionError(await Post(alice, "/api/hr/attendance/clock-in", HttpStatusCode.BadRequest)));
        Assert.Contains("No break", ActionError(await Post(alice, "/api/hr/attendance/break-end", HttpStatusCode.BadRequest)));
        hr.At(Monday, "11:00");
        await Post(alice, "/api/hr/attendance/break-start", HttpStatusCode.Created);
        Assert.Contains("end the break", ActionError(await Post(alice, "/api/hr/attendance/clock-out", HttpStatusCode.BadRequest)));
        hr.At(Monday, "11:45");
        await Post(alice, "/api/hr/attendance/break-end", HttpStatusCode.Created);
        hr.At(Monday, "17:00");
        await Post(alice, "/api/hr/attendance/clock-out", HttpStatusCode.Created);
        Assert.Equal(["ClockIn", "BreakStart", "BreakEnd", "ClockOut"], (await EntriesAsync(alice)).Select(e => e.GetProperty("action").GetString()));

        hr.At(Monday.AddDays(1), "07:00");
        var days = await alice.GetJsonAsync($"/api/hr/attendance?from={Monday:yyyy-MM-dd}&to={Monday.AddDays(1):yyyy-MM-dd}");
        var week = Assert.Single(days.GetProperty("items").EnumerateArray());
        Assert.Equal("Europe/Berlin", week.GetProperty("timeZone").GetString());
        var monday = week.GetProperty("days")[0];
        Assert.Equal("Late", monday.GetProperty("status").GetString());
        Assert.Equal(10, monday.GetProperty("lateMinutes").GetInt32());
        Assert.Equal(530 - 45, monday.GetProperty("workedMinutes").GetInt32());
        Assert.Equal(45, monday.GetProperty("breakMinutes").GetInt32());
        Assert.Equal(35, monday.GetProperty("overtimeMinutes").GetInt32());
        Assert.Equal("Scheduled", week.GetProperty("days")[1].GetProperty("status").GetString());
        await alice.GetJsonAsync($"/api/hr/attendance?from={Monday:yyyy-MM-dd}&to={Monday.AddDays(70):yyyy-MM-dd}", HttpStatusCode.BadRequest);

        // A user without an employee record cannot clock.
        var stranger = host.CreateClientAs(TestIdentity.SignedInUser(await host.CreateUserAsync("stranger", BuiltInRoles.Employee)));
        await Post(stranger, "/api/hr/attendance/clock-in", HttpStatusCode.Forbidden);

        // Every attendance endpoint is in the module's Swagger document with a summary and a description.
        var paths = (await admin.GetJsonAsync("/swagger/hr/swagger.json")).GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/hr/attendance", StringComparison.Ordinal) || p.Name.StartsWith("/api/hr/work-schedules", StringComparison.Ordinal)
                || p.Name.StartsWith("/api/hr/timesheets", StringComparison.Ordinal) || p.Name.StartsWith("/api/hr/kiosk", StringComparison.Ordinal)
                || p.Name.EndsWith("/kiosk-pin", StringComparison.Ordinal) || p.Name.EndsWith("/work-schedule", StringComparison.Ordinal))
            .ToList();
        var operations = paths.SelectMany(p => p.Value.EnumerateObject().Select(o => (Key: $"{o.Name} {p.Name}", Operation: o.Value))).ToList();
        Assert.Equal(25, operations.Count);
        Assert.All(operations, o => Assert.True(
            o.Operation.TryGetProperty("summary", out _) && o.Operation.TryGetProperty("description", out _), $"{o.Key} lacks a summary or description"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_kiosk_clocks_employees_by_number_and_pin_and_locks_after_five_wrong_pins(string provider)
    {
        var hr = _hr = new AttendanceHost(provider);
        hr.At(Monday, "08:00"); // before the kiosk's access token is issued: it stays valid for the whole test
        var host = hr.Host;
        var aliceUser = await host.CreateUserAsync("alice", BuiltInRoles.Employee);
        var hrUser = await host.CreateUserAsync("hr", BuiltInRoles.Administrator);
        var alice = host.CreateClientAs(TestIdentity.SignedInUser(aliceUser));
        var admin = host.CreateClientAs(TestIdentity.SignedInUser(hrUser));
        var kiosk = await host.CreateClientWithPermissionsAsync("hr.attendance.kiosk");
        var aliceId = await hr.Rows.EmployeeAsync("E-ALICE", aliceUser);
        var bobId = await hr.Rows.EmployeeAsync("E-BOB");

        // PINs: 4-8 digits; one's own, or anyone's with hr.attendance.manage.
        await Put(alice, $"/api/hr/employees/{aliceId}/kiosk-pin", new { pin = "12" }, HttpStatusCode.BadRequest);
        await Put(alice, $"/api/hr/employees/{aliceId}/kiosk-pin", new { pin = "4711" }, HttpStatusCode.NoContent);
        await Put(alice, $"/api/hr/employees/{bobId}/kiosk-pin", new { pin = "4711" }, HttpStatusCode.NotFound);

        // Employees are not kiosks; missing fields are named.
        await alice.PostJsonAsync("/api/hr/kiosk/clock", new { employeeNumber = "E-ALICE", pin = "4711", action = "ClockIn" }, HttpStatusCode.Forbidden);
        var missing = await kiosk.PostJsonAsync("/api/hr/kiosk/clock", new { employeeNumber = "E-ALICE" }, HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("pin", out _));
        Assert.True(missing.GetProperty("errors").TryGetProperty("action", out _));

        var clocked = await kiosk.PostJsonAsync("/api/hr/kiosk/clock", new { employeeNumber = "E-ALICE", pin = "4711", action = "ClockIn" }, HttpStatusCode.Created);
        Assert.Equal("Kiosk", clocked.GetProperty("source").GetString());
        // The order rules hold at the kiosk too.
        await kiosk.PostJsonAsync("/api/hr/kiosk/clock", new { employeeNumber = "E-ALICE", pin = "4711", action = "ClockIn" }, HttpStatusCode.BadRequest);
        // Unknown numbers and employees without a PIN look like wrong PINs.
        await kiosk.PostJsonAsync("/api/hr/kiosk/clock", new { employeeNumber = "E-NOBODY", pin = "4711", action = "ClockOut" }, HttpStatusCode.Unauthorized);
        await kiosk.PostJsonAsync("/api/hr/kiosk/clock", new { employeeNumber = "E-BOB", pin = "4711", action = "ClockIn" }, HttpStatusCode.Unauthorized);

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await kiosk.PostJsonAsync("/api/hr/kiosk/clock", new { employeeNumber = "E-ALICE", pin = "0000", action = "ClockOut" }, HttpStatusCode.Unauthorized);
        }

        // Locked: even the right PIN is refused, and nothing is written.
        await kiosk.PostJsonAsync("/api/hr/kiosk/clock", new { employeeNumber = "E-ALICE", pin = "4711", action = "ClockOut" }, HttpStatusCode.TooManyRequests);
        Assert.Single(await EntriesAsync(alice));

        // The lock ends after 15 minutes (or when HR sets a new PIN).
        hr.At(Monday, "08:16");
        kiosk = await host.CreateClientWithPermissionsAsync("hr.attendance.kiosk"); // access tokens live 15 minutes
        var clockOut = await kiosk.PostJsonAsync("/api/hr/kiosk/clock", new { employeeNumber = "E-ALICE", pin = "4711", action = "ClockOut" }, HttpStatusCode.Created);
        Assert.Equal("ClockOut", clockOut.GetProperty("action").GetString());
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await kiosk.PostJsonAsync("/api/hr/kiosk/clock", new { employeeNumber = "E-ALICE", pin = "9999", action = "ClockIn" }, HttpStatusCode.Unauthorized);
        }

        await Put(admin, $"/api/hr/employees/{aliceId}/kiosk-pin", new { pin = "24680" }, HttpStatusCode.NoContent);
        await kiosk.PostJsonAsync("/api/hr/kiosk/clock", new { employeeNumber = "E-ALICE", pin = "4711", action = "ClockIn" }, HttpStatusCode.Unauthorized);
        await kiosk.PostJsonAsync("/api/hr/kiosk/clock", new { employeeNumber = "E-ALICE", pin = "24680", action = "ClockIn" }, HttpStatusCode.Created);
        Assert.Equal(["Kiosk", "Kiosk", "Kiosk"], (await EntriesAsync(alice)).Select(e => e.GetProperty("source").GetString()));
    }

    private static string ActionError(System.Text.Json.JsonElement problem) =>
        string.Join(" ", problem.GetProperty("errors").GetProperty("action").EnumerateArray().Select(e => e.GetString()));
}
