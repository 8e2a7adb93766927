using System.Net;
using System.Text;
using Platform.Host.Tests.Documents.Folders;
using Platform.Host.Tests.Hr.Directory;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Documents.Items;

/// <summary>A document's metadata: details, tags and metadata with If-Match, rename, move, copy and delete, and the lock that stops them.</summary>
public sealed class DocumentItemTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_document_is_tagged_renamed_moved_copied_and_deleted_unless_someone_else_holds_its_lock(string provider)
    {
        using var documents = new DocumentsTestHost(provider);
        var admin = await documents.AdministratorAsync();
        var root = await DocumentsTestHost.CompanyRootAsync(admin);
        var drafts = await DocumentsTestHost.CreateFolderAsync(admin, root, "Drafts");
        var final = await DocumentsTestHost.CreateFolderAsync(admin, root, "Final");
        var id = (await DocumentsTestHost.UploadAsync(admin, drafts, "Plan.txt", Encoding.UTF8.GetBytes("plan"))).GetProperty("id").GetGuid();
        var url = $"/api/documents/documents/{id}";

        var patch = new { tags = new[] { "Q3", "q3", "Budget" }, metadata = new Dictionary<string, string> { ["owner"] = "Ana", ["contract"] = "C-17" } };
        await admin.SendAsync(HttpMethod.Patch, url, patch, null, HttpStatusCode.PreconditionRequired);
        await admin.SendAsync(HttpMethod.Patch, url, patch, "\"12345\"", HttpStatusCode.PreconditionFailed);
        var tagged = await admin.SendCurrentAsync(HttpMethod.Patch, url, url, patch, HttpStatusCode.OK);
        Assert.Equal(["Budget", "Q3"], tagged.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("C-17", tagged.GetProperty("metadata").GetProperty("contract").GetString());
        var tooMany = await admin.SendCurrentAsync(HttpMethod.Patch, url, url, new { tags = Enumerable.Range(0, 51).Select(i => $"t{i}") }, HttpStatusCode.BadRequest);
        Assert.NotEmpty(tooMany.FieldErrors("tags"));

        var details = await admin.GetJsonAsync(url);
        Assert.Equal("Company/Drafts", details.GetProperty("path").GetString());
        Assert.Equal("Manage", details.GetProperty("access").GetString());
        Assert.True(!details.TryGetProperty("lock", out var noLock) || noLock.ValueKind == System.Text.Json.JsonValueKind.Null);

        // Someone else checks it out: rename, move and delete wait for the lock; tags may still change.
        var (otherId, _) = await documents.UserAsync("lena");
        await documents.Host.UpdateAsync("Document", id, new Dictionary<string, object?>
        {
            ["LockedBy"] = otherId, ["LockedAt"] = DateTimeOffset.UtcNow, ["LockExpiresAt"] = DateTimeOffset.UtcNow.AddHours(8),
        });
        var locked = await admin.GetJsonAsync(url);
        Assert.Equal(otherId, locked.GetProperty("lock").GetProperty("heldBy").GetGuid());
        Assert.Equal("lena", locked.GetProperty("lock").GetProperty("holderName").GetString());
        await admin.SendCurrentAsync(HttpMethod.Patch, url, url, new { name = "Plan v2.txt" }, (HttpStatusCode)423);
        await admin.SendCurrentAsync(HttpMethod.Post, url, $"{url}/move", new { targetFolderId = final }, (HttpStatusCode)423);
        await admin.SendCurrentAsync(HttpMethod.Delete, url, url, null, (HttpStatusCode)423);
        await documents.Host.UpdateAsync("Document", id, new Dictionary<string, object?> { ["LockedBy"] = null, ["LockedAt"] = null, ["LockExpiresAt"] = null });

        var renamed = await admin.SendCurrentAsync(HttpMethod.Patch, url, url, new { name = "Plan v2.txt" }, HttpStatusCode.OK);
        Assert.Equal("Plan v2.txt", renamed.GetProperty("name").GetString());
        var moved = await admin.SendCurrentAsync(HttpMethod.Post, url, $"{url}/move", new { targetFolderId = final }, HttpStatusCode.OK);
        Assert.Equal(final, moved.GetProperty("folderId").GetGuid());
        var events = await documents.Host.DocumentEventsAsync();
        Assert.Contains(events, e => e.Type == "documents.moved.v1" && e.Payload.GetProperty("fromFolderId").GetGuid() == drafts && e.Payload.GetProperty("folderId").GetGuid() == final);

        var copy = await admin.PostJsonAsync($"{url}/copy", new { targetFolderId = final, name = "Plan copy.txt" }, HttpStatusCode.Created);
        Assert.NotEqual(id, copy.GetProperty("id").GetGuid());
        Assert.Equal(moved.GetProperty("hash").GetString(), copy.GetProperty("hash").GetString());
        Assert.Equal(["Budget", "Q3"], copy.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));

        await admin.SendAsync(HttpMethod.Delete, url, null, null, HttpStatusCode.PreconditionRequired);
        await admin.SendCurrentAsync(HttpMethod.Delete, url, url, null, HttpStatusCode.NoContent);
        await admin.GetJsonAsync(url, HttpStatusCode.NotFound);
        Assert.Equal(["Plan copy.txt"], (await admin.GetJsonAsync($"/api/documents/folders/{final}/children")).Names());

        // An employee reads the company space but may not change it: 403, not 404.
        var (_, employee) = await documents.UserAsync("erin");
        var copyUrl = $"/api/documents/documents/{copy.GetProperty("id").GetGuid()}";
        await employee.SendCurrentAsync(HttpMethod.Patch, copyUrl, copyUrl, new { name = "Mine.txt" }, HttpStatusCode.Forbidden);
        await employee.SendCurrentAsync(HttpMethod.Delete, copyUrl, copyUrl, null, HttpStatusCode.Forbidden);
    }
}
