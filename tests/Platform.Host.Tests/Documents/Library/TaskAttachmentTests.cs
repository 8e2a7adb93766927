using System.Net;
using System.Text;
using System.Text.Json;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Documents.Library;

/// <summary>
/// Projects attaches documents to tasks through the SDK's document library: a link names a document the caller may
/// open, and every reader sees it as it is now, or not at all when they may not open it.
/// </summary>
public sealed class TaskAttachmentTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_task_links_a_document_and_shows_it_as_each_reader_may_see_it_now(string provider)
    {
        using var documents = new DocumentsTestHost(provider, withProjects: true);
        var admin = await documents.AdministratorAsync();
        var root = await DocumentsTestHost.CompanyRootAsync(admin);
        var specs = await DocumentsTestHost.CreateFolderAsync(admin, root, "Specs");
        var uploaded = await DocumentsTestHost.UploadAsync(admin, specs, "Checkout spec.txt", Encoding.UTF8.GetBytes("v1"));
        var documentId = uploaded.GetProperty("id").GetGuid();

        var project = (await admin.PostJsonAsync("/api/projects/projects", new { key = "SHOP", name = "Shop", visibility = "Company" }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var task = (await admin.PostJsonAsync($"/api/projects/projects/{project}/tasks", new { title = "Build checkout" }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var links = $"/api/projects/tasks/{task}/links";

        var linked = await admin.PostJsonAsync(links, new { kind = "Document", documentId }, HttpStatusCode.Created);
        Assert.Equal("Checkout spec.txt", linked.GetProperty("title").GetString());
        Assert.Equal("Company/Specs", linked.GetProperty("document").GetProperty("path").GetString());

        var unknown = await admin.PostJsonAsync(links, new { kind = "Document", documentId = Guid.NewGuid() }, HttpStatusCode.BadRequest);
        Assert.True(unknown.GetProperty("errors").TryGetProperty("documentId", out _));
        var mixed = await admin.PostJsonAsync(links, new { kind = "Document", documentId, url = "https://example.com" }, HttpStatusCode.BadRequest);
        Assert.True(mixed.GetProperty("errors").TryGetProperty("url", out _));

        // A new version shows in the link: it describes the document as it is now.
        await DocumentsTestHost.UploadVersionAsync(admin, documentId, Encoding.UTF8.GetBytes("version two"));
        var document = Assert.Single((await admin.GetJsonAsync(links)).EnumerateArray()).GetProperty("document");
        Assert.Equal(2, document.GetProperty("versionNumber").GetInt32());
        Assert.Equal(11, document.GetProperty("length").GetInt64());
        Assert.Equal($"/api/documents/documents/{documentId}/content", document.GetProperty("contentUrl").GetString());

        // A reader who may see the task but not open documents sees the link without the document, and cannot attach it.
        var planner = await documents.Host.CreateClientWithPermissionsAsync("projects.read", "projects.write");
        var seen = Assert.Single((await planner.GetJsonAsync(links)).EnumerateArray());
        Assert.Equal(documentId, seen.GetProperty("documentId").GetGuid());
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("document").ValueKind);
        await planner.PostJsonAsync(links, new { kind = "Document", documentId }, HttpStatusCode.BadRequest);
    }
}
