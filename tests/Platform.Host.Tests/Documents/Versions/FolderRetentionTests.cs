using System.Net;
using System.Text;
using System.Text.Json;
using Platform.Host.Tests.Hr.Directory;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Security;

namespace Platform.Host.Tests.Documents.Versions;

/// <summary>Version retention set per folder: it overrides the module's settings below the folder, until a folder below sets its own.</summary>
public sealed class FolderRetentionTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_folder_keeps_every_version_below_it_while_the_module_keeps_two_until_the_folder_inherits_again(string provider)
    {
        var settings = new Dictionary<string, string?> { ["Modules:documents:KeepVersions"] = "2" };
        using var documents = new DocumentsTestHost(provider, settings: settings);
        var admin = await documents.AdministratorAsync();
        var root = await DocumentsTestHost.CompanyRootAsync(admin);
        var contracts = await DocumentsTestHost.CreateFolderAsync(admin, root, "Contracts");
        var signed = await DocumentsTestHost.CreateFolderAsync(admin, contracts, "Signed");
        var drafts = await DocumentsTestHost.CreateFolderAsync(admin, contracts, "Drafts");

        var kept = await PutAsync(admin, $"/api/documents/folders/{contracts}/retention", new { keepVersions = (int?)null, thinVersionsAfterDays = (int?)null });
        Assert.True(kept.GetProperty("ownRetention").GetBoolean());
        await PutAsync(admin, $"/api/documents/folders/{drafts}/retention", new { keepVersions = 3 });

        var inRoot = await UploadVersionsAsync(admin, root, "memo.txt", 4);
        var inSigned = await UploadVersionsAsync(admin, signed, "lease.txt", 4);
        var inDrafts = await UploadVersionsAsync(admin, drafts, "offer.txt", 4);
        Assert.Equal([4, 3], await NumbersAsync(admin, inRoot));
        Assert.Equal([4, 3, 2, 1], await NumbersAsync(admin, inSigned));
        Assert.Equal([4, 3, 2], await NumbersAsync(admin, inDrafts));

        // Each folder tells which rules are in force and where they come from.
        var view = await admin.GetJsonAsync($"/api/documents/folders/{signed}/retention");
        Assert.False(view.GetProperty("ownRetention").GetBoolean());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("keepVersions").ValueKind);
        Assert.Equal(("Folder", contracts, "Contracts"), Source(view));
        var top = await admin.GetJsonAsync($"/api/documents/folders/{root}/retention");
        Assert.Equal((2, "Module"), (top.GetProperty("keepVersions").GetInt32(), Source(top).Kind));

        // Cleared, Contracts inherits the module's cap again, and the next version trims the lease to two.
        var cleared = await DeleteAsync(admin, $"/api/documents/folders/{contracts}/retention");
        Assert.False(cleared.GetProperty("ownRetention").GetBoolean());
        await DocumentsTestHost.UploadVersionAsync(admin, inSigned, Encoding.UTF8.GetBytes("lease 5"));
        Assert.Equal([5, 4], await NumbersAsync(admin, inSigned));
        Assert.Equal(("Folder", drafts, "Drafts"), Source(await admin.GetJsonAsync($"/api/documents/folders/{drafts}/retention")));

        // A copy of a folder takes its own rules along.
        var copy = (await admin.PostJsonAsync($"/api/documents/folders/{drafts}/copy", new { targetFolderId = root }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var copied = await admin.GetJsonAsync($"/api/documents/folders/{copy}/retention");
        Assert.Equal((true, 3, "Folder", (Guid?)copy), (copied.GetProperty("ownRetention").GetBoolean(), copied.GetProperty("keepVersions").GetInt32(), Source(copied).Kind, Source(copied).FolderId));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_those_who_manage_a_folder_set_its_retention_and_bad_values_or_stale_versions_are_refused(string provider)
    {
        using var documents = new DocumentsTestHost(provider);
        var admin = await documents.AdministratorAsync();
        var (_, erin) = await documents.UserAsync("erin");
        var folder = await DocumentsTestHost.CreateFolderAsync(admin, await DocumentsTestHost.CompanyRootAsync(admin), "Archive");
        var url = $"/api/documents/folders/{folder}/retention";

        Assert.Equal("Module", Source(await erin.GetJsonAsync(url)).Kind);
        await PutAsync(erin, url, new { keepVersions = 5 }, HttpStatusCode.Forbidden);
        await DeleteAsync(erin, url, HttpStatusCode.Forbidden);
        await admin.GetJsonAsync($"/api/documents/folders/{Guid.NewGuid()}/retention", HttpStatusCode.NotFound);

        var invalid = await PutAsync(admin, url, new { keepVersions = 0, thinVersionsAfterDays = 40_000 }, HttpStatusCode.BadRequest);
        Assert.NotEmpty(invalid.FieldErrors("keepVersions"));
        Assert.NotEmpty(invalid.FieldErrors("thinVersionsAfterDays"));

        await (await admin.SendWithIfMatchAsync(HttpMethod.Put, url, new { keepVersions = 5 }, null)).ReadJsonAsync(HttpStatusCode.PreconditionRequired);
        await (await admin.SendWithIfMatchAsync(HttpMethod.Put, url, new { keepVersions = 5 }, "\"999\"")).ReadJsonAsync(HttpStatusCode.PreconditionFailed);
        var set = await PutAsync(admin, url, new { keepVersions = 5, thinVersionsAfterDays = 30 });
        Assert.Equal((5, 30), (set.GetProperty("keepVersions").GetInt32(), set.GetProperty("thinVersionsAfterDays").GetInt32()));
    }

    private static Task<JsonElement> PutAsync(HttpClient client, string url, object body, HttpStatusCode expected = HttpStatusCode.OK) =>
        client.PutCurrentAsync(url, body, expected);

    // With the ETag just read, as PutCurrentAsync does for a PUT.
    private static async Task<JsonElement> DeleteAsync(HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var current = await client.GetAsync(url);
        return await (await client.SendWithIfMatchAsync(HttpMethod.Delete, url, null, current.Headers.ETag!.Tag)).ReadJsonAsync(expected);
    }

    private static async Task<Guid> UploadVersionsAsync(HttpClient client, Guid folder, string name, int count)
    {
        var id = (await DocumentsTestHost.UploadAsync(client, folder, name, Encoding.UTF8.GetBytes($"{name} 1"))).GetProperty("id").GetGuid();
        for (var n = 2; n <= count; n++)
        {
            await DocumentsTestHost.UploadVersionAsync(client, id, Encoding.UTF8.GetBytes($"{name} {n}"));
        }

        return id;
    }

    private static async Task<List<int>> NumbersAsync(HttpClient client, Guid documentId) =>
        (await client.GetJsonAsync($"/api/documents/documents/{documentId}/versions")).EnumerateArray().Select(v => v.GetProperty("number").GetInt32()).ToList();

    private static (string Kind, Guid? FolderId, string? FolderName) Source(JsonElement view)
    {
        var source = view.GetProperty("source");
        var folderId = source.GetProperty("folderId");
        return (source.GetProperty("kind").GetString()!, folderId.ValueKind == JsonValueKind.Null ? null : folderId.GetGuid(), source.GetProperty("folderName").GetString());
    }
}
