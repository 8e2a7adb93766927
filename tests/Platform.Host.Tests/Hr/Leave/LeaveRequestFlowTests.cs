using System.Net;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Security;
using static Platform.Host.Tests.Hr.Leave.LeaveApi;

namespace Platform.Host.Tests.Hr.Leave;

/// <summary>
/// Requesting, approving and cancelling leave through the API: working days without weekends and holidays, the checks
/// that refuse a request with a 400 that says why (and write nothing), who may approve and see, and the balance ledger.
/// </summary>
public sealed class LeaveRequestFlowTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private TestDatabase? _database;
    private PlatformHost? _host;

    public void Dispose()
    {
        _host?.Dispose();
        _database?.Dispose();
        _temp.Dispose();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Leave_is_requested_in_working_days_approved_by_the_manager_chain_and_returned_on_cancellation(string provider)
    {
        _database = TestDatabase.Create(provider);
        var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("hr"));
        var host = _host = new PlatformHost(plugins.Path, _temp.Combine("data"), _database);
        var admin = await host.CreateAdministratorClientAsync();

        // Bob manages Alice and Dave; Carol manages Erin in another team.
        var bobUser = await host.CreateUserAsync("bob", BuiltInRoles.Manager);
        var aliceUser = await host.CreateUserAsync("alice", BuiltInRoles.Employee);
        var daveUser = await host.CreateUserAsync("dave", BuiltInRoles.Employee);
        var carolUser = await host.CreateUserAsync("carol", BuiltInRoles.Manager);
        var bob = host.CreateClientAs(TestIdentity.SignedInUser(bobUser));
        var alice = host.CreateClientAs(TestIdentity.SignedInUser(aliceUser));
        var dave = host.CreateClientAs(TestIdentity.SignedInUser(daveUser));
        var carol = host.CreateClientAs(TestIdentity.SignedInUser(carolUser));

        var holidays = await admin.PostJsonAsync("/api/hr/holiday-calendars", new { name = "Head office" }, HttpStatusCode.Created);
        var calendarId = holidays.GetProperty("id").GetGuid();
        await admin.PostJsonAsync($"/api/hr/holiday-calendars/{calendarId}/holidays", new { date = Iso(Monday().AddDays(2)), name = "Founders' Day" }, HttpStatusCode.Created);
        await admin.PostJsonAsync($"/api/hr/holiday-calendars/{calendarId}/holidays", new { date = Iso(Monday().AddDays(4)), name = "Spring afternoon", isHalfDay = true }, HttpStatusCode.Created);
        var office = await host.AddLocationAsync("Head office", calendarId);

        var bobId = await host.AddEmployeeAsync("E1", "Bob Boss", bobUser, locationId: office);
        var aliceId = await host.AddEmployeeAsync("E2", "Alice Able", aliceUser, bobId, office);
        await host.AddEmployeeAsync("E3", "Dave Doer", daveUser, bobId, office);
        var carolId = await host.AddEmployeeAsync("E4", "Carol Chief", carolUser);
        await host.AddEmployeeAsync("E5", "Erin Else", managerId: carolId);

        var annual = await admin.PostJsonAsync("/api/hr/leave-types",
            new { code = "annual", name = "Annual leave", kind = "Annual", usesBalance = true, daysPerYear = 20, carryOverMaxDays = 5, carryOverExpiryMonths = 3 }, HttpStatusCode.Created);
        Assert.Equal("ANNUAL", annual.GetProperty("code").GetString());
        var annualId = annual.GetProperty("id").GetGuid();
        await admin.PostJsonAsync("/api/hr/leave-types", new { code = "ANNUAL", name = "Again", kind = "Annual" }, HttpStatusCode.Conflict);
        var invalidType = await admin.PostJsonAsync("/api/hr/leave-types", new { code = "SICK", name = "Sick", kind = "Sick", daysPerYear = 1.25 }, HttpStatusCode.BadRequest);
        Assert.Contains("daysPerYear", ErrorFields(invalidType));
        var unused = await admin.PostJsonAsync("/api/hr/leave-types", new { code = "UNPAID", name = "Unpaid", kind = "Unpaid", isPaid = false }, HttpStatusCode.Created);
        var unusedUrl = $"/api/hr/leave-types/{unused.GetProperty("id").GetGuid()}";
        await (await SendAsync(admin, HttpMethod.Put, unusedUrl, new { code = "UNPAID", name = "Unpaid leave", kind = "Unpaid", isPaid = false })).ReadJsonAsync((HttpStatusCode)428);
        var renamed = await (await SendAsync(admin, HttpMethod.Put, unusedUrl, new { code = "UNPAID", name = "Unpaid leave", kind = "Unpaid", isPaid = false }, ETag(unused))).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Unpaid leave", renamed.GetProperty("name").GetString());
        await (await SendAsync(admin, HttpMethod.Delete, unusedUrl, null, ETag(unused))).ReadJsonAsync(HttpStatusCode.PreconditionFailed);
        await (await SendAsync(admin, HttpMethod.Delete, unusedUrl, null, ETag(renamed))).ReadJsonAsync(HttpStatusCode.NoContent);
        await (await SendAsync(alice, HttpMethod.Delete, $"/api/hr/leave-types/{annualId}", null, ETag(annual))).ReadJsonAsync(HttpStatusCode.Forbidden);

        // The yearly postings grant this year's days once, however often they run.
        var thisYear = NextYear - 1;
        var run = await admin.PostJsonAsync("/api/hr/leave/balances/postings", new { year = thisYear }, HttpStatusCode.OK);
        Assert.Equal(5, run.GetProperty("accruals").GetInt32());
        Assert.Equal(0, (await admin.PostJsonAsync("/api/hr/leave/balances/postings", new { year = thisYear }, HttpStatusCode.OK)).GetProperty("accruals").GetInt32());
        await admin.PostJsonAsync("/api/hr/leave/balances/postings", new { year = thisYear + 1 }, HttpStatusCode.BadRequest);
        Assert.Equal(20m, BalanceOf(await alice.GetJsonAsync($"/api/hr/leave/balances?year={thisYear}"), "ANNUAL").GetProperty("accrued").GetDecimal());

        // Next year's balance: 10 days by adjustment.
        await admin.PostJsonAsync("/api/hr/leave/balances/adjustments", new { employeeId = aliceId, leaveTypeId = annualId, year = NextYear, days = 10, note = "Opening balance" }, HttpStatusCode.Created);
        await admin.PostJsonAsync("/api/hr/leave/balances/adjustments", new { employeeId = aliceId, leaveTypeId = annualId, year = NextYear, days = 1 }, HttpStatusCode.BadRequest);

        // Monday to Sunday around a holiday (Wednesday) and a half-day holiday (Friday): 3.5 working days.
        var request = await alice.PostJsonAsync("/api/hr/leave/requests",
            new { leaveTypeId = annualId, startDate = Iso(Monday()), endDate = Iso(Monday().AddDays(6)), reason = "Family" }, HttpStatusCode.Created);
        Assert.Equal(3.5m, request.GetProperty("days").GetDecimal());
        Assert.Equal("Pending", request.GetProperty("status").GetString());
        var requestId = request.GetProperty("id").GetGuid();
        var balance = BalanceOf(await alice.GetJsonAsync($"/api/hr/leave/balances?year={NextYear}"), "ANNUAL");
        Assert.Equal((10m, 3.5m, 6.5m), (balance.GetProperty("balance").GetDecimal(), balance.GetProperty("pending").GetDecimal(), balance.GetProperty("available").GetDecimal()));

        // Refused with a 400 that says why, and nothing written.
        var overlap = await alice.PostJsonAsync("/api/hr/leave/requests", new { leaveTypeId = annualId, startDate = Iso(Monday().AddDays(3)), endDate = Iso(Monday().AddDays(3)) }, HttpStatusCode.BadRequest);
        Assert.Equal(["overlap"], ErrorFields(overlap));
        var beyond = await alice.PostJsonAsync("/api/hr/leave/requests", new { leaveTypeId = annualId, startDate = Iso(Monday(2)), endDate = Iso(Monday(3).AddDays(4)) }, HttpStatusCode.BadRequest);
        Assert.Equal(["balance"], ErrorFields(beyond));
        Assert.Contains("Requested 10 days", ErrorText(beyond), StringComparison.Ordinal);
        Assert.Contains("only 6.5 are available", ErrorText(beyond), StringComparison.Ordinal);
        var backwards = await alice.PostJsonAsync("/api/hr/leave/requests", new { leaveTypeId = annualId, startDate = Iso(Monday(2)), endDate = Iso(Monday(1)) }, HttpStatusCode.BadRequest);
        Assert.Equal(["endDate"], ErrorFields(backwards));
        var weekend = await alice.PostJsonAsync("/api/hr/leave/requests", new { leaveTypeId = annualId, startDate = Iso(Monday(1).AddDays(5)), endDate = Iso(Monday(1).AddDays(6)) }, HttpStatusCode.BadRequest);
        Assert.Equal(["days"], ErrorFields(weekend));
        var halves = await alice.PostJsonAsync("/api/hr/leave/requests",
            new { leaveTypeId = annualId, startDate = Iso(Monday(1)), endDate = Iso(Monday(1).AddDays(1)), startPart = "Morning" }, HttpStatusCode.BadRequest);
        Assert.Equal(["startPart"], ErrorFields(halves));
        await alice.PostJsonAsync("/api/hr/leave/requests", new { leaveTypeId = annualId, startDate = Iso(Monday(1)), endDate = Iso(Monday(1)), employeeId = bobId }, HttpStatusCode.Forbidden);
        Assert.Equal(1, (await alice.GetJsonAsync("/api/hr/leave/requests")).GetProperty("totalCount").GetInt64());

        // Another team's manager neither sees nor decides; nobody decides their own request.
        await carol.GetJsonAsync($"/api/hr/leave/requests/{requestId}", HttpStatusCode.NotFound);
        Assert.Equal(0, (await carol.GetJsonAsync("/api/hr/leave/requests")).GetProperty("totalCount").GetInt64());
        await (await SendAsync(carol, HttpMethod.Post, $"/api/hr/leave/requests/{requestId}/approve", new { }, ETag(request))).ReadJsonAsync(HttpStatusCode.NotFound);
        await carol.GetJsonAsync($"/api/hr/leave/balances?employeeId={aliceId}", HttpStatusCode.NotFound);
        var own = await bob.PostJsonAsync("/api/hr/leave/requests", new { leaveTypeId = annualId, startDate = Iso(Monday(5)), endDate = Iso(Monday(5)) }, HttpStatusCode.BadRequest);
        Assert.Equal(["balance"], ErrorFields(own));
        await admin.PostJsonAsync("/api/hr/leave/balances/adjustments", new { employeeId = bobId, leaveTypeId = annualId, year = NextYear, days = 2, note = "Opening balance" }, HttpStatusCode.Created);
        var bobsRequest = await bob.PostJsonAsync("/api/hr/leave/requests", new { leaveTypeId = annualId, startDate = Iso(Monday(5)), endDate = Iso(Monday(5)) }, HttpStatusCode.Created);
        await (await SendAsync(bob, HttpMethod.Post, $"/api/hr/leave/requests/{bobsRequest.GetProperty("id").GetGuid()}/approve", new { }, ETag(bobsRequest))).ReadJsonAsync(HttpStatusCode.Forbidden);

        // Approval checks the balance again: an adjustment since the request can leave it short.
        await admin.PostJsonAsync("/api/hr/leave/balances/adjustments", new { employeeId = bobId, leaveTypeId = annualId, year = NextYear, days = -2, note = "Correction" }, HttpStatusCode.Created);
        var shortOf = await (await SendAsync(admin, HttpMethod.Post, $"/api/hr/leave/requests/{bobsRequest.GetProperty("id").GetGuid()}/approve", new { }, ETag(bobsRequest))).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("takes 1 days of 'ANNUAL' but 0 are available", shortOf.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // The manager's list of requests awaiting a decision holds Alice's, not his own.
        var awaiting = await bob.GetJsonAsync("/api/hr/leave/requests?awaitingMyDecision=true");
        Assert.Equal([requestId], awaiting.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()));
        Assert.Equal(0, (await alice.GetJsonAsync("/api/hr/leave/requests?awaitingMyDecision=true")).GetProperty("totalCount").GetInt64());

        // The manager approves once: If-Match is required, and a second decision on the same version fails.
        await (await SendAsync(bob, HttpMethod.Post, $"/api/hr/leave/requests/{requestId}/approve", new { note = "Enjoy" })).ReadJsonAsync((HttpStatusCode)428);
        var approved = await (await SendAsync(bob, HttpMethod.Post, $"/api/hr/leave/requests/{requestId}/approve", new { note = "Enjoy" }, ETag(request))).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal(bobUser, approved.GetProperty("decidedBy").GetGuid());
        await (await SendAsync(bob, HttpMethod.Post, $"/api/hr/leave/requests/{requestId}/reject", new { }, ETag(request))).ReadJsonAsync(HttpStatusCode.PreconditionFailed);
        await (await SendAsync(bob, HttpMethod.Post, $"/api/hr/leave/requests/{requestId}/approve", new { }, ETag(approved))).ReadJsonAsync(HttpStatusCode.Conflict);
        balance = BalanceOf(await bob.GetJsonAsync($"/api/hr/leave/balances?employeeId={aliceId}&year={NextYear}"), "ANNUAL");
        Assert.Equal((6.5m, 0m, -3.5m), (balance.GetProperty("balance").GetDecimal(), balance.GetProperty("pending").GetDecimal(), balance.GetProperty("taken").GetDecimal()));

        // The team calendar: the manager sees the type, a teammate only the absence, another team nothing.
        var range = $"from={Iso(Monday())}&to={Iso(Monday().AddDays(6))}";
        var managerView = Assert.Single((await bob.GetJsonAsync($"/api/hr/leave/team-calendar?{range}")).EnumerateArray());
        Assert.Equal("ANNUAL", managerView.GetProperty("leaveTypeCode").GetString());
        var teammateView = Assert.Single((await dave.GetJsonAsync($"/api/hr/leave/team-calendar?{range}")).EnumerateArray());
        Assert.Equal("Alice Able", teammateView.GetProperty("employeeName").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, teammateView.GetProperty("leaveTypeCode").ValueKind);
        Assert.Empty((await carol.GetJsonAsync($"/api/hr/leave/team-calendar?{range}")).EnumerateArray());
        await dave.GetJsonAsync($"/api/hr/leave/team-calendar?from={Iso(Monday())}", HttpStatusCode.BadRequest);

        // Cancelling approved leave that has not started returns its days with a ledger entry.
        var cancelled = await (await SendAsync(alice, HttpMethod.Post, $"/api/hr/leave/requests/{requestId}/cancel", null, ETag(approved))).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Cancelled", cancelled.GetProperty("status").GetString());
        Assert.Equal(10m, BalanceOf(await alice.GetJsonAsync($"/api/hr/leave/balances?year={NextYear}"), "ANNUAL").GetProperty("available").GetDecimal());
        var ledger = await alice.GetJsonAsync($"/api/hr/leave/balances/ledger?year={NextYear}&leaveTypeId={annualId}");
        Assert.Equal(["Adjustment:10", "Taken:-3.5", "Returned:3.5"], ledger.EnumerateArray().Select(e => $"{e.GetProperty("kind").GetString()}:{e.GetProperty("days").GetDecimal():0.##}"));
        await (await SendAsync(alice, HttpMethod.Post, $"/api/hr/leave/requests/{requestId}/cancel", null, ETag(cancelled))).ReadJsonAsync(HttpStatusCode.Conflict);

        // Every step published its event through the outbox.
        var events = await host.HrEventNamesAsync();
        Assert.Equal(2, events.Count(e => e == "hr.leave-requested.v1"));
        Assert.Contains("hr.leave-approved.v1", events);
        Assert.Contains("hr.leave-cancelled.v1", events);
        var annualNow = await admin.GetAsync($"/api/hr/leave-types/{annualId}");
        await (await SendAsync(admin, HttpMethod.Delete, $"/api/hr/leave-types/{annualId}", null, annualNow.Headers.ETag!.Tag)).ReadJsonAsync(HttpStatusCode.Conflict);

        // Every route is in the module's OpenAPI document, with its summary.
        var paths = (await admin.GetJsonAsync("/swagger/hr/swagger.json")).GetProperty("paths");
        foreach (var path in new[] { "/api/hr/leave-types", "/api/hr/leave/requests/{id}/approve", "/api/hr/leave/balances/export", "/api/hr/leave/team-calendar", "/api/hr/holiday-calendars/{id}/import", "/api/hr/calendar-feeds/{token}.ics" })
        {
            Assert.True(paths.TryGetProperty(path, out var operations), $"{path} is missing from the OpenAPI document");
            Assert.All(operations.EnumerateObject(), operation => Assert.False(string.IsNullOrEmpty(operation.Value.GetProperty("summary").GetString())));
        }

        // Balances export: a manager's covers their team and not another's.
        var csv = await (await bob.GetAsync($"/api/hr/leave/balances/export?year={NextYear}")).Content.ReadAsStringAsync();
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("EmployeeNumber,EmployeeName,LeaveType,Year,", lines[0], StringComparison.Ordinal);
        Assert.Equal(["E1", "E2", "E3"], lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.Contains($"E2,Alice Able,ANNUAL,{NextYear},0,0,0,0,10,10,0,10", lines);
        var xlsx = await admin.GetAsync($"/api/hr/leave/balances/export?year={NextYear}&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);
    }
}
