using System.Net;
using System.Text;
using Ical.Net;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Security;
using static Platform.Host.Tests.Hr.Leave.LeaveApi;

namespace Platform.Host.Tests.Hr.Leave;

/// <summary>
/// Holiday calendars imported from iCalendar files (a bad file changes nothing), and the secret-token iCalendar feeds
/// of approved leave that calendar apps subscribe to without signing in: who may create them, what they show, and
/// that rotating or revoking a token shuts the old URL.
/// </summary>
public sealed class HolidayAndFeedTests : IDisposable
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

    private static StringContent Ics(string body) => new(body, Encoding.UTF8, "text/calendar");

    private static string Holidays(params (string Start, string End, string Name)[] events) =>
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Holidays//EN\r\n"
        + string.Concat(events.Select(e => $"BEGIN:VEVENT\r\nUID:{Guid.NewGuid()}\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:{e.Start}\r\nDTEND;VALUE=DATE:{e.End}\r\nSUMMARY:{e.Name}\r\nEND:VEVENT\r\n"))
        + "END:VCALENDAR\r\n";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Holidays_are_imported_from_iCalendar_and_approved_leave_is_served_as_a_feed_behind_a_rotatable_token(string provider)
    {
        _database = TestDatabase.Create(provider);
        var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("hr"));
        var host = _host = new PlatformHost(plugins.Path, _temp.Combine("data"), _database);
        var admin = await host.CreateAdministratorClientAsync();
        var anonymous = host.CreateClient();

        // Import: multi-day events become one holiday per day; merge keeps what is there, replace starts over.
        var calendar = await admin.PostJsonAsync("/api/hr/holiday-calendars", new { name = "Berlin" }, HttpStatusCode.Created);
        var calendarId = calendar.GetProperty("id").GetGuid();
        var year = NextYear;
        var imported = await (await admin.PostAsync($"/api/hr/holiday-calendars/{calendarId}/import",
            Ics(Holidays(($"{year}0101", $"{year}0102", "New Year"), ($"{year}1225", $"{year}1227", "Christmas"))))).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(3, imported.GetProperty("added").GetInt32());
        var merged = await (await admin.PostAsync($"/api/hr/holiday-calendars/{calendarId}/import?mode=merge",
            Ics(Holidays(($"{year}0501", $"{year}0502", "Labour Day"), ($"{year}1225", $"{year}1226", "Christmas Day"))))).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((1, 1, 0), (merged.GetProperty("added").GetInt32(), merged.GetProperty("updated").GetInt32(), merged.GetProperty("removed").GetInt32()));
        var stored = await admin.GetJsonAsync($"/api/hr/holiday-calendars/{calendarId}?year={year}");
        Assert.Equal(
            [$"{year}-01-01 New Year", $"{year}-05-01 Labour Day", $"{year}-12-25 Christmas Day", $"{year}-12-26 Christmas"],
            stored.GetProperty("holidays").EnumerateArray().Select(h => $"{h.GetProperty("date").GetString()} {h.GetProperty("name").GetString()}"));

        // A file that is not iCalendar is a 400 naming the file, and nothing changes.
        var csv = await (await admin.PostAsync($"/api/hr/holiday-calendars/{calendarId}/import?mode=replace", Ics($"Date,Name\n{year}-01-01,New Year\n"))).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["file"], ErrorFields(csv));
        await (await admin.PostAsync($"/api/hr/holiday-calendars/{calendarId}/import?mode=sideways", Ics(Holidays(($"{year}0101", $"{year}0102", "X"))))).ReadJsonAsync(HttpStatusCode.BadRequest);
        await (await admin.PostAsync($"/api/hr/holiday-calendars/{calendarId}/import", Ics(new string('x', 600 * 1024)))).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(4, (await admin.GetJsonAsync($"/api/hr/holiday-calendars/{calendarId}")).GetProperty("holidayCount").GetInt32());
        var replaced = await (await admin.PostAsync($"/api/hr/holiday-calendars/{calendarId}/import?mode=replace", Ics(Holidays(($"{year}0101", $"{year}0102", "New Year"))))).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((0, 3), (replaced.GetProperty("added").GetInt32(), replaced.GetProperty("removed").GetInt32()));
        var employee = await host.CreateUserAsync("emma", BuiltInRoles.Employee);
        await (await host.CreateClientAs(TestIdentity.SignedInUser(employee)).PostAsync($"/api/hr/holiday-calendars/{calendarId}/import", Ics(Holidays()))).ReadJsonAsync(HttpStatusCode.Forbidden);

        // Renaming needs the current ETag; holiday changes move it.
        await (await SendAsync(admin, HttpMethod.Put, $"/api/hr/holiday-calendars/{calendarId}", new { name = "Berlin (DE-BE)" }, ETag(calendar))).ReadJsonAsync(HttpStatusCode.PreconditionFailed);
        var berlin = await admin.GetJsonAsync($"/api/hr/holiday-calendars/{calendarId}");
        await (await SendAsync(admin, HttpMethod.Put, $"/api/hr/holiday-calendars/{calendarId}", new { name = "Berlin (DE-BE)" }, ETag(berlin))).ReadJsonAsync(HttpStatusCode.OK);

        // A location using the calendar keeps it from being deleted.
        await host.AddLocationAsync("Berlin office", calendarId);
        var current = await admin.GetJsonAsync($"/api/hr/holiday-calendars/{calendarId}");
        await (await SendAsync(admin, HttpMethod.Delete, $"/api/hr/holiday-calendars/{calendarId}", null, ETag(current))).ReadJsonAsync(HttpStatusCode.Conflict);

        // People: Mia manages Alice and Ben; Carl manages nobody here.
        var miaUser = await host.CreateUserAsync("mia", BuiltInRoles.Manager);
        var aliceUser = await host.CreateUserAsync("alice", BuiltInRoles.Employee);
        var carlUser = await host.CreateUserAsync("carl", BuiltInRoles.Manager);
        var mia = host.CreateClientAs(TestIdentity.SignedInUser(miaUser));
        var alice = host.CreateClientAs(TestIdentity.SignedInUser(aliceUser));
        var carl = host.CreateClientAs(TestIdentity.SignedInUser(carlUser));
        var department = await host.AddDepartmentAsync("Engineering");
        var miaId = await host.AddEmployeeAsync("M1", "Mia Manager", miaUser, departmentId: department);
        var aliceId = await host.AddEmployeeAsync("A1", "Alice Able", aliceUser, miaId, departmentId: department);
        await host.AddEmployeeAsync("B1", "Ben Busy", managerId: miaId, departmentId: department);
        await host.AddEmployeeAsync("C1", "Carl Other", carlUser);

        // HR files and approves a week of sick leave for Alice; a pending request stays out of the feed.
        var sick = await admin.PostJsonAsync("/api/hr/leave-types", new { code = "SICK", name = "Sick leave", kind = "Sick" }, HttpStatusCode.Created);
        var sickId = sick.GetProperty("id").GetGuid();
        var week = await admin.PostJsonAsync("/api/hr/leave/requests",
            new { employeeId = aliceId, leaveTypeId = sickId, startDate = Iso(Monday()), endDate = Iso(Monday().AddDays(4)), endPart = "Morning" }, HttpStatusCode.Created);
        Assert.Equal(4.5m, week.GetProperty("days").GetDecimal());
        await (await SendAsync(admin, HttpMethod.Post, $"/api/hr/leave/requests/{week.GetProperty("id").GetGuid()}/approve", new { }, ETag(week))).ReadJsonAsync(HttpStatusCode.OK);
        await alice.PostJsonAsync("/api/hr/leave/requests", new { leaveTypeId = sickId, startDate = Iso(Monday(2)), endDate = Iso(Monday(2)) }, HttpStatusCode.Created);

        // Alice's own feed names the leave type; the URL works without signing in.
        var own = await alice.PostJsonAsync("/api/hr/calendar-feeds", new { scope = "Employee", subjectId = aliceId }, HttpStatusCode.Created);
        var ownUrl = own.GetProperty("url").GetString()!;
        var ownFeed = await anonymous.GetAsync(ownUrl);
        Assert.Equal("text/calendar", ownFeed.Content.Headers.ContentType?.MediaType);
        var parsed = Calendar.Load(await ownFeed.Content.ReadAsStringAsync())!;
        var absence = Assert.Single(parsed.Events);
        Assert.Equal("Alice Able: Sick leave", absence.Summary);
        Assert.Equal((DateOnly.Parse(Iso(Monday())), DateOnly.Parse(Iso(Monday().AddDays(5)))), (absence.DtStart!.Date, absence.DtEnd!.Date));
        Assert.False(absence.DtStart.HasTime);

        // Feeds of other people's leave need the right to see all of it.
        await carl.PostJsonAsync("/api/hr/calendar-feeds", new { scope = "Employee", subjectId = aliceId }, HttpStatusCode.Forbidden);
        await carl.PostJsonAsync("/api/hr/calendar-feeds", new { scope = "Team", subjectId = miaId }, HttpStatusCode.Forbidden);
        await alice.PostJsonAsync("/api/hr/calendar-feeds", new { scope = "Department", subjectId = department }, HttpStatusCode.Forbidden);
        await alice.PostJsonAsync("/api/hr/calendar-feeds", new { scope = "Team", subjectId = Guid.NewGuid() }, HttpStatusCode.BadRequest);
        var team = await mia.PostJsonAsync("/api/hr/calendar-feeds", new { scope = "Team", subjectId = miaId }, HttpStatusCode.Created);
        var teamEvent = Assert.Single(Calendar.Load(await anonymous.GetStringAsync(team.GetProperty("url").GetString()))!.Events);
        Assert.Equal("Alice Able: on leave", teamEvent.Summary);
        var departmentFeed = await admin.PostJsonAsync("/api/hr/calendar-feeds", new { scope = "Department", subjectId = department }, HttpStatusCode.Created);
        Assert.Single(Calendar.Load(await anonymous.GetStringAsync(departmentFeed.GetProperty("url").GetString()))!.Events);
        Assert.Single((await mia.GetJsonAsync("/api/hr/calendar-feeds")).EnumerateArray());
        Assert.Equal(3, (await admin.GetJsonAsync("/api/hr/calendar-feeds")).GetArrayLength());

        // Rotating shuts the old URL at once and opens a new one; revoking shuts it for good.
        var ownId = own.GetProperty("feed").GetProperty("id").GetGuid();
        await (await SendAsync(carl, HttpMethod.Post, $"/api/hr/calendar-feeds/{ownId}/rotate", null, ETag(own.GetProperty("feed")))).ReadJsonAsync(HttpStatusCode.NotFound);
        var rotated = await (await SendAsync(alice, HttpMethod.Post, $"/api/hr/calendar-feeds/{ownId}/rotate", null, ETag(own.GetProperty("feed")))).ReadJsonAsync(HttpStatusCode.OK);
        var newUrl = rotated.GetProperty("url").GetString()!;
        Assert.NotEqual(ownUrl, newUrl);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(ownUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(newUrl)).StatusCode);
        await (await SendAsync(alice, HttpMethod.Delete, $"/api/hr/calendar-feeds/{ownId}", null, ETag(rotated.GetProperty("feed")))).ReadJsonAsync(HttpStatusCode.NoContent);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(newUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/hr/calendar-feeds/made-up-token.ics")).StatusCode);
    }
}
