using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Platform.Host.Tests.Documents.Uploads;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Security;

namespace Platform.Host.Tests.Documents.Versions;

/// <summary>A document's history: listing versions, restoring an old one as a new one, and retention trimming old ones.</summary>
public sealed class VersionHistoryTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_old_version_is_restored_as_a_new_one_pointing_at_the_same_content_and_retention_keeps_the_newest(string provider)
    {
        var settings = new Dictionary<string, string?> { ["Modules:documents:KeepVersions"] = "3" };
        using var documents = new DocumentsTestHost(provider, settings: settings);
        var (anaId, ana) = await documents.UserAsync("ana", BuiltInRoles.Manager);
        var folder = await DocumentsTestHost.CreateFolderAsync(ana, await DocumentsTestHost.CompanyRootAsync(ana), "Contracts");
        var v1 = Encoding.UTF8.GetBytes("Contract, draft");
        var id = (await DocumentsTestHost.UploadAsync(ana, folder, "Contract.txt", v1)).GetProperty("id").GetGuid();
        var v2 = Encoding.UTF8.GetBytes("Contract, signed");
        var url = await TusClient.StartAsync(ana, v2.Length, ("documentId", id), ("comment", "Signed"));
        await TusClient.FinishAsync(ana, url, 0, v2);

        var list = await ana.GetAsync($"/api/documents/documents/{id}/versions");
        var etag = list.Headers.ETag!.Tag;
        var versions = (await list.ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal([2, 1], versions.Select(v => v.GetProperty("number").GetInt32()));
        Assert.Equal(anaId, versions[0].GetProperty("author").GetProperty("id").GetGuid());
        Assert.Equal(v2.Length, versions[0].GetProperty("length").GetInt64());
        Assert.False(versions[1].GetProperty("isCurrent").GetBoolean());

        // Readers see the history but may not restore; unknown versions and stale ETags are refused.
        var (_, erin) = await documents.UserAsync("erin");
        Assert.Equal(2, (await erin.GetJsonAsync($"/api/documents/documents/{id}/versions")).GetArrayLength());
        await erin.PostJsonAsync($"/api/documents/documents/{id}/versions/1/restore", new { }, HttpStatusCode.Forbidden);
        await ana.PostJsonAsync($"/api/documents/documents/{id}/versions/9/restore", new { }, HttpStatusCode.NotFound);
        await ana.GetJsonAsync($"/api/documents/documents/{Guid.NewGuid()}/versions", HttpStatusCode.NotFound);
        var staleRestore = new HttpRequestMessage(HttpMethod.Post, $"/api/documents/documents/{id}/versions/1/restore") { Content = JsonContent.Create(new { }) };
        staleRestore.Headers.TryAddWithoutValidation("If-Match", "\"0\"");
        await (await ana.SendAsync(staleRestore)).ReadJsonAsync(HttpStatusCode.PreconditionFailed);

        var restore = new HttpRequestMessage(HttpMethod.Post, $"/api/documents/documents/{id}/versions/1/restore") { Content = JsonContent.Create(new { }) };
        restore.Headers.TryAddWithoutValidation("If-Match", etag);
        var restored = await (await ana.SendAsync(restore)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(3, restored.GetProperty("number").GetInt32());
        Assert.Equal(1, restored.GetProperty("restoredFrom").GetInt32());
        Assert.Equal("Restored from version 1", restored.GetProperty("comment").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(v1)), restored.GetProperty("hash").GetString());
        Assert.Equal(v1, await DocumentsTestHost.DownloadAsync(ana, id));
        Assert.Equal(3, (await ana.GetJsonAsync($"/api/documents/documents/{id}")).GetProperty("versionNumber").GetInt32());

        // A fourth version makes retention (KeepVersions 3) drop the oldest; numbers are never reused.
        await ana.PostJsonAsync($"/api/documents/documents/{id}/versions/2/restore", new { comment = "Back to signed" }, HttpStatusCode.Created);
        versions = (await ana.GetJsonAsync($"/api/documents/documents/{id}/versions")).EnumerateArray().ToList();
        Assert.Equal([4, 3, 2], versions.Select(v => v.GetProperty("number").GetInt32()));
        Assert.Equal("Back to signed", versions[0].GetProperty("comment").GetString());
        Assert.True(versions[0].GetProperty("isCurrent").GetBoolean());
        await ana.PostJsonAsync($"/api/documents/documents/{id}/versions/1/restore", new { }, HttpStatusCode.NotFound);
    }
}
