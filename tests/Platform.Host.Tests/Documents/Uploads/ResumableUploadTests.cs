using System.Net;
using System.Security.Cryptography;
using System.Text;
using Platform.Host.Tests.Documents.Files;
using Platform.Host.Tests.Hr.Directory;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Security;

namespace Platform.Host.Tests.Documents.Uploads;

/// <summary>
/// Resumable uploads as a tus 1.0 client sees them: discovery, creation with metadata, PATCHes at offsets, a cut
/// connection resumed with HEAD, completion into a document (or a new version) with the content's hash, and the
/// answers for every kind of wrong request.
/// </summary>
public sealed class ResumableUploadTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_upload_cut_off_midway_resumes_from_the_offset_HEAD_reports_and_completes_as_a_document_with_its_hash(string provider)
    {
        using var documents = new DocumentsTestHost(provider);
        var (_, ana) = await documents.UserAsync("ana", BuiltInRoles.Manager);
        var folder = await DocumentsTestHost.CreateFolderAsync(ana, await DocumentsTestHost.CompanyRootAsync(ana), "Recordings");

        var discovery = await ana.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/api/documents/uploads"));
        Assert.Equal(HttpStatusCode.NoContent, discovery.StatusCode);
        Assert.Equal("1.0.0", discovery.Headers.GetValues("Tus-Version").Single());
        Assert.Equal(
            ["creation", "creation-with-upload", "creation-defer-length", "termination", "expiration"],
            discovery.Headers.GetValues("Tus-Extension").Single().Split(','));
        Assert.Equal((2L * 1024 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture), discovery.Headers.GetValues("Tus-Max-Size").Single());

        var content = RandomNumberGenerator.GetBytes(300_000);
        var url = await TusClient.StartAsync(ana, content.Length, ("folderId", folder), ("filename", "standup.bin"), ("comment", "Raw recording"));
        Assert.StartsWith("/api/documents/uploads/", url, StringComparison.Ordinal);

        var first = await TusClient.PatchAsync(ana, url, 0, content[..100_000]);
        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(100_000, TusClient.OffsetOf(first));
        Assert.True(first.Headers.Contains("Upload-Expires"));

        // Wrong offset, wrong content type, no protocol version: refused, nothing written.
        var stale = await TusClient.PatchAsync(ana, url, 0, content[..10]);
        Assert.Equal(100_000, (await stale.ReadJsonAsync(HttpStatusCode.Conflict)).GetProperty("uploadOffset").GetInt64());
        await (await TusClient.PatchAsync(ana, url, 100_000, new ByteArrayContent(content[100_000..]), "application/octet-stream")).ReadJsonAsync(HttpStatusCode.UnsupportedMediaType);
        var unversioned = new HttpRequestMessage(HttpMethod.Head, url);
        var refused = await ana.SendAsync(unversioned);
        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
        Assert.Equal("1.0.0", refused.Headers.GetValues("Tus-Version").Single());

        // The connection stalls 50,000 bytes into the second PATCH, then is cut: what arrived is kept.
        using (var connection = new CancellationTokenSource())
        {
            var cut = TusClient.PatchAsync(ana, url, 100_000, new StreamContent(new StallingStream(content[100_000..], 50_000, connection.Token)), connection: connection.Token);
            await HttpAssertions.EventuallyAsync(
                async () => TusClient.OffsetOf(await TusClient.HeadAsync(ana, url)), offset => offset == 150_000, because: "HEAD reports the bytes written while the PATCH runs");
            await connection.CancelAsync();
            // The server ends the cut PATCH by keeping what it wrote; the client hears that or its own cancellation.
            var answer = await Record.ExceptionAsync(async () => (await cut).EnsureSuccessStatusCode());
            Assert.True(answer is OperationCanceledException or HttpRequestException, $"The cut PATCH ended with {answer}.");
        }

        var head = await TusClient.HeadAsync(ana, url);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(150_000, TusClient.OffsetOf(head));
        Assert.Equal("300000", head.Headers.GetValues("Upload-Length").Single());
        Assert.True(head.Headers.CacheControl!.NoStore);

        // An upload is its uploader's alone.
        var (_, ben) = await documents.UserAsync("ben", BuiltInRoles.Manager);
        Assert.Equal(HttpStatusCode.NotFound, (await TusClient.HeadAsync(ben, url)).StatusCode);
        await (await TusClient.PatchAsync(ben, url, 150_000, content[150_000..])).ReadJsonAsync(HttpStatusCode.NotFound);

        var documentId = await TusClient.FinishAsync(ana, url, TusClient.OffsetOf(head), content);
        var document = await ana.GetJsonAsync($"/api/documents/documents/{documentId}");
        Assert.Equal("standup.bin", document.GetProperty("name").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), document.GetProperty("hash").GetString());
        Assert.Equal(content.Length, document.GetProperty("length").GetInt64());
        Assert.Equal(content, await DocumentsTestHost.DownloadAsync(ana, documentId));
        var version = Assert.Single((await ana.GetJsonAsync($"/api/documents/documents/{documentId}/versions")).EnumerateArray());
        Assert.Equal("Raw recording", version.GetProperty("comment").GetString());
        Assert.Equal("ana", version.GetProperty("author").GetProperty("name").GetString());

        // A completed upload reports its document; repeating the final PATCH (a lost answer) says the same again.
        var done = await TusClient.HeadAsync(ana, url);
        Assert.Equal(300_000, TusClient.OffsetOf(done));
        Assert.Equal(documentId.ToString(), done.Headers.GetValues("Platform-Document-Id").Single());
        var repeated = await TusClient.PatchAsync(ana, url, 300_000, []);
        Assert.Equal(HttpStatusCode.NoContent, repeated.StatusCode);
        Assert.Equal(documentId.ToString(), repeated.Headers.GetValues("Platform-Document-Id").Single());

        // A new version through tus, named by documentId; the version's hash is the new content's.
        var second = Encoding.UTF8.GetBytes("edited recording");
        var versionUrl = await TusClient.StartAsync(ana, second.Length, ("documentId", documentId), ("comment", "Edited"));
        Assert.Equal(documentId, await TusClient.FinishAsync(ana, versionUrl, 0, second));
        var versions = (await ana.GetJsonAsync($"/api/documents/documents/{documentId}/versions")).EnumerateArray().ToList();
        Assert.Equal([2, 1], versions.Select(v => v.GetProperty("number").GetInt32()));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(second)), versions[0].GetProperty("hash").GetString());
        Assert.True(versions[0].GetProperty("isCurrent").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Uploads_are_checked_before_any_byte_is_sent_and_may_be_cancelled(string provider)
    {
        var settings = new Dictionary<string, string?> { ["Modules:documents:MaxUploadBytes"] = "1000000" };
        using var documents = new DocumentsTestHost(provider, settings: settings);
        var (_, ana) = await documents.UserAsync("ana", BuiltInRoles.Manager);
        var folder = await DocumentsTestHost.CreateFolderAsync(ana, await DocumentsTestHost.CompanyRootAsync(ana), "Drafts");
        await DocumentsTestHost.UploadAsync(ana, folder, "Plan.txt", Encoding.UTF8.GetBytes("plan"));

        var hostile = await (await TusClient.CreateAsync(ana, 10, ("folderId", folder), ("filename", "../x"))).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(hostile.FieldErrors("Upload-Metadata.filename"));
        var noTarget = await (await TusClient.CreateAsync(ana, 10, ("filename", "a.txt"))).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(noTarget.FieldErrors("Upload-Metadata"));
        var noLength = TusClient.Request(HttpMethod.Post, "/api/documents/uploads");
        Assert.NotEmpty((await (await ana.SendAsync(noLength)).ReadJsonAsync(HttpStatusCode.BadRequest)).FieldErrors("Upload-Length"));
        await (await TusClient.CreateAsync(ana, 10, ("folderId", folder), ("filename", "PLAN.TXT"))).ReadJsonAsync(HttpStatusCode.Conflict);
        await (await TusClient.CreateAsync(ana, 2_000_000, ("folderId", folder), ("filename", "big.bin"))).ReadJsonAsync(HttpStatusCode.RequestEntityTooLarge);
        await (await TusClient.CreateAsync(ana, 10, ("folderId", Guid.NewGuid()), ("filename", "a.txt"))).ReadJsonAsync(HttpStatusCode.NotFound);
        var (_, erin) = await documents.UserAsync("erin");
        await (await TusClient.CreateAsync(erin, 10, ("folderId", folder), ("filename", "a.txt"))).ReadJsonAsync(HttpStatusCode.Forbidden);

        // A body past Upload-Length is refused; the upload keeps what it held.
        var url = await TusClient.StartAsync(ana, 10, ("folderId", folder), ("filename", "ten.bin"));
        await (await TusClient.PatchAsync(ana, url, 0, new byte[20])).ReadJsonAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, TusClient.OffsetOf(await TusClient.HeadAsync(ana, url)));

        // Termination, here through X-HTTP-Method-Override as clients behind restrictive proxies send it.
        var partial = await TusClient.PatchAsync(ana, url, 0, new byte[4]);
        Assert.Equal(4, TusClient.OffsetOf(partial));
        var overridden = TusClient.Request(HttpMethod.Post, url);
        overridden.Headers.Add("X-HTTP-Method-Override", "DELETE");
        Assert.Equal(HttpStatusCode.NoContent, (await ana.SendAsync(overridden)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await TusClient.HeadAsync(ana, url)).StatusCode);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(documents.BlobsPath, ".staging")));

        // An empty file is complete as soon as it is created.
        var empty = await TusClient.CreateAsync(ana, 0, ("folderId", folder), ("filename", "empty.txt"));
        Assert.Equal(HttpStatusCode.Created, empty.StatusCode);
        var emptyId = Guid.Parse(empty.Headers.GetValues("Platform-Document-Id").Single());
        Assert.Equal(0, (await ana.GetJsonAsync($"/api/documents/documents/{emptyId}")).GetProperty("length").GetInt64());

        // An empty file that cannot be created leaves nothing staged (it has no session to expire).
        await (await TusClient.CreateAsync(ana, 0, ("folderId", folder), ("filename", "EMPTY.txt"))).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(documents.BlobsPath, ".staging")));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bytes_sent_with_the_creation_are_received_at_once_and_a_refused_creation_leaves_nothing(string provider)
    {
        using var documents = new DocumentsTestHost(provider);
        var (_, ana) = await documents.UserAsync("ana", BuiltInRoles.Manager);
        var folder = await DocumentsTestHost.CreateFolderAsync(ana, await DocumentsTestHost.CompanyRootAsync(ana), "Inbox");
        var staging = Path.Combine(documents.BlobsPath, ".staging");
        var content = RandomNumberGenerator.GetBytes(300_000);

        // The whole file in the creation request: a document at once.
        var whole = await TusClient.CreateWithUploadAsync(ana, content.Length, content, [("folderId", folder), ("filename", "whole.bin")]);
        Assert.True(whole.StatusCode == HttpStatusCode.Created, await whole.Content.ReadAsStringAsync());
        Assert.Equal(content.Length, TusClient.OffsetOf(whole));
        Assert.Equal(content, await DocumentsTestHost.DownloadAsync(ana, Guid.Parse(whole.Headers.GetValues("Platform-Document-Id").Single())));

        // The first part in the creation request, the rest by PATCH from the offset it answered.
        var first = await TusClient.CreateWithUploadAsync(ana, content.Length, content[..100_000], [("folderId", folder), ("filename", "parts.bin")]);
        Assert.Equal((HttpStatusCode.Created, 100_000L), (first.StatusCode, TusClient.OffsetOf(first)));
        Assert.False(first.Headers.Contains("Platform-Document-Id"));
        var url = first.Headers.Location!.OriginalString;
        Assert.Equal(100_000, TusClient.OffsetOf(await TusClient.HeadAsync(ana, url)));
        Assert.Equal(content, await DocumentsTestHost.DownloadAsync(ana, await TusClient.FinishAsync(ana, url, 100_000, content)));

        // Bytes of another type, more bytes than the upload holds, a file under a name already taken: refused, with no
        // staged bytes left behind.
        await (await TusClient.CreateWithUploadAsync(ana, 10, new byte[10], [("folderId", folder), ("filename", "typed.bin")], "application/octet-stream"))
            .ReadJsonAsync(HttpStatusCode.UnsupportedMediaType);
        await (await TusClient.CreateWithUploadAsync(ana, 10, new byte[20], [("folderId", folder), ("filename", "long.bin")]))
            .ReadJsonAsync(HttpStatusCode.RequestEntityTooLarge);
        var pending = await TusClient.StartAsync(ana, 5, ("folderId", folder), ("filename", "taken.bin"));
        await TusClient.FinishAsync(ana, pending, 0, new byte[5]);
        await (await TusClient.CreateWithUploadAsync(ana, 5, new byte[5], [("folderId", folder), ("filename", "TAKEN.bin")]))
            .ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Empty(Directory.EnumerateFiles(staging));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_PATCH_the_disk_has_no_room_for_answers_507_before_its_body_and_keeps_the_bytes_before_it(string provider)
    {
        var settings = new Dictionary<string, string?> { ["Modules:documents:MaxUploadBytes"] = long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        using var documents = new DocumentsTestHost(provider, settings: settings);
        var (_, admin) = await documents.UserAsync("ana", BuiltInRoles.Manager);
        var folder = await DocumentsTestHost.CreateFolderAsync(admin, await DocumentsTestHost.CompanyRootAsync(admin), "Full disk");
        var created = await TusClient.CreateDeferredAsync(admin, ("folderId", folder), ("filename", "huge.bin"));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var url = created.Headers.Location!.OriginalString;
        Assert.Equal(204, (int)(await TusClient.PatchAsync(admin, url, 0, new byte[1000])).StatusCode);

        var tooLarge = new DriveInfo(documents.BlobsPath).AvailableFreeSpace + (1L << 40);
        var full = await TusClient.PatchAsync(admin, url, 1000, MisdeclaredContent.Of(new byte[1000], tooLarge));

        var problem = await full.ReadJsonAsync(HttpStatusCode.InsufficientStorage);
        Assert.Contains("are kept", problem.GetProperty("detail").GetString());
        Assert.Equal(1000, TusClient.OffsetOf(await TusClient.HeadAsync(admin, url)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_upload_of_unknown_length_learns_it_from_a_later_PATCH_and_completes_there(string provider)
    {
        var settings = new Dictionary<string, string?> { ["Modules:documents:MaxUploadBytes"] = "1000000" };
        using var documents = new DocumentsTestHost(provider, settings: settings);
        var (_, ana) = await documents.UserAsync("ana", BuiltInRoles.Manager);
        var folder = await DocumentsTestHost.CreateFolderAsync(ana, await DocumentsTestHost.CompanyRootAsync(ana), "Streams");
        var content = RandomNumberGenerator.GetBytes(250_000);

        var created = await TusClient.CreateDeferredAsync(ana, ("folderId", folder), ("filename", "stream.bin"));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var url = created.Headers.Location!.OriginalString;
        Assert.Equal(204, (int)(await TusClient.PatchAsync(ana, url, 0, content[..100_000])).StatusCode);
        var head = await TusClient.HeadAsync(ana, url);
        Assert.Equal(("1", 100_000L), (head.Headers.GetValues("Upload-Defer-Length").Single(), TusClient.OffsetOf(head)));
        Assert.False(head.Headers.Contains("Upload-Length"));

        // The length must cover what the upload holds, stay within the limit, and never change once named.
        var shorter = await TusClient.PatchWithLengthAsync(ana, url, 100_000, 50_000, []);
        Assert.NotEmpty((await shorter.ReadJsonAsync(HttpStatusCode.BadRequest)).FieldErrors("Upload-Length"));
        await (await TusClient.PatchWithLengthAsync(ana, url, 100_000, 2_000_000, [])).ReadJsonAsync(HttpStatusCode.RequestEntityTooLarge);
        var named = await TusClient.PatchWithLengthAsync(ana, url, 100_000, content.Length, content[100_000..200_000]);
        Assert.Equal((HttpStatusCode.NoContent, 200_000L), (named.StatusCode, TusClient.OffsetOf(named)));
        Assert.Equal(content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), (await TusClient.HeadAsync(ana, url)).Headers.GetValues("Upload-Length").Single());
        var changed = await TusClient.PatchWithLengthAsync(ana, url, 200_000, content.Length + 1, content[200_000..]);
        Assert.NotEmpty((await changed.ReadJsonAsync(HttpStatusCode.BadRequest)).FieldErrors("Upload-Length"));
        Assert.Equal(content, await DocumentsTestHost.DownloadAsync(ana, await TusClient.FinishAsync(ana, url, 200_000, content)));

        // Until its length is named, an upload may not grow past the largest upload allowed; bad headers are refused.
        var unbounded = (await TusClient.CreateDeferredAsync(ana, ("folderId", folder), ("filename", "endless.bin"))).Headers.Location!.OriginalString;
        await (await TusClient.PatchAsync(ana, unbounded, 0, new byte[1_000_001])).ReadJsonAsync(HttpStatusCode.RequestEntityTooLarge);
        var both = TusClient.Request(HttpMethod.Post, "/api/documents/uploads");
        both.Headers.Add("Upload-Defer-Length", "1");
        both.Headers.Add("Upload-Length", "10");
        Assert.NotEmpty((await (await ana.SendAsync(both)).ReadJsonAsync(HttpStatusCode.BadRequest)).FieldErrors("Upload-Length"));
        var two = TusClient.Request(HttpMethod.Post, "/api/documents/uploads");
        two.Headers.Add("Upload-Defer-Length", "2");
        Assert.NotEmpty((await (await ana.SendAsync(two)).ReadJsonAsync(HttpStatusCode.BadRequest)).FieldErrors("Upload-Defer-Length"));

        // An empty stream: its length, zero, completes it.
        var empty = (await TusClient.CreateDeferredAsync(ana, ("folderId", folder), ("filename", "empty.bin"))).Headers.Location!.OriginalString;
        var done = await TusClient.PatchWithLengthAsync(ana, empty, 0, 0, []);
        Assert.Equal(HttpStatusCode.NoContent, done.StatusCode);
        Assert.True(done.Headers.Contains("Platform-Document-Id"));
    }
}
