using System.Net;
using System.Text.Json;
using Platform.Host.Tests.Hr.Directory;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Security;

namespace Platform.Host.Tests.Projects.Core;

/// <summary>
/// What a project is as a whole: who sees it (a department project reaches that department and the ones below it),
/// the working calendar it plans with (weekdays, HR's holiday calendar, its own days off) and its timeline.
/// </summary>
public sealed class ProjectScopeAndCalendarTests : IDisposable
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
    public async Task A_department_project_is_seen_by_its_department_and_the_departments_below_it_only(string provider)
    {
        var host = Start(provider, withHr: true);
        var admin = await host.CreateAdministratorClientAsync();
        var engineering = await admin.CreateAsync("/api/hr/departments", new { name = "Engineering", code = "ENG" });
        var backend = await admin.CreateAsync("/api/hr/departments", new { name = "Backend", code = "BE", parentId = engineering });
        var sales = await admin.CreateAsync("/api/hr/departments", new { name = "Sales", code = "SAL" });
        var ana = await EmployeeAsync(host, admin, "ana", "E1", engineering);
        var ben = await EmployeeAsync(host, admin, "ben", "E2", backend);
        var sid = await EmployeeAsync(host, admin, "sid", "E3", sales);

        var project = await admin.PostJsonAsync("/api/projects/projects",
            new { key = "ENGX", name = "Engineering only", visibility = "Department", departmentId = engineering }, HttpStatusCode.Created);
        var id = project.GetProperty("id").GetGuid();
        Assert.Equal(engineering, project.GetProperty("departmentId").GetGuid());

        await ana.GetJsonAsync($"/api/projects/projects/{id}");
        await ben.GetJsonAsync($"/api/projects/projects/{id}");
        await sid.GetJsonAsync($"/api/projects/projects/{id}", HttpStatusCode.NotFound);
        Assert.Equal(0, (await sid.GetJsonAsync("/api/projects/projects")).GetProperty("totalCount").GetInt64());
        Assert.Equal(1, (await ben.GetJsonAsync("/api/projects/projects")).GetProperty("totalCount").GetInt64());

        // People of the department may work on its tasks; others cannot even find them.
        var task = await ben.PostJsonAsync($"/api/projects/projects/{id}/tasks", new { title = "Upgrade the build" }, HttpStatusCode.Created);
        await sid.GetJsonAsync($"/api/projects/tasks/{task.GetProperty("id").GetGuid()}", HttpStatusCode.NotFound);

        var unknown = await admin.PostJsonAsync("/api/projects/projects", new { key = "NOPE", name = "x", visibility = "Department", departmentId = Guid.NewGuid() }, HttpStatusCode.BadRequest);
        Assert.Contains("no department", unknown.FieldErrors("departmentId"));
        var missing = await admin.PostJsonAsync("/api/projects/projects", new { key = "NOPE", name = "x", visibility = "Department" }, HttpStatusCode.BadRequest);
        Assert.Contains("required", missing.FieldErrors("departmentId"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_project_plans_with_its_weekdays_the_HR_holiday_calendar_it_follows_and_its_own_days_off(string provider)
    {
        var host = Start(provider, withHr: true);
        var admin = await host.CreateAdministratorClientAsync();
        var germany = await admin.CreateAsync("/api/hr/holiday-calendars", new { name = "Germany" });
        await admin.PostJsonAsync($"/api/hr/holiday-calendars/{germany}/holidays", new { date = "2026-12-25", name = "Christmas Day" }, HttpStatusCode.Created);
        await admin.PostJsonAsync($"/api/hr/holiday-calendars/{germany}/holidays", new { date = "2026-12-24", name = "Christmas Eve", isHalfDay = true }, HttpStatusCode.Created);
        var calendars = await admin.GetJsonAsync("/api/projects/holiday-calendars");
        Assert.Equal("Germany", Assert.Single(calendars.EnumerateArray()).GetProperty("name").GetString());

        var project = (await admin.PostJsonAsync("/api/projects/projects", new { key = "CAL", name = "Calendar" }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var url = $"/api/projects/projects/{project}/calendar";
        var initial = await admin.GetJsonAsync(url);
        Assert.Equal(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], initial.GetProperty("workingWeekdays").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(JsonValueKind.Null, initial.GetProperty("holidayCalendar").ValueKind);

        var body = new
        {
            workingWeekdays = new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" },
            holidayCalendarId = germany,
            nonWorkingDays = new[] { new { date = "2026-12-31", name = "Year-end freeze" } },
        };
        var updated = await admin.PutCurrentAsync(url, body);
        Assert.Equal(6, updated.GetProperty("workingWeekdays").GetArrayLength());
        Assert.Equal("Germany", updated.GetProperty("holidayCalendar").GetProperty("name").GetString());
        var shown = await admin.GetJsonAsync(url + "?year=2026");
        Assert.Equal(["2026-12-24", "2026-12-25"], shown.GetProperty("holidays").EnumerateArray().Select(h => h.GetProperty("date").GetString()));
        Assert.Equal("Year-end freeze", shown.GetProperty("nonWorkingDays")[0].GetProperty("name").GetString());

        // The calendar edit bumped the project's version: an If-Match read before it is stale now.
        var stale = await admin.SendWithIfMatchAsync(HttpMethod.Put, url, body, initial.GetProperty("version").GetInt64() is var v ? $"\"{v}\"" : null);
        await stale.ReadJsonAsync(HttpStatusCode.PreconditionFailed);

        var bad = await admin.PutCurrentAsync(url, new { workingWeekdays = Array.Empty<string>(), holidayCalendarId = Guid.NewGuid() }, HttpStatusCode.BadRequest);
        Assert.Contains("at least one day", bad.FieldErrors("workingWeekdays"));
        Assert.Contains("no holiday calendar", bad.FieldErrors("holidayCalendarId"));
        Assert.Equal(6, (await admin.GetJsonAsync(url)).GetProperty("workingWeekdays").GetArrayLength());
    }

    [Fact]
    public async Task Without_HR_there_are_no_holiday_calendars_or_department_projects_and_the_timeline_records_what_changed()
    {
        var host = Start("sqlite", withHr: false);
        var admin = await host.CreateAdministratorClientAsync();
        Assert.Equal(0, (await admin.GetJsonAsync("/api/projects/holiday-calendars")).GetArrayLength());
        var refused = await admin.PostJsonAsync("/api/projects/projects", new { key = "DEP", name = "x", visibility = "Department", departmentId = Guid.NewGuid() }, HttpStatusCode.BadRequest);
        Assert.Contains("HR", refused.FieldErrors("visibility"));

        var project = (await admin.PostJsonAsync("/api/projects/projects", new { key = "TL", name = "Timeline" }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await admin.PutCurrentAsync($"/api/projects/projects/{project}", new { name = "Timeline v2", status = "Active" });
        var timeline = await HttpAssertions.EventuallyAsync(
            () => admin.GetJsonAsync($"/api/projects/projects/{project}/timeline"),
            page => page.GetProperty("totalCount").GetInt64() == 2,
            because: "the project-created and project-updated events reach the timeline");
        var entries = timeline.GetProperty("items");
        Assert.Equal("projects.project-updated.v1", entries[0].GetProperty("event").GetString());
        Assert.Equal("Project TL changed: name, status", entries[0].GetProperty("summary").GetString());
        Assert.Equal("projects.project-created.v1", entries[1].GetProperty("event").GetString());
        Assert.StartsWith("client:", entries[1].GetProperty("actor").GetString());
    }

    private PlatformHost Start(string provider, bool withHr)
    {
        _database = TestDatabase.Create(provider);
        var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("projects"));
        if (withHr)
        {
            plugins.Add(TestPaths.FirstPartyPlugin("hr"));
        }

        return _host = new PlatformHost(plugins.Path, _temp.Combine("data"), _database);
    }

    private static async Task<HttpClient> EmployeeAsync(PlatformHost host, HttpClient admin, string name, string number, Guid department)
    {
        var user = await host.CreateUserAsync(name, BuiltInRoles.Employee);
        await admin.CreateAsync("/api/hr/employees", new { employeeNumber = number, firstName = name, lastName = "Test", startDate = "2024-01-01", departmentId = department, userId = user });
        return host.CreateClientAs(TestIdentity.SignedInUser(user));
    }
}
