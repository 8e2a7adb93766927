using System.Net;
using System.Text;
using Platform.Host.Tests.Hr.Directory;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Documents.Folders;

/// <summary>The folder tree through the API: details and breadcrumbs, rename with If-Match, move (cycles, other spaces), deep copy.</summary>
public sealed class FolderTreeOperationsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Folders_are_renamed_moved_and_copied_and_show_where_they_are(string provider)
    {
        using var documents = new DocumentsTestHost(provider);
        var admin = await documents.AdministratorAsync();
        var root = await DocumentsTestHost.CompanyRootAsync(admin);
        var contracts = await DocumentsTestHost.CreateFolderAsync(admin, root, "Contracts");
        var year = await DocumentsTestHost.CreateFolderAsync(admin, contracts, "2026");
        var signed = await DocumentsTestHost.CreateFolderAsync(admin, year, "Signed");
        var doc = (await DocumentsTestHost.UploadAsync(admin, year, "Lease.txt", Encoding.UTF8.GetBytes("v1"))).GetProperty("id").GetGuid();
        await DocumentsTestHost.UploadVersionAsync(admin, doc, Encoding.UTF8.GetBytes("v2"));

        var details = await admin.GetJsonAsync($"/api/documents/folders/{signed}");
        Assert.Equal(["Company", "Contracts", "2026"], details.GetProperty("breadcrumbs").EnumerateArray().Select(b => b.GetProperty("name").GetString()));
        Assert.Equal("Manage", details.GetProperty("access").GetString());
        var yearDetails = await admin.GetJsonAsync($"/api/documents/folders/{year}");
        Assert.Equal(1, yearDetails.GetProperty("folderCount").GetInt32());
        Assert.Equal(1, yearDetails.GetProperty("documentCount").GetInt64());

        // Rename: If-Match required, a stale one refused, then the new name is shown and published as a move.
        var url = $"/api/documents/folders/{year}";
        await admin.SendAsync(HttpMethod.Patch, url, new { name = "Year 2026" }, null, HttpStatusCode.PreconditionRequired);
        await admin.SendAsync(HttpMethod.Patch, url, new { name = "Year 2026" }, "\"999\"", HttpStatusCode.PreconditionFailed);
        var renamed = await admin.SendCurrentAsync(HttpMethod.Patch, url, url, new { name = "Year 2026" }, HttpStatusCode.OK);
        Assert.Equal("Year 2026", renamed.GetProperty("name").GetString());
        Assert.Contains(await documents.Host.DocumentEventsAsync(), e => e.Type == "documents.moved.v1" && e.Payload.GetProperty("newName").GetString() == "Year 2026");

        // A folder cannot go into itself or below itself: the 400 names the path.
        var cycle = await admin.SendCurrentAsync(HttpMethod.Post, $"/api/documents/folders/{contracts}", $"/api/documents/folders/{contracts}/move", new { targetFolderId = signed }, HttpStatusCode.BadRequest);
        Assert.Contains("Company/Contracts/Year 2026/Signed", cycle.FieldErrors("targetFolderId"));
        await admin.SendCurrentAsync(HttpMethod.Post, $"/api/documents/folders/{contracts}", $"/api/documents/folders/{contracts}/move", new { targetFolderId = contracts }, HttpStatusCode.BadRequest);

        // Into a project space (write on both sides): the folder and what is below it now belong to that space.
        var project = await admin.PostJsonAsync("/api/documents/spaces", new { kind = "Project", ownerId = Guid.NewGuid(), name = "Apollo" }, HttpStatusCode.Created);
        var projectRoot = project.GetProperty("rootFolderId").GetGuid();
        var moved = await admin.SendCurrentAsync(HttpMethod.Post, url, $"{url}/move", new { targetFolderId = projectRoot, name = "Leases" }, HttpStatusCode.OK);
        Assert.Equal(project.GetProperty("id").GetGuid(), moved.GetProperty("spaceId").GetGuid());
        Assert.Equal(project.GetProperty("id").GetGuid(), (await admin.GetJsonAsync($"/api/documents/folders/{signed}")).GetProperty("spaceId").GetGuid());
        Assert.Equal("Apollo/Leases", (await admin.GetJsonAsync($"/api/documents/documents/{doc}")).GetProperty("path").GetString());

        // A deep copy: new folders and documents, the document with its two versions pointing at the same content.
        var blobs = Directory.GetFiles(documents.BlobsPath, "*", SearchOption.AllDirectories).Length;
        var copy = await admin.PostJsonAsync($"{url}/copy", new { targetFolderId = root }, HttpStatusCode.Created);
        var copyId = copy.GetProperty("id").GetGuid();
        Assert.NotEqual(year, copyId);
        Assert.Equal("Leases", copy.GetProperty("name").GetString());
        Assert.Equal(1, copy.GetProperty("folderCount").GetInt32());
        var copied = (await admin.GetJsonAsync($"/api/documents/folders/{copyId}/children")).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "document");
        Assert.NotEqual(doc, copied.GetProperty("id").GetGuid());
        Assert.Equal(2, copied.GetProperty("currentVersion").GetInt32());
        Assert.Equal("v2"u8.ToArray(), await DocumentsTestHost.DownloadAsync(admin, copied.GetProperty("id").GetGuid()));
        Assert.Equal(blobs, Directory.GetFiles(documents.BlobsPath, "*", SearchOption.AllDirectories).Length);
        await admin.PostJsonAsync($"{url}/copy", new { targetFolderId = signed }, HttpStatusCode.BadRequest);
        await admin.PostJsonAsync($"{url}/copy", new { targetFolderId = root }, HttpStatusCode.Conflict);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Hostile_and_conflicting_names_are_refused_before_anything_is_written(string provider)
    {
        using var documents = new DocumentsTestHost(provider);
        var admin = await documents.AdministratorAsync();
        var root = await DocumentsTestHost.CompanyRootAsync(admin);
        var cafe = await DocumentsTestHost.CreateFolderAsync(admin, root, "Café");
        var other = await DocumentsTestHost.CreateFolderAsync(admin, root, "Other");
        var doc = (await DocumentsTestHost.UploadAsync(admin, other, "Notes.txt", "n"u8.ToArray())).GetProperty("id").GetGuid();
        var folders = await documents.Host.CountAsync("Folder");
        var events = (await documents.Host.DocumentEventsAsync()).Count;

        foreach (var hostile in new[] { "../x", "a/b", "a\u0000b", "CON", "con.txt", new string('x', 300), " ", ".." })
        {
            var created = await admin.PostJsonAsync("/api/documents/folders", new { parentId = root, name = hostile }, HttpStatusCode.BadRequest);
            Assert.NotEmpty(created.FieldErrors("name"));
            var renamed = await admin.SendCurrentAsync(HttpMethod.Patch, $"/api/documents/folders/{other}", $"/api/documents/folders/{other}", new { name = hostile }, HttpStatusCode.BadRequest);
            Assert.NotEmpty(renamed.FieldErrors("name"));
            await admin.SendCurrentAsync(HttpMethod.Patch, $"/api/documents/documents/{doc}", $"/api/documents/documents/{doc}", new { name = hostile }, HttpStatusCode.BadRequest);
            await admin.SendCurrentAsync(HttpMethod.Post, $"/api/documents/documents/{doc}", $"/api/documents/documents/{doc}/move", new { targetFolderId = root, name = hostile }, HttpStatusCode.BadRequest);
        }

        // Names are unique among folders and documents of a folder, regardless of case and of how "é" was typed.
        await admin.PostJsonAsync("/api/documents/folders", new { parentId = root, name = "Cafe\u0301" }, HttpStatusCode.Conflict);
        await admin.PostJsonAsync("/api/documents/folders", new { parentId = root, name = "CAFÉ" }, HttpStatusCode.Conflict);
        await admin.SendCurrentAsync(HttpMethod.Patch, $"/api/documents/folders/{other}", $"/api/documents/folders/{other}", new { name = "cafe\u0301" }, HttpStatusCode.Conflict);
        await admin.SendCurrentAsync(HttpMethod.Post, $"/api/documents/documents/{doc}", $"/api/documents/documents/{doc}/move", new { targetFolderId = root, name = "CAFE\u0301" }, HttpStatusCode.Conflict);
        await DocumentsTestHost.CreateFolderAsync(admin, cafe, "notes.TXT");
        await admin.SendCurrentAsync(HttpMethod.Post, $"/api/documents/documents/{doc}", $"/api/documents/documents/{doc}/move", new { targetFolderId = cafe }, HttpStatusCode.Conflict);
        await admin.PostJsonAsync($"/api/documents/documents/{doc}/copy", new { targetFolderId = cafe }, HttpStatusCode.Conflict);

        Assert.Equal(folders + 1, await documents.Host.CountAsync("Folder"));
        Assert.Equal(events, (await documents.Host.DocumentEventsAsync()).Count);
        Assert.Equal(["Café", "Other"], (await admin.GetJsonAsync($"/api/documents/folders/{root}/children")).Names());
        Assert.Equal("Notes.txt", (await admin.GetJsonAsync($"/api/documents/documents/{doc}")).GetProperty("name").GetString());
    }
}
