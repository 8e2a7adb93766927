using System.Net;
using System.Security.Cryptography;
using System.Text;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Documents;

/// <summary>The module's backbone end to end: the company space, a folder, an upload, a new version, a download, and who sees it.</summary>
public sealed class DocumentsSmokeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_file_uploaded_to_a_folder_is_stored_by_its_hash_and_downloads_as_uploaded(string provider)
    {
        using var documents = new DocumentsTestHost(provider);
        var admin = await documents.AdministratorAsync();
        var root = await DocumentsTestHost.CompanyRootAsync(admin);
        var policies = await DocumentsTestHost.CreateFolderAsync(admin, root, "Policies");
        await admin.PostJsonAsync("/api/documents/folders", new { parentId = root, name = "POLICIES" }, HttpStatusCode.Conflict);

        var first = Encoding.UTF8.GetBytes("Travel policy, first draft");
        var uploaded = await DocumentsTestHost.UploadAsync(admin, policies, "Travel.txt", first);
        var id = uploaded.GetProperty("id").GetGuid();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(first)), uploaded.GetProperty("hash").GetString());
        Assert.True(File.Exists(Path.Combine(documents.BlobsPath, uploaded.GetProperty("hash").GetString()![..2], uploaded.GetProperty("hash").GetString()![2..4], uploaded.GetProperty("hash").GetString()!)));

        var second = Encoding.UTF8.GetBytes("Travel policy, approved");
        var updated = await DocumentsTestHost.UploadVersionAsync(admin, id, second, comment: "Approved by the board");
        Assert.Equal(2, updated.GetProperty("versionNumber").GetInt32());
        Assert.Equal(second, await DocumentsTestHost.DownloadAsync(admin, id));

        // Employees read the company space but may not write to it; a client without documents.read gets nothing.
        var (_, employee) = await documents.UserAsync("erin");
        Assert.Equal(second, await DocumentsTestHost.DownloadAsync(employee, id));
        await DocumentsTestHost.UploadAsync(employee, policies, "Mine.txt", first, HttpStatusCode.Forbidden);
        var outsider = await documents.Host.CreateClientWithPermissionsAsync("projects.read");
        await outsider.GetJsonAsync($"/api/documents/documents/{id}", HttpStatusCode.Forbidden);
    }
}
