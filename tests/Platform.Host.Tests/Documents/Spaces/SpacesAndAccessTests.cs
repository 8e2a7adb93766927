using System.Net;
using Platform.Host.Tests.Documents.Folders;
using Platform.Host.Tests.Hr.Directory;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Security;

namespace Platform.Host.Tests.Documents.Spaces;

/// <summary>Department and project spaces with their default access, and what a user outside them can find (nothing: 404s).</summary>
public sealed class SpacesAndAccessTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_department_space_is_its_peoples_and_invisible_to_everyone_else(string provider)
    {
        using var documents = new DocumentsTestHost(provider, withHr: true);
        var admin = await documents.AdministratorAsync();
        var finance = await admin.CreateAsync("/api/hr/departments", new { name = "Finance", code = "FIN" });
        var sales = await admin.CreateAsync("/api/hr/departments", new { name = "Sales", code = "SAL" });
        var fay = await EmployeeAsync(documents, admin, "fay", "F1", finance);
        var sam = await EmployeeAsync(documents, admin, "sam", "S1", sales);

        var space = await admin.PostJsonAsync("/api/documents/spaces", new { kind = "Department", ownerId = finance }, HttpStatusCode.Created);
        Assert.Equal("Finance", space.GetProperty("name").GetString());
        var spaceId = space.GetProperty("id").GetGuid();
        var root = space.GetProperty("rootFolderId").GetGuid();
        var twice = await admin.PostJsonAsync("/api/documents/spaces", new { kind = "Department", ownerId = finance, name = "Finance 2" }, HttpStatusCode.Conflict);
        Assert.Contains("Finance", twice.GetProperty("title").GetString());
        Assert.NotEmpty((await admin.PostJsonAsync("/api/documents/spaces", new { kind = "Department", ownerId = Guid.NewGuid() }, HttpStatusCode.BadRequest)).FieldErrors("ownerId"));
        Assert.NotEmpty((await admin.PostJsonAsync("/api/documents/spaces", new { kind = "Project", ownerId = Guid.NewGuid() }, HttpStatusCode.BadRequest)).FieldErrors("name"));
        Assert.NotEmpty((await admin.PostJsonAsync("/api/documents/spaces", new { kind = "Company", ownerId = Guid.NewGuid() }, HttpStatusCode.BadRequest)).FieldErrors("kind"));
        await fay.PostJsonAsync("/api/documents/spaces", new { kind = "Project", ownerId = Guid.NewGuid(), name = "Mine" }, HttpStatusCode.Forbidden);

        // The department's people write there; others do not even find it, nor anything below it.
        var budgets = await DocumentsTestHost.CreateFolderAsync(fay, root, "Budgets");
        var plan = (await DocumentsTestHost.UploadAsync(fay, budgets, "Plan.txt", "p"u8.ToArray())).GetProperty("id").GetGuid();
        Assert.Equal(["Company", "Department"], (await fay.GetJsonAsync("/api/documents/spaces")).EnumerateArray().Select(s => s.GetProperty("kind").GetString()));
        Assert.Equal("Write", (await fay.GetJsonAsync($"/api/documents/spaces/{spaceId}")).GetProperty("access").GetString());
        Assert.Equal(["Company"], (await sam.GetJsonAsync("/api/documents/spaces")).EnumerateArray().Select(s => s.GetProperty("kind").GetString()));
        await sam.GetJsonAsync($"/api/documents/spaces/{spaceId}", HttpStatusCode.NotFound);
        await sam.GetJsonAsync($"/api/documents/folders/{budgets}", HttpStatusCode.NotFound);
        await sam.GetJsonAsync($"/api/documents/folders/{budgets}/children", HttpStatusCode.NotFound);
        await sam.GetJsonAsync($"/api/documents/documents/{plan}", HttpStatusCode.NotFound);
        await sam.PostJsonAsync($"/api/documents/documents/{plan}/copy", new { targetFolderId = await DocumentsTestHost.CompanyRootAsync(sam) }, HttpStatusCode.NotFound);

        // Moving out of the department space needs write on the target too: the company space is read-only to employees.
        var companyRoot = await DocumentsTestHost.CompanyRootAsync(fay);
        await fay.SendCurrentAsync(HttpMethod.Post, $"/api/documents/documents/{plan}", $"/api/documents/documents/{plan}/move", new { targetFolderId = companyRoot }, HttpStatusCode.Forbidden);
        await fay.SendCurrentAsync(HttpMethod.Post, $"/api/documents/folders/{budgets}", $"/api/documents/folders/{budgets}/move", new { targetFolderId = Guid.NewGuid() }, HttpStatusCode.NotFound);

        // What Fay deleted is in her bin; Sam's bin stays empty.
        await fay.SendCurrentAsync(HttpMethod.Delete, $"/api/documents/documents/{plan}", $"/api/documents/documents/{plan}", null, HttpStatusCode.NoContent);
        Assert.Equal(["Plan.txt"], (await fay.GetJsonAsync("/api/documents/recycle-bin")).Names());
        Assert.Empty((await sam.GetJsonAsync("/api/documents/recycle-bin")).Names());
        // Purging needs manage access where it was: Fay writes there but does not manage.
        await fay.SendAsync(HttpMethod.Delete, $"/api/documents/recycle-bin/documents/{plan}", null, null, HttpStatusCode.Forbidden);
        await admin.SendAsync(HttpMethod.Delete, $"/api/documents/recycle-bin/documents/{plan}", null, null, HttpStatusCode.NoContent);
    }

    private static async Task<HttpClient> EmployeeAsync(DocumentsTestHost documents, HttpClient admin, string name, string number, Guid department)
    {
        var (user, client) = await documents.UserAsync(name, BuiltInRoles.Employee);
        await admin.CreateAsync("/api/hr/employees", new { employeeNumber = number, firstName = name, lastName = "Test", startDate = "2024-01-01", departmentId = department, userId = user });
        return client;
    }
}
