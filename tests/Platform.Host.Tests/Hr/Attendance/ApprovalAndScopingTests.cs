using System.Net;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Security;
using static Platform.Host.Tests.Hr.Attendance.AttendanceHost;

namespace Platform.Host.Tests.Hr.Attendance;

/// <summary>
/// Corrections and timesheets are decided up the manager chain only; approval locks the week; attendance reads,
/// exports and decisions are scoped so that the manager of another team sees nothing; anomalies are reported once.
/// alice reports to bob, dave to carol; everyone is on the UTC clock (no location).
/// </summary>
public sealed class ApprovalAndScopingTests : IDisposable
{
    private AttendanceHost? _hr;

    public void Dispose() => _hr?.Dispose();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Corrections_and_timesheets_are_decided_by_the_employees_managers_and_an_approved_week_is_locked(string provider)
    {
        var hr = _hr = new AttendanceHost(provider);
        var host = hr.Host;
        var (aliceUser, bobUser, carolUser, hrUser) = (
            await host.CreateUserAsync("alice", BuiltInRoles.Employee), await host.CreateUserAsync("bob", BuiltInRoles.Manager),
            await host.CreateUserAsync("carol", BuiltInRoles.Manager), await host.CreateUserAsync("hr", BuiltInRoles.Administrator));
        var (alice, bob, carol, admin) = (
            host.CreateClientAs(TestIdentity.SignedInUser(aliceUser)), host.CreateClientAs(TestIdentity.SignedInUser(bobUser)),
            host.CreateClientAs(TestIdentity.SignedInUser(carolUser)), host.CreateClientAs(TestIdentity.SignedInUser(hrUser)));
        var bobId = await hr.Rows.EmployeeAsync("E-BOB", bobUser);
        var aliceId = await hr.Rows.EmployeeAsync("E-ALICE", aliceUser, managerId: bobId);
        var carolId = await hr.Rows.EmployeeAsync("E-CAROL", carolUser);
        var daveId = await hr.Rows.EmployeeAsync("E-DAVE", managerId: carolId);
        var office = await CreateOfficeScheduleAsync(admin);
        await AssignAsync(admin, aliceId, office);
        await AssignAsync(admin, daveId, office);

        // Monday: alice clocks in and forgets to clock out; on Tuesday the abandoned shift does not block her.
        hr.At(Monday, "08:00");
        await Post(alice, "/api/hr/attendance/clock-in", HttpStatusCode.Created);
        hr.At(Monday.AddDays(1), "09:00");
        var tuesdayIn = await Post(alice, "/api/hr/attendance/clock-in", HttpStatusCode.Created);
        Assert.Equal("2026-11-17", tuesdayIn.GetProperty("workDate").GetString());

        // Bad corrections are 400s naming the field, and nothing is stored.
        var noReason = await alice.PostJsonAsync("/api/hr/attendance/corrections", new { kind = "Add", action = "ClockOut", at = "2026-11-16T16:30:00Z" }, HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        var beforeShift = await alice.PostJsonAsync("/api/hr/attendance/corrections", new { kind = "Add", action = "ClockOut", at = "2026-11-16T07:00:00Z", reason = "forgot" }, HttpStatusCode.BadRequest);
        Assert.True(beforeShift.GetProperty("errors").TryGetProperty("at", out _));
        var outOfOrder = await alice.PostJsonAsync("/api/hr/attendance/corrections", new { kind = "Add", action = "BreakEnd", at = "2026-11-16T12:00:00Z", reason = "lunch" }, HttpStatusCode.BadRequest);
        Assert.Contains("out of order", outOfOrder.GetProperty("errors").GetProperty("kind")[0].GetString());
        await alice.PostJsonAsync("/api/hr/attendance/corrections", new { kind = "Add", action = "ClockOut", at = "2026-11-30T16:30:00Z", reason = "future" }, HttpStatusCode.BadRequest);
        Assert.Equal(0, (await alice.GetJsonAsync("/api/hr/attendance/corrections")).GetProperty("totalCount").GetInt64());

        var correction = await alice.PostJsonAsync("/api/hr/attendance/corrections",
            new { kind = "Add", action = "ClockOut", at = "2026-11-16T16:30:00Z", reason = "Forgot to clock out" }, HttpStatusCode.Created);
        Assert.Equal("Pending", correction.GetProperty("status").GetString());
        Assert.Equal("2026-11-16", correction.GetProperty("workDate").GetString());
        var correctionId = correction.GetProperty("id").GetGuid();

        // The manager of another team sees none of alice's attendance and decides nothing for her.
        var monday = $"{Monday:yyyy-MM-dd}";
        await carol.GetJsonAsync($"/api/hr/attendance?from={monday}&to={monday}&employeeId={aliceId}", HttpStatusCode.NotFound);
        await carol.GetJsonAsync($"/api/hr/attendance/entries?from={monday}&to={monday}&employeeId={aliceId}", HttpStatusCode.NotFound);
        await carol.GetJsonAsync($"/api/hr/timesheets/{aliceId}/{monday}", HttpStatusCode.NotFound);
        Assert.Equal(0, (await carol.GetJsonAsync("/api/hr/attendance/corrections")).GetProperty("totalCount").GetInt64());
        await carol.PostJsonAsync($"/api/hr/attendance/corrections/{correctionId}/approve", new { }, HttpStatusCode.NotFound);
        // alice cannot approve her own (she holds no team permission); bob can.
        await alice.PostJsonAsync($"/api/hr/attendance/corrections/{correctionId}/approve", new { }, HttpStatusCode.Forbidden);
        Assert.Equal(1, (await bob.GetJsonAsync("/api/hr/attendance/corrections?status=Pending")).GetProperty("totalCount").GetInt64());
        var approved = await bob.PostJsonAsync($"/api/hr/attendance/corrections/{correctionId}/approve", new { note = "ok" }, HttpStatusCode.OK);
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        await bob.PostJsonAsync($"/api/hr/attendance/corrections/{correctionId}/reject", new { }, HttpStatusCode.Conflict);

        var mondayEntries = await EntriesAsync(bob, aliceId, Monday, Monday);
        Assert.Equal([("ClockIn", "Web"), ("ClockOut", "Correction")], mondayEntries.Select(e => (e.GetProperty("action").GetString(), e.GetProperty("source").GetString())));
        var days = await bob.GetJsonAsync($"/api/hr/attendance?from={monday}&to={monday}&employeeId={aliceId}");
        var day = days.GetProperty("items")[0].GetProperty("days")[0];
        Assert.Equal(("Present", 510, false), (day.GetProperty("status").GetString(), day.GetProperty("workedMinutes").GetInt32(), day.GetProperty("missingClockOut").GetBoolean()));

        // Timesheets: weeks start on Monday; the employee submits, the manager chain approves, then the week is locked.
        await alice.GetJsonAsync($"/api/hr/timesheets/{aliceId}/2026-11-17", HttpStatusCode.BadRequest);
        var open = await alice.GetJsonAsync($"/api/hr/timesheets/{aliceId}/{monday}");
        Assert.Equal(("Open", 7), (open.GetProperty("status").GetString(), open.GetProperty("days").GetArrayLength()));
        await bob.PostJsonAsync($"/api/hr/timesheets/{aliceId}/{monday}/approve", new { }, HttpStatusCode.Conflict); // nothing submitted
        await bob.PostJsonAsync($"/api/hr/timesheets/{aliceId}/{monday}/submit", new { }, HttpStatusCode.Forbidden); // only alice submits hers
        Assert.Equal("Submitted", (await alice.PostJsonAsync($"/api/hr/timesheets/{aliceId}/{monday}/submit", new { }, HttpStatusCode.OK)).GetProperty("status").GetString());
        await alice.PostJsonAsync($"/api/hr/timesheets/{aliceId}/{monday}/submit", new { }, HttpStatusCode.Conflict);
        await carol.PostJsonAsync($"/api/hr/timesheets/{aliceId}/{monday}/approve", new { }, HttpStatusCode.NotFound);
        Assert.Equal(1, (await bob.GetJsonAsync("/api/hr/timesheets?status=Submitted")).GetProperty("totalCount").GetInt64());
        Assert.Equal(0, (await carol.GetJsonAsync("/api/hr/timesheets?status=Submitted")).GetProperty("totalCount").GetInt64());
        var locked = await bob.PostJsonAsync($"/api/hr/timesheets/{aliceId}/{monday}/approve", new { }, HttpStatusCode.OK);
        Assert.Equal("Approved", locked.GetProperty("status").GetString());
        Assert.Equal(510, locked.GetProperty("days")[0].GetProperty("workedMinutes").GetInt32());

        var entriesBefore = (await EntriesAsync(alice)).Count;
        hr.At(Monday.AddDays(1), "17:00");
        await Post(alice, "/api/hr/attendance/clock-out", HttpStatusCode.Conflict);
        await alice.PostJsonAsync("/api/hr/attendance/corrections",
            new { kind = "Remove", entryId = mondayEntries[1].GetProperty("id").GetGuid(), reason = "wrong" }, HttpStatusCode.Conflict);
        Assert.Equal(entriesBefore, (await EntriesAsync(alice)).Count);
        await bob.PostJsonAsync($"/api/hr/timesheets/{aliceId}/{monday}/reject", new { }, HttpStatusCode.Conflict);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Lists_and_exports_are_scoped_to_the_manager_chain_and_anomalies_are_reported_once_per_employee_and_day(string provider)
    {
        var hr = _hr = new AttendanceHost(provider);
        var host = hr.Host;
        var (aliceUser, bobUser, carolUser, hrUser) = (
            await host.CreateUserAsync("alice", BuiltInRoles.Employee), await host.CreateUserAsync("bob", BuiltInRoles.Manager),
            await host.CreateUserAsync("carol", BuiltInRoles.Manager), await host.CreateUserAsync("hr", BuiltInRoles.Administrator));
        var (alice, bob, carol, admin) = (
            host.CreateClientAs(TestIdentity.SignedInUser(aliceUser)), host.CreateClientAs(TestIdentity.SignedInUser(bobUser)),
            host.CreateClientAs(TestIdentity.SignedInUser(carolUser)), host.CreateClientAs(TestIdentity.SignedInUser(hrUser)));
        var bobId = await hr.Rows.EmployeeAsync("E-BOB", bobUser);
        var aliceId = await hr.Rows.EmployeeAsync("E-ALICE", aliceUser, managerId: bobId);
        var carolId = await hr.Rows.EmployeeAsync("E-CAROL", carolUser);
        var daveId = await hr.Rows.EmployeeAsync("E-DAVE", managerId: carolId);
        var office = await CreateOfficeScheduleAsync(admin);
        await AssignAsync(admin, aliceId, office);
        await AssignAsync(admin, daveId, office);

        hr.At(Monday, "09:00");
        await Post(alice, "/api/hr/attendance/clock-in", HttpStatusCode.Created);
        hr.At(Monday, "17:30");
        await Post(alice, "/api/hr/attendance/clock-out", HttpStatusCode.Created);
        hr.At(Monday.AddDays(1), "10:00");

        var range = $"from={Monday:yyyy-MM-dd}&to={Monday:yyyy-MM-dd}";
        Assert.Equal(["E-ALICE"], await NumbersAsync(alice, range));
        Assert.Equal(["E-ALICE", "E-BOB"], await NumbersAsync(bob, range));
        Assert.Equal(["E-CAROL", "E-DAVE"], await NumbersAsync(carol, range));
        Assert.Equal(["E-ALICE", "E-BOB", "E-CAROL", "E-DAVE"], await NumbersAsync(admin, range));

        var bobCsv = await (await bob.GetAsync($"/api/hr/attendance/export?{range}&format=csv")).Content.ReadAsStringAsync();
        var lines = bobCsv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("EmployeeNumber,Name,Date,Status", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("E-ALICE,E-ALICE Example,2026-11-16,Present,2026-11-16 09:00,2026-11-16 17:30,8.5,0,7.5,1,0,", StringComparison.Ordinal));
        Assert.DoesNotContain("E-DAVE", bobCsv, StringComparison.Ordinal);
        var carolCsv = await (await carol.GetAsync($"/api/hr/attendance/export?{range}")).Content.ReadAsStringAsync();
        Assert.Contains("E-DAVE,E-DAVE Example,2026-11-16,Absent", carolCsv, StringComparison.Ordinal);
        Assert.DoesNotContain("E-ALICE", carolCsv, StringComparison.Ordinal);
        var xlsx = await admin.GetAsync($"/api/hr/attendance/export?{range}&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);
        await admin.GetJsonAsync($"/api/hr/attendance/export?{range}&format=pdf", HttpStatusCode.BadRequest);

        // Monday is over: dave was absent without leave. The check reports it once; Tuesday is not over yet.
        await Post(alice, $"/api/hr/attendance/anomalies/check?date={Monday:yyyy-MM-dd}", HttpStatusCode.Forbidden);
        var reported = await Post(admin, $"/api/hr/attendance/anomalies/check?date={Monday:yyyy-MM-dd}", HttpStatusCode.OK);
        var anomaly = Assert.Single(reported.EnumerateArray());
        Assert.Equal(daveId, anomaly.GetProperty("employeeId").GetGuid());
        Assert.Equal(["AbsentWithoutLeave"], anomaly.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()));
        Assert.Empty((await Post(admin, $"/api/hr/attendance/anomalies/check?date={Monday:yyyy-MM-dd}", HttpStatusCode.OK)).EnumerateArray());
        Assert.Empty((await Post(admin, $"/api/hr/attendance/anomalies/check?date={Monday.AddDays(1):yyyy-MM-dd}", HttpStatusCode.OK)).EnumerateArray());
    }

    private static async Task<List<string?>> NumbersAsync(HttpClient http, string range) =>
        [.. (await http.GetJsonAsync($"/api/hr/attendance?{range}")).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("employeeNumber").GetString())];
}
