using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Platform.Host.Tests.Documents.Folders;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Security;

namespace Platform.Host.Tests.Documents.Files;

/// <summary>
/// Whole-file uploads over the real pipeline: a raw body or a multipart form, the name rules and what happens when a
/// name is taken, new versions (If-Match, comment), the size limit, and bodies that do not arrive whole — each of which
/// leaves no document, no version and no temporary file.
/// </summary>
public sealed class FileUploadTests
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Raw_and_multipart_uploads_store_the_file_with_a_sniffed_type_and_taken_names_fail_rename_or_add_a_version(string provider)
    {
        using var documents = new DocumentsTestHost(provider);
        var admin = await documents.AdministratorAsync();
        var folder = await DocumentsTestHost.CreateFolderAsync(admin, await DocumentsTestHost.CompanyRootAsync(admin), "Uploads");
        var url = $"/api/documents/folders/{folder}/files";

        // Raw body, named by its Content-Disposition (filename* for any script); the bytes are a PNG whatever the name says.
        using (var raw = new ByteArrayContent(Png))
        {
            raw.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            raw.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = "Übersicht 📊.pdf" };
            var png = await (await admin.PostAsync(url + "?tags=scan,Q3&tags=scan", raw)).ReadJsonAsync(HttpStatusCode.Created);
            Assert.Equal("Übersicht 📊.pdf", png.GetProperty("name").GetString());
            Assert.Equal("image/png", png.GetProperty("contentType").GetString());
            Assert.Equal(["Q3", "scan"], png.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        }

        // A browser form: fields before and after the file part, the file streamed in between.
        var text = Encoding.UTF8.GetBytes("# Minutes\n\nAll agreed.");
        using (var form = new MultipartFormDataContent())
        {
            form.Add(new StringContent("budget"), "tags");
            form.Add(new ByteArrayContent(text), "file", "minutes.md");
            form.Add(new StringContent("First draft"), "comment");
            var minutes = await (await admin.PostAsync(url, form)).ReadJsonAsync(HttpStatusCode.Created);
            Assert.Equal("minutes.md", minutes.GetProperty("name").GetString());
            Assert.Equal("text/markdown", minutes.GetProperty("contentType").GetString());
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(text)), minutes.GetProperty("hash").GetString());
            Assert.Equal(text, await DocumentsTestHost.DownloadAsync(admin, minutes.GetProperty("id").GetGuid()));
        }

        // Taken (regardless of case): 409 by default, a numbered name on request, or a new version of that document.
        var conflict = await DocumentsTestHost.UploadAsync(admin, folder, "MINUTES.md", text, HttpStatusCode.Conflict);
        Assert.Contains("onConflict", conflict.GetProperty("detail").GetString());
        var renamed = await PostAsync(admin, url + "?name=Minutes.md&onConflict=rename", text, HttpStatusCode.Created);
        Assert.Equal("Minutes (2).md", renamed.GetProperty("name").GetString());
        var renamedAgain = await PostAsync(admin, url + "?name=Minutes (2).md&onConflict=rename", text, HttpStatusCode.Created);
        Assert.Equal("Minutes (3).md", renamedAgain.GetProperty("name").GetString());
        var versioned = await PostAsync(admin, url + "?name=minutes.MD&onConflict=version&comment=Final", Encoding.UTF8.GetBytes("# Minutes\n\nFinal."), HttpStatusCode.OK);
        Assert.Equal("minutes.md", versioned.GetProperty("name").GetString());
        Assert.Equal(2, versioned.GetProperty("versionNumber").GetInt32());

        var badInput = await PostAsync(admin, url + "?name=../secret.txt&onConflict=overwrite", text, HttpStatusCode.BadRequest);
        Assert.Contains("onConflict", badInput.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        var badName = await PostAsync(admin, url + "?name=..%2Fsecret.txt", text, HttpStatusCode.BadRequest);
        Assert.Contains("/", badName.GetProperty("errors").GetProperty("name")[0].GetString());
        await PostAsync(admin, url, text, HttpStatusCode.BadRequest); // no name anywhere

        // New content of a document: If-Match is optional, but a stale one is refused; the comment may come as a header.
        var id = versioned.GetProperty("id").GetGuid();
        var etag = await ETagAsync(admin, id);
        using (var stale = Body(text))
        {
            var request = new HttpRequestMessage(HttpMethod.Put, $"/api/documents/documents/{id}/content") { Content = stale };
            request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"0\""));
            await (await admin.SendAsync(request)).ReadJsonAsync(HttpStatusCode.PreconditionFailed);
        }

        using (var fresh = Body(Png))
        {
            var request = new HttpRequestMessage(HttpMethod.Put, $"/api/documents/documents/{id}/content") { Content = fresh };
            request.Headers.IfMatch.Add(etag);
            request.Headers.Add("Version-Comment", "Scanned copy");
            var third = await (await admin.SendAsync(request)).ReadJsonAsync(HttpStatusCode.OK);
            Assert.Equal(3, third.GetProperty("versionNumber").GetInt32());
            Assert.Equal("image/png", third.GetProperty("contentType").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Oversized_cut_padded_and_abandoned_uploads_leave_no_document_no_version_and_no_temporary_file(string provider)
    {
        using var documents = new DocumentsTestHost(provider, settings: new Dictionary<string, string?> { ["Modules:documents:MaxUploadBytes"] = "100000" });
        var admin = await documents.AdministratorAsync();
        var folder = await DocumentsTestHost.CreateFolderAsync(admin, await DocumentsTestHost.CompanyRootAsync(admin), "Limits");
        var url = $"/api/documents/folders/{folder}/files?name=big.bin";
        var existing = await DocumentsTestHost.UploadAsync(admin, folder, "existing.bin", new byte[10]);
        var existingId = existing.GetProperty("id").GetGuid();

        // Declared over the limit: refused before reading. Undeclared (chunked) over the limit: cut off once it passes.
        using (var declared = new StreamContent(new SeededStream(100_001, 1)))
        {
            declared.Headers.ContentLength = 100_001;
            var problem = await (await admin.PostAsync(url, declared)).ReadJsonAsync(HttpStatusCode.RequestEntityTooLarge);
            Assert.Equal(100_000, problem.GetProperty("maxBytes").GetInt64());
        }

        using (var chunked = new StreamContent(new SeededStream(300_000, 2)))
        {
            await (await admin.PostAsync(url, chunked)).ReadJsonAsync(HttpStatusCode.RequestEntityTooLarge);
        }

        using (var form = new MultipartFormDataContent())
        {
            form.Add(new StreamContent(new SeededStream(100_001, 3)), "file", "big.bin");
            await (await admin.PostAsync(url, form)).ReadJsonAsync(HttpStatusCode.RequestEntityTooLarge);
        }

        // A body shorter or longer than its Content-Length.
        var shorter = await (await admin.PostAsync(url, MisdeclaredContent.Of(new byte[500], 1000))).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("1000", shorter.GetProperty("detail").GetString());
        var longer = await (await admin.PostAsync(url, MisdeclaredContent.Of(new byte[1500], 1000))).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("longer", longer.GetProperty("detail").GetString());
        await (await admin.PutAsync($"/api/documents/documents/{existingId}/content", MisdeclaredContent.Of(new byte[500], 1000))).ReadJsonAsync(HttpStatusCode.BadRequest);

        // A client whose connection breaks mid-upload, for a new document and for a new version.
        await Assert.ThrowsAnyAsync<Exception>(() => admin.PostAsync(url, new StreamContent(new SeededStream(90_000, 4, failAfter: 40_000))));
        await Assert.ThrowsAnyAsync<Exception>(() => admin.PutAsync($"/api/documents/documents/{existingId}/content", new StreamContent(new SeededStream(90_000, 5, failAfter: 40_000))));

        var temp = Path.Combine(documents.BlobsPath, ".tmp");
        await HttpAssertions.EventuallyAsync(() => Task.FromResult(Directory.GetFiles(temp).Length), n => n == 0, TimeSpan.FromSeconds(10), "the temporary files of failed uploads are deleted");
        var unchanged = await admin.GetJsonAsync($"/api/documents/documents/{existingId}");
        Assert.Equal(1, unchanged.GetProperty("versionNumber").GetInt32());
        Assert.Equal(existing.GetProperty("hash").GetString(), unchanged.GetProperty("hash").GetString());

        // Nothing took the name, and exactly the limit is accepted.
        var accepted = await PostAsync(admin, url, new byte[100_000], HttpStatusCode.Created);
        Assert.Equal(100_000, accepted.GetProperty("length").GetInt64());
        var blobs = Directory.GetFiles(documents.BlobsPath, "*", SearchOption.AllDirectories).Where(f => !f.Contains(".staging", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, blobs.Count); // the two stored files, nothing else
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_file_the_disk_has_no_room_for_is_refused_with_507_before_its_body_and_leaves_nothing(string provider)
    {
        using var documents = new DocumentsTestHost(provider, settings: new Dictionary<string, string?> { ["Modules:documents:MaxUploadBytes"] = long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        // A signed-in user's client streams its bodies (the administrator's test client buffers them for redirects).
        var (_, admin) = await documents.UserAsync("ana", BuiltInRoles.Manager);
        var folder = await DocumentsTestHost.CreateFolderAsync(admin, await DocumentsTestHost.CompanyRootAsync(admin), "Full disk");
        var existing = await DocumentsTestHost.UploadAsync(admin, folder, "existing.bin", new byte[10]);
        var existingId = existing.GetProperty("id").GetGuid();
        var tooLarge = new DriveInfo(documents.BlobsPath).AvailableFreeSpace + (1L << 40);

        // The store reserves the announced length before it reads a byte: a disk without room answers at once.
        var problem = await (await admin.PostAsync($"/api/documents/folders/{folder}/files?name=huge.bin", MisdeclaredContent.Of(new byte[1000], tooLarge))).ReadJsonAsync(HttpStatusCode.InsufficientStorage);
        Assert.Equal("The document store is full.", problem.GetProperty("title").GetString());
        Assert.Contains("Nothing was stored", problem.GetProperty("detail").GetString());
        await (await admin.PutAsync($"/api/documents/documents/{existingId}/content", MisdeclaredContent.Of(new byte[1000], tooLarge))).ReadJsonAsync(HttpStatusCode.InsufficientStorage);

        Assert.Equal(["existing.bin"], (await admin.GetJsonAsync($"/api/documents/folders/{folder}/children")).Names());
        Assert.Equal(1, (await admin.GetJsonAsync($"/api/documents/documents/{existingId}")).GetProperty("versionNumber").GetInt32());
        Assert.Empty(Directory.GetFiles(Path.Combine(documents.BlobsPath, ".tmp")));
    }

    private static ByteArrayContent Body(byte[] content)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return body;
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string url, byte[] content, HttpStatusCode expected)
    {
        using var body = Body(content);
        return await (await client.PostAsync(url, body)).ReadJsonAsync(expected);
    }

    private static async Task<EntityTagHeaderValue> ETagAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/documents/documents/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag!;
    }
}
