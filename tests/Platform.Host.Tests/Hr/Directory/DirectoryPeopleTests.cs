using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Identity;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.People;
using Platform.Sdk.Persistence;
using Platform.Sdk.Security;

namespace Platform.Host.Tests.Hr.Directory;

/// <summary>
/// The directory as the people in it see it: personal fields for HR and oneself only, data export and erasure on
/// request, HR's records as the platform's people directory (Projects shows HR's names; /me shows the department),
/// and an employee who leaves losing their account through the hr.employee-left.v1 handler.
/// </summary>
public sealed class DirectoryPeopleTests : IDisposable
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
    public async Task Personal_data_is_for_HR_and_the_employee_and_HR_records_answer_for_the_people_directory(string provider)
    {
        _database = TestDatabase.Create(provider);
        var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("hr")).Add(TestPaths.FirstPartyPlugin("projects"));
        var host = _host = new PlatformHost(plugins.Path, _temp.Combine("data"), _database);
        var hr = await host.CreateAdministratorClientAsync();
        var anaUser = await host.CreateUserAsync("ana", BuiltInRoles.Manager);
        var benUser = await host.CreateUserAsync("ben", BuiltInRoles.Employee);
        var adminUser = await host.CreateUserAsync("root", BuiltInRoles.Administrator);
        var anaClient = host.CreateClientAs(TestIdentity.SignedInUser(anaUser));
        var benClient = host.CreateClientAs(TestIdentity.SignedInUser(benUser));

        var engineering = await hr.CreateAsync("/api/hr/departments", new { name = "Engineering", code = "ENG" });
        var backend = await hr.CreateAsync("/api/hr/departments", new { name = "Backend", code = "BE", parentId = engineering });
        var ana = await hr.CreateAsync("/api/hr/employees", new
        {
            employeeNumber = "E1", firstName = "Ana", lastName = "Lima", startDate = "2022-01-01", departmentId = engineering, userId = anaUser, workEmail = "ana@example.com",
            personal = new { privateAddress = "Hidden Lane 1", birthDate = "1990-04-01", emergencyContactName = "Rui Lima", emergencyContactPhone = "+351 1" },
        });
        var ben = await hr.CreateAsync("/api/hr/employees", new
        {
            employeeNumber = "E2", firstName = "Ben", lastName = "Ode", startDate = "2023-01-01", departmentId = backend, managerId = ana, userId = benUser, skills = new[] { "Go" },
            personal = new { privateAddress = "Secret Road 2", birthDate = "1995-09-09" },
        });
        await hr.PutCurrentAsync($"/api/hr/departments/{engineering}", new { name = "Engineering", code = "ENG", headId = ana });

        // One platform account belongs to one employee; the account must exist.
        await hr.PostJsonAsync("/api/hr/employees", new { employeeNumber = "E3", firstName = "Copy", lastName = "Cat", startDate = "2024-01-01", userId = benUser }, HttpStatusCode.Conflict);

        // Everyone with the directory sees work fields; personal fields only on one's own record (and for HR).
        Assert.Equal(JsonValueKind.Null, (await benClient.GetJsonAsync($"/api/hr/employees/{ana}")).GetProperty("personal").ValueKind);
        Assert.Equal("Secret Road 2", (await benClient.GetJsonAsync($"/api/hr/employees/{ben}")).GetProperty("personal").GetProperty("privateAddress").GetString());
        Assert.Equal("Hidden Lane 1", (await hr.GetJsonAsync($"/api/hr/employees/{ana}")).GetProperty("personal").GetProperty("privateAddress").GetString());
        var seenByBen = (await benClient.GetJsonAsync("/api/hr/employees?sort=employeeNumber")).GetProperty("items");
        Assert.Equal(JsonValueKind.Null, seenByBen[0].GetProperty("personal").ValueKind);
        Assert.Equal(JsonValueKind.Object, seenByBen[1].GetProperty("personal").ValueKind);
        Assert.Equal(0, (await benClient.GetJsonAsync("/api/hr/employees?q=hidden")).GetProperty("totalCount").GetInt64());
        Assert.DoesNotContain("Hidden", await benClient.GetStringAsync($"/api/hr/employees/{ana}/vcard"), StringComparison.Ordinal);

        // Changing personal details: oneself (and HR), nobody else; HR-only actions are refused to employees.
        var personal = new { privateAddress = "New Street 3", birthDate = "1995-09-09", emergencyContactName = "Eva Ode", emergencyContactPhone = "+49 2" };
        await benClient.PutCurrentAsync($"/api/hr/employees/{ana}/personal", personal, HttpStatusCode.Forbidden, readUrl: $"/api/hr/employees/{ana}");
        var changed = await benClient.PutCurrentAsync($"/api/hr/employees/{ben}/personal", personal, readUrl: $"/api/hr/employees/{ben}");
        Assert.Equal("Eva Ode", changed.GetProperty("personal").GetProperty("emergencyContactName").GetString());
        await benClient.PostJsonAsync("/api/hr/employees", new { employeeNumber = "E9", firstName = "No", lastName = "Way", startDate = "2024-01-01" }, HttpStatusCode.Forbidden);
        await benClient.PostJsonAsync($"/api/hr/employees/{ana}/erase", new { }, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await benClient.GetAsync("/api/hr/export/employees")).StatusCode);

        // Data export: everything held on the person (their clockings too), for them and HR only.
        await benClient.PostJsonAsync("/api/hr/attendance/clock-in", new { }, HttpStatusCode.Created);
        await benClient.GetJsonAsync($"/api/hr/employees/{ana}/personal-data", HttpStatusCode.Forbidden);
        var export = await benClient.GetJsonAsync($"/api/hr/employees/{ben}/personal-data");
        Assert.Equal("ClockIn", Assert.Single(export.GetProperty("clockings").EnumerateArray()).GetProperty("action").GetString());
        Assert.Equal("New Street 3", export.GetProperty("employee").GetProperty("personal").GetProperty("privateAddress").GetString());
        Assert.Equal(["Go"], export.GetProperty("employee").GetProperty("skills").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(0, export.GetProperty("leaveRequests").GetArrayLength());
        await hr.GetJsonAsync($"/api/hr/employees/{ana}/personal-data");

        // HR's records are the platform's people directory.
        Assert.Equal(engineering, (await anaClient.GetJsonAsync("/api/platform/me")).GetProperty("departmentId").GetGuid());
        var project = await benClient.PostJsonAsync("/api/projects/projects", new { key = "HRD", name = "Directory" }, HttpStatusCode.Created);
        var members = await benClient.GetJsonAsync($"/api/projects/projects/{project.GetProperty("id")}/members");
        Assert.Equal("Ben Ode", members[0].GetProperty("displayName").GetString());
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var people = scope.ServiceProvider.GetRequiredService<IPeopleDirectory>();
            Assert.True(people.HasDepartments);
            var benPerson = (await people.FindPersonAsync(benUser, CancellationToken.None))!;
            Assert.Equal(("Ben Ode", backend, anaUser, true), (benPerson.DisplayName, benPerson.DepartmentId, benPerson.ManagerId, benPerson.IsActive));
            Assert.Equal(anaUser, (await people.FindManagerAsync(benUser, CancellationToken.None))!.UserId);
            Assert.Equal([benUser], (await people.GetTeamMembersAsync(anaUser, CancellationToken.None)).Select(p => p.UserId));
            Assert.Equal(anaUser, (await people.FindDepartmentAsync(engineering, CancellationToken.None))!.ManagerId);
            Assert.Equal(new HashSet<Guid> { anaUser, benUser }, (await people.GetDepartmentMembersAsync(engineering, true, CancellationToken.None)).Select(p => p.UserId).ToHashSet());
            Assert.Equal([anaUser], (await people.GetDepartmentMembersAsync(engineering, false, CancellationToken.None)).Select(p => p.UserId));
            // Users without an employee record are still people, from their account.
            var root = (await people.FindPersonAsync(adminUser, CancellationToken.None))!;
            Assert.Equal(("root", null), (root.DisplayName, root.DepartmentId));
            Assert.Null(await people.FindPersonAsync(Guid.NewGuid(), CancellationToken.None));
        }

        // Leaving: the record says Left at once, the account follows through the event handler and stops working.
        var app = await host.RegisterClientAsync(["openid", "api"]);
        var token = host.CreateClientAs(TestIdentity.UserToken(benUser, app.ClientId, "openid", "api"));
        await token.GetJsonAsync("/api/hr/employees");
        var left = await hr.PostJsonAsync($"/api/hr/employees/{ben}/leave", new { endDate = "2026-06-30" }, HttpStatusCode.OK);
        Assert.Equal(("Left", "2026-06-30"), (left.GetProperty("status").GetString(), left.GetProperty("endDate").GetString()));
        await hr.PostJsonAsync($"/api/hr/employees/{ben}/leave", new { }, HttpStatusCode.Conflict);
        await HttpAssertions.EventuallyAsync(async () => (await benClient.GetAsync("/api/platform/me")).StatusCode, s => s == HttpStatusCode.Unauthorized, because: "the account of a leaver is deactivated");
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/hr/employees")).StatusCode);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.False((await scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>().FindByIdAsync(benUser.ToString()))!.IsActive);
            Assert.False((await scope.ServiceProvider.GetRequiredService<IPeopleDirectory>().FindPersonAsync(benUser, CancellationToken.None))!.IsActive);
        }

        var chart = await hr.GetJsonAsync($"/api/hr/org-chart/departments/{engineering}");
        Assert.Equal(1, chart.GetProperty("totalHeadCount").GetInt32()); // leavers are not counted

        // Erasure: identity gone, row kept (it still counts where it belongs), idempotent.
        var erased = await hr.PostJsonAsync($"/api/hr/employees/{ben}/erase", new { }, HttpStatusCode.OK);
        Assert.Equal(("Erased Employee", "E2"), (erased.GetProperty("displayName").GetString(), erased.GetProperty("employeeNumber").GetString()));
        Assert.Equal(JsonValueKind.Null, erased.GetProperty("userId").ValueKind);
        Assert.Empty(erased.GetProperty("skills").EnumerateArray());
        var erasedPersonal = erased.GetProperty("personal");
        Assert.All(["privateAddress", "birthDate", "emergencyContactName", "emergencyContactPhone"], f => Assert.Equal(JsonValueKind.Null, erasedPersonal.GetProperty(f).ValueKind));
        var stored = await hr.GetJsonAsync($"/api/hr/employees/{ben}");
        var again = await hr.PostJsonAsync($"/api/hr/employees/{ben}/erase", new { }, HttpStatusCode.OK);
        Assert.Equal(erased.GetProperty("version").GetInt64(), again.GetProperty("version").GetInt64());
        Assert.Equal(stored.GetProperty("erasedAt").GetDateTimeOffset(), again.GetProperty("erasedAt").GetDateTimeOffset());
        Assert.Equal(0, (await hr.GetJsonAsync("/api/hr/employees?q=ben")).GetProperty("totalCount").GetInt64());
        // The audit trail records that personal fields changed, never their values, so erasure leaves none behind.
        var history = await HttpAssertions.EventuallyAsync(
            () => hr.GetJsonAsync($"/api/platform/audit?module=hr&entity=Employee&entityId={ben}&pageSize=100"),
            a => a.GetProperty("items").EnumerateArray().Any(i => i.GetRawText().Contains("ErasedAt", StringComparison.Ordinal)),
            because: "the erasure is audited");
        var trail = history.GetRawText();
        Assert.Contains(AuditRedactedAttribute.Placeholder, trail, StringComparison.Ordinal);
        Assert.All(["Secret Road 2", "New Street 3", "1995-09-09", "Eva Ode"], value => Assert.DoesNotContain(value, trail, StringComparison.Ordinal));

        Assert.Equal(2, (await hr.GetJsonAsync($"/api/hr/employees?departmentId={engineering}")).GetProperty("totalCount").GetInt64());
        await using (var scope = host.Services.CreateAsyncScope())
        {
            // Unlinked: the person is known from the account alone, no longer from HR's record.
            var unlinked = (await scope.ServiceProvider.GetRequiredService<IPeopleDirectory>().FindPersonAsync(benUser, CancellationToken.None))!;
            Assert.Equal(("ben", null, false), (unlinked.DisplayName, unlinked.DepartmentId, unlinked.IsActive));
        }
    }
}
