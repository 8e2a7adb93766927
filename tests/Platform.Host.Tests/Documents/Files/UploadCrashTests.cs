using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Documents.Files;

/// <summary>
/// kill -9 of the host while a large version is being uploaded: after a restart on the same data folder and database,
/// every document opens, every version's content hashes to what its row says, and no file under a hash path is partial.
/// </summary>
public sealed class UploadCrashTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_host_killed_mid_upload_restarts_with_every_version_whole_and_no_partial_blob(string provider)
    {
        using var database = TestDatabase.Create(provider);
        var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("documents"));
        var data = _temp.Combine("data");
        string[] settings = [$"--Platform:Plugins:Paths:0={plugins.Path}", $"--Platform:DataDirectory={data}", .. database.Settings().Select(s => $"--{s.Key}={s.Value}")];
        var client = await HostProcess.RegisterClientAsync(settings, "documents.read", "documents.write", "documents.manage");
        var blobs = Path.Combine(data, "blobs", "documents");
        var documents = new List<Guid>();
        Guid target;

        using (var first = await HostProcess.StartAsync(settings))
        {
            await first.AuthorizeAsync(client);
            var root = await DocumentsTestHost.CompanyRootAsync(first.Client);
            for (var i = 0; i < 3; i++)
            {
                var document = await DocumentsTestHost.UploadAsync(first.Client, root, $"file-{i}.bin", RandomNumberGenerator.GetBytes(100_000 + i));
                documents.Add(document.GetProperty("id").GetGuid());
            }

            target = documents[0];
            await DocumentsTestHost.UploadVersionAsync(first.Client, target, RandomNumberGenerator.GetBytes(50_000));

            // A gigabyte-sized new version, cut by the kill once a good part of it is on disk.
            using var uploader = new HttpClient { BaseAddress = first.Client.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
            uploader.DefaultRequestHeaders.Authorization = first.Client.DefaultRequestHeaders.Authorization;
            using var body = new StreamContent(new SeededStream(1024L * 1024 * 1024, 7), 256 * 1024);
            body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            var upload = uploader.PutAsync($"/api/documents/documents/{target}/content", body);
            await HttpAssertions.EventuallyAsync(
                () => Task.FromResult(Directory.GetFiles(Path.Combine(blobs, ".tmp")).Select(f => new FileInfo(f).Length).DefaultIfEmpty(0).Max()),
                written => written > 16 * 1024 * 1024 || upload.IsCompleted,
                TimeSpan.FromSeconds(60),
                "the upload is under way");
            Assert.False(upload.IsCompleted, "the upload finished before the kill");
            first.KillHard();
            await Assert.ThrowsAnyAsync<Exception>(() => upload);
        }

        using (var second = await HostProcess.StartAsync(settings))
        {
            await second.AuthorizeAsync(client);
            foreach (var id in documents)
            {
                var document = await second.Client.GetJsonAsync($"/api/documents/documents/{id}");
                var versions = document.GetProperty("versionNumber").GetInt32();
                Assert.Equal(id == target ? 2 : 1, versions);
                Assert.Equal(document.GetProperty("hash").GetString(), await HashOfAsync(second.Client, $"/api/documents/documents/{id}/content"));
                for (var number = 1; number <= versions; number++)
                {
                    var response = await second.Client.GetAsync($"/api/documents/documents/{id}/versions/{number}/content");
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    Assert.Equal(response.Headers.ETag!.Tag.Trim('"'), Convert.ToHexStringLower(SHA256.HashData(await response.Content.ReadAsByteArrayAsync())));
                }
            }
        }

        // Every file under a hash path holds exactly the content that hashes to its name: the cut upload left none.
        var stored = Directory.GetDirectories(blobs, "??").SelectMany(d => Directory.GetFiles(d, "*", SearchOption.AllDirectories)).ToList();
        // Three documents and the second version of one: the cut version added no blob.
        Assert.Equal(4, stored.Count);
        foreach (var path in stored)
        {
            await using var file = File.OpenRead(path);
            Assert.Equal(Path.GetFileName(path), Convert.ToHexStringLower(await SHA256.HashDataAsync(file)));
        }
    }

    private static async Task<string> HashOfAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Convert.ToHexStringLower(SHA256.HashData(await response.Content.ReadAsByteArrayAsync()));
    }
}
