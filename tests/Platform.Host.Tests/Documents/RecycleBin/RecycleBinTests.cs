using System.Net;
using Microsoft.Extensions.Time.Testing;
using Platform.Host.Tests.Documents.Folders;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Security;

namespace Platform.Host.Tests.Documents.RecycleBin;

/// <summary>Delete to the recycle bin, what the bin shows to whom, restore (in place, conflicts, renaming), purge now and the daily purge.</summary>
public sealed class RecycleBinTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Deleted_items_are_listed_restored_in_place_and_purged(string provider)
    {
        using var documents = new DocumentsTestHost(provider);
        var admin = await documents.AdministratorAsync();
        var root = await DocumentsTestHost.CompanyRootAsync(admin);
        var reports = await DocumentsTestHost.CreateFolderAsync(admin, root, "Reports");
        var q1 = await DocumentsTestHost.CreateFolderAsync(admin, reports, "Q1");
        var inside = (await DocumentsTestHost.UploadAsync(admin, q1, "Sales.txt", "s"u8.ToArray())).GetProperty("id").GetGuid();
        var loose = (await DocumentsTestHost.UploadAsync(admin, reports, "Memo.txt", "m"u8.ToArray())).GetProperty("id").GetGuid();
        await admin.SendCurrentAsync(HttpMethod.Patch, $"/api/documents/documents/{loose}", $"/api/documents/documents/{loose}", new { tags = new[] { "keep" } }, HttpStatusCode.OK);

        // A document deleted on its own, then its folder: the bin shows only the top-level items.
        await admin.SendCurrentAsync(HttpMethod.Delete, $"/api/documents/documents/{inside}", $"/api/documents/documents/{inside}", null, HttpStatusCode.NoContent);
        await admin.SendCurrentAsync(HttpMethod.Delete, $"/api/documents/folders/{q1}", $"/api/documents/folders/{q1}", null, HttpStatusCode.NoContent);
        await admin.SendCurrentAsync(HttpMethod.Delete, $"/api/documents/documents/{loose}", $"/api/documents/documents/{loose}", null, HttpStatusCode.NoContent);
        await admin.GetJsonAsync($"/api/documents/folders/{q1}", HttpStatusCode.NotFound);
        var bin = await admin.GetJsonAsync("/api/documents/recycle-bin");
        Assert.Equal(["Memo.txt", "Q1"], bin.Names());
        Assert.Equal("Company/Reports", bin.GetProperty("items")[1].GetProperty("originalPath").GetString());
        Assert.Equal(["documents.deleted.v1", "documents.deleted.v1", "documents.deleted.v1"], (await documents.Host.DocumentEventsAsync()).Where(e => e.Type.Contains("deleted")).Select(e => e.Type));

        // An employee who deleted nothing and manages nothing sees an empty bin and cannot restore.
        var (_, employee) = await documents.UserAsync("erin");
        Assert.Equal(0, (await employee.GetJsonAsync("/api/documents/recycle-bin")).GetProperty("totalCount").GetInt64());
        await employee.PostJsonAsync($"/api/documents/recycle-bin/documents/{loose}/restore", new { }, HttpStatusCode.NotFound);

        // The document inside the deleted folder waits for its folder; the folder comes back with what it held.
        var waiting = await admin.PostJsonAsync($"/api/documents/recycle-bin/documents/{inside}/restore", new { }, HttpStatusCode.Conflict);
        Assert.Contains("Q1", waiting.GetProperty("detail").GetString());
        await admin.PostJsonAsync($"/api/documents/recycle-bin/folders/{q1}/restore", new { }, HttpStatusCode.OK);
        Assert.Equal(["Sales.txt"], (await admin.GetJsonAsync("/api/documents/recycle-bin")).Names().Where(n => n != "Memo.txt"));
        await admin.PostJsonAsync($"/api/documents/recycle-bin/documents/{inside}/restore", new { }, HttpStatusCode.OK);
        Assert.Equal("s"u8.ToArray(), await DocumentsTestHost.DownloadAsync(admin, inside));

        // Its name was taken meanwhile: 409, or restored as "Memo (2).txt" with its tags.
        await DocumentsTestHost.UploadAsync(admin, reports, "memo.TXT", "new"u8.ToArray());
        await admin.PostJsonAsync($"/api/documents/recycle-bin/documents/{loose}/restore", new { }, HttpStatusCode.Conflict);
        var restored = await admin.PostJsonAsync($"/api/documents/recycle-bin/documents/{loose}/restore?rename=true", new { }, HttpStatusCode.OK);
        Assert.Equal("Memo (2).txt", restored.GetProperty("name").GetString());
        Assert.Equal(["keep"], (await admin.GetJsonAsync($"/api/documents/documents/{loose}")).GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Contains(await documents.Host.DocumentEventsAsync(), e => e.Type == "documents.restored.v1" && e.Payload.GetProperty("name").GetString() == "Memo (2).txt");

        // Purge now: the rows go (versions and tags with them), the item cannot come back.
        var versions = await documents.Host.CountAsync("DocumentVersion");
        await admin.SendCurrentAsync(HttpMethod.Delete, $"/api/documents/folders/{q1}", $"/api/documents/folders/{q1}", null, HttpStatusCode.NoContent);
        await admin.SendAsync(HttpMethod.Delete, $"/api/documents/recycle-bin/folders/{q1}", null, null, HttpStatusCode.NoContent);
        Assert.Equal(versions - 1, await documents.Host.CountAsync("DocumentVersion"));
        await admin.PostJsonAsync($"/api/documents/recycle-bin/folders/{q1}/restore", new { }, HttpStatusCode.NotFound);
        await admin.PostJsonAsync($"/api/documents/recycle-bin/documents/{inside}/restore", new { }, HttpStatusCode.NotFound);
        Assert.Contains(await documents.Host.DocumentEventsAsync(), e => e.Type == "documents.deleted.v1" && e.Payload.GetProperty("purged").GetBoolean() && e.Payload.TryGetProperty("documentId", out var d) && d.ValueKind != System.Text.Json.JsonValueKind.Null && d.GetGuid() == inside);
        Assert.Equal(0, (await admin.GetJsonAsync("/api/documents/recycle-bin")).GetProperty("totalCount").GetInt64());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_daily_purge_removes_what_has_been_in_the_bin_longer_than_the_setting(string provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        using var documents = new DocumentsTestHost(provider, settings: new Dictionary<string, string?> { ["Modules:documents:RecycleBinDays"] = "7" }, time: clock);
        var (_, admin) = await documents.UserAsync("bin-admin", BuiltInRoles.Administrator);
        var root = await DocumentsTestHost.CompanyRootAsync(admin);
        var old = await DocumentsTestHost.CreateFolderAsync(admin, root, "Old");
        await DocumentsTestHost.UploadAsync(admin, old, "Inside.txt", "i"u8.ToArray());
        var recent = (await DocumentsTestHost.UploadAsync(admin, root, "Recent.txt", "r"u8.ToArray())).GetProperty("id").GetGuid();
        await admin.SendCurrentAsync(HttpMethod.Delete, $"/api/documents/folders/{old}", $"/api/documents/folders/{old}", null, HttpStatusCode.NoContent);
        var folders = await documents.Host.CountAsync("Folder");

        clock.Advance(TimeSpan.FromDays(5));
        await admin.SendCurrentAsync(HttpMethod.Delete, $"/api/documents/documents/{recent}", $"/api/documents/documents/{recent}", null, HttpStatusCode.NoContent);
        Assert.Equal(["Recent.txt", "Old"], (await admin.GetJsonAsync("/api/documents/recycle-bin")).Names());

        // Day 8: the next daily round purges the folder (deleted 8 days ago) and keeps the document (3 days).
        clock.Advance(TimeSpan.FromDays(3));
        await HttpAssertions.EventuallyAsync(
            () => documents.Host.CountAsync("Folder"), count => count == folders - 1, because: "the daily purge removes the folder deleted more than 7 days ago");
        Assert.Equal(["Recent.txt"], (await admin.GetJsonAsync("/api/documents/recycle-bin")).Names());
        Assert.Equal(1, await documents.Host.CountAsync("Document"));
    }
}
