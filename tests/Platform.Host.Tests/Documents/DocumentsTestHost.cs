using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Security;

namespace Platform.Host.Tests.Documents;

/// <summary>
/// A host with the Documents plugin (and HR when departments matter) on a temp data folder and the given database,
/// with the requests Documents tests make again and again. Dispose it at the end of the test.
/// </summary>
public sealed class DocumentsTestHost : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly TestDatabase _database;

    public DocumentsTestHost(string provider, bool withHr = false, IDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        _database = TestDatabase.Create(provider);
        var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("documents"));
        if (withHr)
        {
            plugins.Add(TestPaths.FirstPartyPlugin("hr"));
        }

        DataPath = _temp.Combine("data");
        Host = new PlatformHost(plugins.Path, DataPath, _database, settings, time);
    }

    public PlatformHost Host { get; }

    /// <summary>The host's data folder (SQLite files, blobs under blobs/documents).</summary>
    public string DataPath { get; }

    /// <summary>The folder holding the module's blobs.</summary>
    public string BlobsPath => Path.Combine(DataPath, "blobs", "documents");

    public Task<HttpClient> AdministratorAsync() => Host.CreateAdministratorClientAsync();

    /// <summary>A signed-in user with the given roles (Employee by default) and their client.</summary>
    public async Task<(Guid UserId, HttpClient Client)> UserAsync(string userName, params string[] roles)
    {
        var userId = await Host.CreateUserAsync(userName, roles.Length == 0 ? [BuiltInRoles.Employee] : roles);
        return (userId, Host.CreateClientAs(TestIdentity.SignedInUser(userId)));
    }

    /// <summary>The root folder of the company space.</summary>
    public static async Task<Guid> CompanyRootAsync(HttpClient client)
    {
        var spaces = await client.GetJsonAsync("/api/documents/spaces");
        return spaces.EnumerateArray().First(s => s.GetProperty("kind").GetString() == "Company").GetProperty("rootFolderId").GetGuid();
    }

    public static async Task<Guid> CreateFolderAsync(HttpClient client, Guid parentId, string name) =>
        (await client.PostJsonAsync("/api/documents/folders", new { parentId, name }, HttpStatusCode.Created)).GetProperty("id").GetGuid();

    /// <summary>Uploads <paramref name="content"/> as a new document and returns its JSON.</summary>
    public static async Task<JsonElement> UploadAsync(HttpClient client, Guid folderId, string name, byte[] content, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var response = await client.PostAsync($"/api/documents/folders/{folderId}/files?name={Uri.EscapeDataString(name)}", body);
        return await response.ReadJsonAsync(expected);
    }

    /// <summary>Uploads new content for a document.</summary>
    public static async Task<JsonElement> UploadVersionAsync(HttpClient client, Guid documentId, byte[] content, HttpStatusCode expected = HttpStatusCode.OK, string? comment = null)
    {
        using var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var url = $"/api/documents/documents/{documentId}/content" + (comment is null ? "" : $"?comment={Uri.EscapeDataString(comment)}");
        return await (await client.PutAsync(url, body)).ReadJsonAsync(expected);
    }

    public static async Task<byte[]> DownloadAsync(HttpClient client, Guid documentId)
    {
        var response = await client.GetAsync($"/api/documents/documents/{documentId}/content");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    public void Dispose()
    {
        Host.Dispose();
        _database.Dispose();
        _temp.Dispose();
    }
}
