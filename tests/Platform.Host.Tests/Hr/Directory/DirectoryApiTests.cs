using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Hr.Directory;

/// <summary>
/// The directory through the real host as HR: locations, the department tree, employees with their rules (references,
/// reporting cycles, unique keys, ETags), search, the org chart, vCards and photos.
/// </summary>
public sealed class DirectoryApiTests : IDisposable
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
    public async Task HR_keeps_locations_departments_and_employees_and_the_rules_hold(string provider)
    {
        _database = TestDatabase.Create(provider);
        var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("hr"));
        var host = _host = new PlatformHost(plugins.Path, _temp.Combine("data"), _database);
        var hr = await host.CreateAdministratorClientAsync();

        // Locations: IANA zones only, unique names, a holiday calendar that exists.
        var berlin = await hr.CreateAsync("/api/hr/locations", new { name = "Berlin", timeZoneId = "Europe/Berlin" });
        var badZone = await hr.PostJsonAsync("/api/hr/locations", new { name = "Mars", timeZoneId = "Mars/Olympus_Mons" }, HttpStatusCode.BadRequest);
        Assert.Contains("Mars/Olympus_Mons", badZone.FieldErrors("timeZoneId"), StringComparison.Ordinal);
        await hr.PostJsonAsync("/api/hr/locations", new { name = "Windows", timeZoneId = "W. Europe Standard Time" }, HttpStatusCode.BadRequest);
        var badCalendar = await hr.PostJsonAsync("/api/hr/locations", new { name = "Paris", timeZoneId = "Europe/Paris", holidayCalendarId = Guid.NewGuid() }, HttpStatusCode.BadRequest);
        Assert.Contains("holiday calendar", badCalendar.FieldErrors("holidayCalendarId"), StringComparison.Ordinal);
        await hr.PostJsonAsync("/api/hr/locations", new { name = "Berlin", timeZoneId = "Europe/Berlin" }, HttpStatusCode.Conflict);

        // Departments: a tree with unique codes.
        var company = await hr.CreateAsync("/api/hr/departments", new { name = "Company", code = "CO" });
        var engineering = await hr.CreateAsync("/api/hr/departments", new { name = "Engineering", code = "ENG", parentId = company });
        var platform = await hr.CreateAsync("/api/hr/departments", new { name = "Platform Team", code = "PLT", parentId = engineering });
        var unknownParent = await hr.PostJsonAsync("/api/hr/departments", new { name = "Lost", parentId = Guid.NewGuid() }, HttpStatusCode.BadRequest);
        Assert.Contains("No department", unknownParent.FieldErrors("parentId"), StringComparison.Ordinal);
        await hr.PostJsonAsync("/api/hr/departments", new { name = "Copy", code = "ENG" }, HttpStatusCode.Conflict);
        await hr.PostJsonAsync("/api/hr/departments", new { name = "Lower", code = "eng" }, HttpStatusCode.BadRequest);

        // Employees: references must exist, numbers are unique, emails are emails.
        var ceo = await hr.CreateAsync("/api/hr/employees", new { employeeNumber = "E1", firstName = "Cleo", lastName = "Chief", startDate = "2020-01-01", jobTitle = "CEO", departmentId = company, locationId = berlin });
        var cto = await hr.CreateAsync("/api/hr/employees", new { employeeNumber = "E2", firstName = "Tom", lastName = "Tech", startDate = "2021-01-01", jobTitle = "CTO", departmentId = engineering, managerId = ceo });
        var created = await hr.PostJsonAsync("/api/hr/employees", new
        {
            employeeNumber = "E3", firstName = "Ana", lastName = "Lima", startDate = "2024-02-01", jobTitle = "Developer, Backend", workEmail = "ana@example.com",
            workPhone = "+49 30 123", departmentId = platform, managerId = cto, locationId = berlin, employmentType = "PartTime", skills = new[] { "Kubernetes", " C# ", "kubernetes" },
        }, HttpStatusCode.Created);
        var ana = created.GetProperty("id").GetGuid();
        Assert.Equal(["C#", "Kubernetes"], created.GetProperty("skills").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("Active", created.GetProperty("status").GetString());

        var invalid = await hr.PostJsonAsync("/api/hr/employees", new
        {
            employeeNumber = "E9", firstName = "Bad", lastName = "Refs", startDate = "2024-01-01", workEmail = "not-an-email",
            departmentId = Guid.NewGuid(), managerId = Guid.NewGuid(), locationId = Guid.NewGuid(), userId = Guid.NewGuid(),
        }, HttpStatusCode.BadRequest);
        foreach (var field in new[] { "workEmail", "departmentId", "managerId", "locationId", "userId" })
        {
            Assert.NotEmpty(invalid.FieldErrors(field));
        }

        var duplicate = await hr.PostJsonAsync("/api/hr/employees", new { employeeNumber = "E3", firstName = "Dup", lastName = "Licate", startDate = "2024-01-01" }, HttpStatusCode.Conflict);
        Assert.Contains("E3", duplicate.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, (await hr.GetJsonAsync("/api/hr/employees")).GetProperty("totalCount").GetInt64()); // nothing written by the refused ones

        // Updates need the current ETag; a manager that closes a reporting cycle is refused naming the chain.
        var ceoUrl = $"/api/hr/employees/{ceo}";
        var ceoFields = new { employeeNumber = "E1", firstName = "Cleo", lastName = "Chief", startDate = "2020-01-01", jobTitle = "CEO", departmentId = company, locationId = berlin };
        await (await hr.SendWithIfMatchAsync(HttpMethod.Put, ceoUrl, ceoFields, null)).ReadJsonAsync(HttpStatusCode.PreconditionRequired);
        await (await hr.SendWithIfMatchAsync(HttpMethod.Put, ceoUrl, ceoFields, "\"99\"")).ReadJsonAsync(HttpStatusCode.PreconditionFailed);
        var cycle = await hr.PutCurrentAsync(ceoUrl, ceoFields.WithManager(ana), HttpStatusCode.BadRequest);
        Assert.Equal("Reporting to this manager would close a cycle: Cleo Chief (E1) → Ana Lima (E3) → Tom Tech (E2) → Cleo Chief (E1).", cycle.FieldErrors("managerId"));
        var self = await hr.PutCurrentAsync(ceoUrl, ceoFields.WithManager(ceo), HttpStatusCode.BadRequest);
        Assert.Contains("Cleo Chief (E1) → Cleo Chief (E1)", self.FieldErrors("managerId"), StringComparison.Ordinal);
        var before = await hr.GetAsync(ceoUrl);
        var renamed = await hr.PutCurrentAsync(ceoUrl, new { employeeNumber = "E1", firstName = "Cleo", lastName = "Boss", startDate = "2020-01-01", jobTitle = "CEO", departmentId = company, locationId = berlin });
        Assert.Equal("Cleo Boss", renamed.GetProperty("displayName").GetString());
        Assert.NotEqual(before.Headers.ETag!.Tag, (await hr.GetAsync(ceoUrl)).Headers.ETag!.Tag);

        // A department cannot move below itself; departments with employees or sub-departments stay.
        var moved = await hr.PutCurrentAsync($"/api/hr/departments/{company}", new { name = "Company", code = "CO", parentId = platform }, HttpStatusCode.BadRequest);
        Assert.Equal("This parent would close a cycle of departments: Company (CO) → Platform Team (PLT) → Engineering (ENG) → Company (CO).", moved.FieldErrors("parentId"));
        await hr.DeleteCurrentAsync($"/api/hr/departments/{company}", HttpStatusCode.Conflict);
        await hr.DeleteCurrentAsync($"/api/hr/departments/{platform}", HttpStatusCode.Conflict);
        await hr.DeleteCurrentAsync($"/api/hr/locations/{berlin}", HttpStatusCode.Conflict);
        var empty = await hr.CreateAsync("/api/hr/departments", new { name = "Empty", parentId = company });
        await hr.DeleteCurrentAsync($"/api/hr/departments/{empty}", HttpStatusCode.NoContent);

        // Search: text over number, names, title and skills; department filters include sub-departments; sorting and paging.
        Assert.Equal(["E3"], (await hr.GetJsonAsync("/api/hr/employees?q=KUBE%20lima")).Numbers());
        Assert.Equal(["E3"], (await hr.GetJsonAsync("/api/hr/employees?skill=c%23")).Numbers());
        Assert.Equal(["E3"], (await hr.GetJsonAsync($"/api/hr/employees?managerId={cto}")).Numbers());
        Assert.Equal(["E1", "E3", "E2"], (await hr.GetJsonAsync($"/api/hr/employees?departmentId={company}")).Numbers()); // by last name: Boss, Lima, Tech
        Assert.Equal(["E1"], (await hr.GetJsonAsync($"/api/hr/employees?departmentId={company}&includeSubDepartments=false")).Numbers());
        Assert.Equal(["E3"], (await hr.GetJsonAsync("/api/hr/employees?employmentType=PartTime")).Numbers());
        var page = await hr.GetJsonAsync("/api/hr/employees?sort=-employeeNumber&pageSize=2&page=1");
        Assert.Equal(["E3", "E2"], page.Numbers());
        Assert.Equal(3, page.GetProperty("totalCount").GetInt64());
        Assert.Contains("Cannot sort", (await hr.GetJsonAsync("/api/hr/employees?sort=salary", HttpStatusCode.BadRequest)).FieldErrors("sort"), StringComparison.Ordinal);

        // The org chart: head counts over the whole subtree, depth only limits the levels shown.
        await hr.PutCurrentAsync($"/api/hr/departments/{engineering}", new { name = "Engineering", code = "ENG", parentId = company, headId = cto });
        var root = (await hr.GetJsonAsync("/api/hr/org-chart"))[0];
        Assert.Equal(("Company", 1, 3), (root.GetProperty("name").GetString(), root.GetProperty("directHeadCount").GetInt32(), root.GetProperty("totalHeadCount").GetInt32()));
        var engineeringNode = (await hr.GetJsonAsync($"/api/hr/org-chart/departments/{engineering}?depth=0"));
        Assert.Equal((2, 0, 1), (engineeringNode.GetProperty("totalHeadCount").GetInt32(), engineeringNode.GetProperty("children").GetArrayLength(), engineeringNode.GetProperty("subDepartmentCount").GetInt32()));
        Assert.Equal("Tom Tech", engineeringNode.GetProperty("head").GetProperty("displayName").GetString());
        var line = await hr.GetJsonAsync($"/api/hr/org-chart/employees/{ceo}");
        Assert.Equal((1, 2), (line.GetProperty("directReports").GetInt32(), line.GetProperty("totalReports").GetInt32()));
        await hr.GetJsonAsync("/api/hr/org-chart?depth=99", HttpStatusCode.BadRequest);
        await hr.GetJsonAsync($"/api/hr/org-chart/employees/{Guid.NewGuid()}", HttpStatusCode.NotFound);

        // vCards: RFC 6350 4.0 with escaped text; a department's file holds its members and, by default, its sub-departments'.
        var card = await hr.GetAsync($"/api/hr/employees/{ana}/vcard");
        Assert.Equal("text/vcard", card.Content.Headers.ContentType?.MediaType);
        var cardText = await card.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n", cardText, StringComparison.Ordinal);
        Assert.Contains("\r\nTITLE:Developer\\, Backend\r\n", cardText, StringComparison.Ordinal);
        Assert.Contains("\r\nORG:Platform Team\r\n", cardText, StringComparison.Ordinal);
        Assert.Contains("\r\nEMAIL;TYPE=work:ana@example.com\r\n", cardText, StringComparison.Ordinal);
        Assert.Equal(3, CountCards(await hr.GetStringAsync($"/api/hr/departments/{company}/vcard")));
        Assert.Equal(1, CountCards(await hr.GetStringAsync($"/api/hr/departments/{company}/vcard?includeSubDepartments=false")));

        // Photos: the type comes from the bytes, the size is limited.
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];
        var photoUrl = $"/api/hr/employees/{ana}/photo";
        Assert.Equal(HttpStatusCode.NoContent, (await hr.PutAsync(photoUrl, Bytes(png, "image/jpeg"))).StatusCode);
        var photo = await hr.GetAsync(photoUrl);
        Assert.Equal("image/png", photo.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await photo.Content.ReadAsByteArrayAsync());
        var notImage = await (await hr.PutAsync(photoUrl, Bytes(Encoding.UTF8.GetBytes("<svg onload=alert(1)>"), "image/png"))).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(notImage.FieldErrors("photo"));
        await (await hr.PutAsync(photoUrl, Bytes([.. png, .. new byte[2 * 1024 * 1024]], "image/png"))).ReadJsonAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(png, await hr.GetByteArrayAsync(photoUrl)); // the refused uploads changed nothing
        Assert.Equal(HttpStatusCode.NoContent, (await hr.DeleteAsync(photoUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hr.GetAsync(photoUrl)).StatusCode);

        // Swagger documents every directory endpoint with a summary and a description.
        var swagger = await hr.GetJsonAsync("/swagger/hr/swagger.json");
        string[] directoryRoots = ["/api/hr/employees", "/api/hr/departments", "/api/hr/locations", "/api/hr/org-chart", "/api/hr/import/", "/api/hr/export/"];
        var operations = swagger.GetProperty("paths").EnumerateObject()
            .Where(path => directoryRoots.Any(root => path.Name.StartsWith(root, StringComparison.Ordinal)))
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => (Name: $"{operation.Name} {path.Name}", Operation: operation.Value)))
            .ToList();
        Assert.True(operations.Count >= 28, $"{operations.Count} directory operations documented");
        Assert.All(operations, o => Assert.False(
            string.IsNullOrWhiteSpace(o.Operation.GetProperty("summary").GetString()) || string.IsNullOrWhiteSpace(o.Operation.GetProperty("description").GetString()), o.Name));

        // The events are in the platform's catalogue.
        var catalogue = await hr.GetStringAsync("/api/platform/events/types");
        foreach (var name in new[] { "hr.employee-hired.v1", "hr.employee-updated.v1", "hr.employee-left.v1", "hr.department-changed.v1" })
        {
            Assert.Contains(name, catalogue, StringComparison.Ordinal);
        }
    }

    private static int CountCards(string text) => text.Split("BEGIN:VCARD").Length - 1;

    private static ByteArrayContent Bytes(byte[] content, string type)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue(type);
        return body;
    }
}

internal static class EmployeeFieldsExtensions
{
    /// <summary>The same fields with a manager: anonymous types cannot be extended with "with".</summary>
    public static Dictionary<string, object?> WithManager(this object fields, Guid managerId)
    {
        var copy = fields.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(fields));
        copy["managerId"] = managerId;
        return copy;
    }
}
