using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Platform.Host.Tests.Hr.Directory;
using Platform.Host.Tests.Infrastructure;
using static Platform.Host.Tests.Documents.Sharing.SharingRequests;

namespace Platform.Host.Tests.Documents.Sharing;

/// <summary>
/// Share links: opened without signing in through the token alone, with expiry, password (and its attempt limit),
/// download limit under concurrency, revocation, folder links that open only what they should, and links of items
/// in the recycle bin.
/// </summary>
public sealed class ShareLinkTests
{
    private static readonly byte[] Content = Encoding.UTF8.GetBytes("Quarterly figures, final.");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_link_needs_its_password_counts_downloads_once_expires_and_stops_when_revoked(string provider)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var documents = new DocumentsTestHost(provider, settings: new Dictionary<string, string?> { ["Modules:documents:ShareLinkPasswordAttempts"] = "3" }, time: time);
        var admin = await documents.AdministratorAsync();
        var root = await DocumentsTestHost.CompanyRootAsync(admin);
        var folder = await DocumentsTestHost.CreateFolderAsync(admin, root, "Finance");
        var document = (await DocumentsTestHost.UploadAsync(admin, folder, "Q3 report.txt", Content)).GetProperty("id").GetGuid();
        var visitor = documents.Host.CreateClient();

        // Readers may not share: a link is a decision about access.
        var (_, employee) = await documents.UserAsync("erin");
        await employee.PostJsonAsync($"/api/documents/documents/{document}/share-links", new { }, HttpStatusCode.Forbidden);
        var invalid = await admin.PostJsonAsync($"/api/documents/documents/{document}/share-links",
            new { expiresAt = time.GetUtcNow().AddMinutes(-1), password = "short", maxDownloads = 0 }, HttpStatusCode.BadRequest);
        Assert.Contains("future", invalid.FieldErrors("expiresAt"));
        Assert.Contains("characters", invalid.FieldErrors("password"));
        Assert.Contains("between", invalid.FieldErrors("maxDownloads"));

        var (secret, _) = await admin.ShareAsync($"/api/documents/documents/{document}",
            new { expiresAt = time.GetUtcNow().AddDays(1), password = "open sesame" });
        var token = secret.GetProperty("token").GetString()!;
        Assert.EndsWith($"/api/documents/shared/{token}", secret.GetProperty("url").GetString());

        var needed = await (await visitor.SendAsync(Shared(token))).ReadJsonAsync(HttpStatusCode.Unauthorized);
        Assert.True(needed.GetProperty("passwordRequired").GetBoolean());
        await (await visitor.SendAsync(Shared(token, password: "open sesame!"))).ReadJsonAsync(HttpStatusCode.Unauthorized);
        var shown = await (await visitor.SendAsync(Shared(token, password: "open sesame"))).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("document", "Q3 report.txt", (long)Content.Length), (shown.GetProperty("kind").GetString(), shown.GetProperty("name").GetString(), shown.GetProperty("document").GetProperty("length").GetInt64()));
        Assert.Equal(JsonValueKind.Null, shown.GetProperty("downloadsLeft").ValueKind);

        var download = await visitor.SendAsync(Shared(token, "/content", password: "open sesame"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Content, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("no-referrer", download.Headers.GetValues("Referrer-Policy").Single());
        var rest = await visitor.SendAsync(Shared(token, "/content", password: "open sesame", range: "bytes=8-"));
        Assert.Equal(HttpStatusCode.PartialContent, rest.StatusCode);
        Assert.Equal(Content[8..], await rest.Content.ReadAsByteArrayAsync());

        var listed = await admin.GetJsonAsync($"/api/documents/share-links?documentId={document}");
        var link = Assert.Single(listed.GetProperty("items").EnumerateArray());
        Assert.False(link.TryGetProperty("token", out _));
        Assert.False(link.TryGetProperty("tokenHash", out _));
        Assert.Equal((1, true, "Active"), (link.GetProperty("downloadCount").GetInt32(), link.GetProperty("hasPassword").GetBoolean(), link.GetProperty("status").GetString()));

        // Three wrong passwords (the configured limit) close the link to every attempt for the window, the right one too.
        for (var i = 0; i < 2; i++)
        {
            await (await visitor.SendAsync(Shared(token, password: $"guess {i}"))).ReadJsonAsync(HttpStatusCode.Unauthorized);
        }

        var limited = await visitor.SendAsync(Shared(token, password: "open sesame"));
        await limited.ReadJsonAsync(HttpStatusCode.TooManyRequests);
        Assert.NotNull(limited.Headers.RetryAfter);
        time.Advance(TimeSpan.FromMinutes(16));
        await (await visitor.SendAsync(Shared(token, password: "open sesame"))).ReadJsonAsync(HttpStatusCode.OK);

        time.Advance(TimeSpan.FromDays(1));
        await (await visitor.SendAsync(Shared(token, password: "open sesame"))).ReadJsonAsync(HttpStatusCode.Gone);
        await (await visitor.SendAsync(Shared(token, "/content", password: "open sesame"))).ReadJsonAsync(HttpStatusCode.Gone);
        Assert.Equal("Expired", (await admin.GetJsonAsync($"/api/documents/share-links?documentId={document}")).GetProperty("items")[0].GetProperty("status").GetString());

        // Revoking: If-Match on the link, then 404 for visitors; listed as revoked.
        var (open, etag) = await admin.ShareAsync($"/api/documents/documents/{document}");
        var openToken = open.GetProperty("token").GetString()!;
        var openId = open.GetProperty("link").GetProperty("id").GetGuid();
        await (await visitor.SendAsync(Shared(openToken))).ReadJsonAsync(HttpStatusCode.OK);
        await (await admin.DeleteAsync($"/api/documents/share-links/{openId}")).ReadJsonAsync(HttpStatusCode.PreconditionRequired);
        await (await employee.SendWithIfMatchAsync(HttpMethod.Delete, $"/api/documents/share-links/{openId}", null, etag)).ReadJsonAsync(HttpStatusCode.Forbidden);
        await (await admin.SendWithIfMatchAsync(HttpMethod.Delete, $"/api/documents/share-links/{openId}", null, etag)).ReadJsonAsync(HttpStatusCode.NoContent);
        await (await visitor.SendAsync(Shared(openToken))).ReadJsonAsync(HttpStatusCode.NotFound);
        await (await visitor.SendAsync(Shared(openToken, "/content"))).ReadJsonAsync(HttpStatusCode.NotFound);
        await (await visitor.SendAsync(Shared("not-a-token"))).ReadJsonAsync(HttpStatusCode.NotFound);
        var all = await admin.GetJsonAsync("/api/documents/share-links");
        Assert.Equal(["Revoked", "Expired"], all.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("status").GetString()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_download_limit_holds_under_concurrency_folder_links_open_only_their_part_and_deleted_items_stop_their_links(string provider)
    {
        using var documents = new DocumentsTestHost(provider);
        var admin = await documents.AdministratorAsync();
        var root = await DocumentsTestHost.CompanyRootAsync(admin);
        var shared = await DocumentsTestHost.CreateFolderAsync(admin, root, "Press kit");
        var open = await DocumentsTestHost.CreateFolderAsync(admin, shared, "Photos");
        var closed = await DocumentsTestHost.CreateFolderAsync(admin, shared, "Drafts");
        await admin.SetAccessAsync(closed, false, Entry("Role", "Manage", roleName: "Administrator"));
        var top = (await DocumentsTestHost.UploadAsync(admin, shared, "release.txt", Content)).GetProperty("id").GetGuid();
        var photo = (await DocumentsTestHost.UploadAsync(admin, open, "logo.txt", Encoding.UTF8.GetBytes("logo"))).GetProperty("id").GetGuid();
        var draft = (await DocumentsTestHost.UploadAsync(admin, closed, "draft.txt", Encoding.UTF8.GetBytes("draft"))).GetProperty("id").GetGuid();
        var visitor = documents.Host.CreateClient();

        // 20 visitors at once on a link allowing 5 downloads: exactly 5 get the file.
        var (limited, _) = await admin.ShareAsync($"/api/documents/documents/{top}", new { maxDownloads = 5 });
        var limitedToken = limited.GetProperty("token").GetString()!;
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ => (await visitor.SendAsync(Shared(limitedToken, "/content"))).StatusCode));
        Assert.Equal(5, answers.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(15, answers.Count(s => s == HttpStatusCode.Gone));
        await (await visitor.SendAsync(Shared(limitedToken, "/content", range: "bytes=4-"))).ReadJsonAsync(HttpStatusCode.Gone);
        await (await visitor.SendAsync(Shared(limitedToken))).ReadJsonAsync(HttpStatusCode.Gone);

        // The rest of a download (a Range after byte 0) does not count again.
        var (twice, _) = await admin.ShareAsync($"/api/documents/documents/{top}", new { maxDownloads = 2 });
        var twiceToken = twice.GetProperty("token").GetString()!;
        Assert.Equal(HttpStatusCode.PartialContent, (await visitor.SendAsync(Shared(twiceToken, "/content", range: "bytes=0-3"))).StatusCode);
        Assert.Equal(HttpStatusCode.PartialContent, (await visitor.SendAsync(Shared(twiceToken, "/content", range: "bytes=4-"))).StatusCode);
        var left = await (await visitor.SendAsync(Shared(twiceToken))).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, left.GetProperty("downloadsLeft").GetInt32());

        // A folder link opens the folder's live contents, except a subfolder closed off on purpose.
        var (folderLink, _) = await admin.ShareAsync($"/api/documents/folders/{shared}");
        var folderToken = folderLink.GetProperty("token").GetString()!;
        var listing = await (await visitor.SendAsync(Shared(folderToken))).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("folder", "Press kit"), (listing.GetProperty("kind").GetString(), listing.GetProperty("name").GetString()));
        Assert.Equal(["Photos"], listing.GetProperty("folder").GetProperty("folders").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.Equal(["release.txt"], listing.GetProperty("folder").GetProperty("documents").GetProperty("items").EnumerateArray().Select(d => d.GetProperty("name").GetString()));
        var photos = await (await visitor.SendAsync(Shared(folderToken, $"?folderId={open}"))).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["Press kit", "Photos"], photos.GetProperty("folder").GetProperty("path").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        var logoUrl = photos.GetProperty("folder").GetProperty("documents").GetProperty("items")[0].GetProperty("contentUrl").GetString()!;
        Assert.Equal("logo"u8.ToArray(), await visitor.GetByteArrayAsync(logoUrl));
        await (await visitor.SendAsync(Shared(folderToken, $"?folderId={closed}"))).ReadJsonAsync(HttpStatusCode.NotFound);
        await (await visitor.SendAsync(Shared(folderToken, $"?folderId={root}"))).ReadJsonAsync(HttpStatusCode.NotFound);
        await (await visitor.SendAsync(Shared(folderToken, $"/documents/{draft}/content"))).ReadJsonAsync(HttpStatusCode.NotFound);
        await (await visitor.SendAsync(Shared(folderToken, "/content"))).ReadJsonAsync(HttpStatusCode.NotFound);

        // The zip holds what the link opens, paths relative to the shared folder.
        var archive = await visitor.SendAsync(Shared(folderToken, "/archive"));
        Assert.Equal(HttpStatusCode.OK, archive.StatusCode);
        Assert.Equal("application/zip", archive.Content.Headers.ContentType?.MediaType);
        using (var zip = new ZipArchive(new MemoryStream(await archive.Content.ReadAsByteArrayAsync())))
        {
            Assert.Equal(["Photos/", "Photos/logo.txt", "release.txt"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        }

        // In the recycle bin, links of the item (and of what is inside it) stop; restored, they work again.
        var (topLink, _) = await admin.ShareAsync($"/api/documents/documents/{top}");
        var topToken = topLink.GetProperty("token").GetString()!;
        await documents.SetDeletedAsync("folders", shared, deleted: true);
        await (await visitor.SendAsync(Shared(folderToken))).ReadJsonAsync(HttpStatusCode.NotFound);
        await (await visitor.SendAsync(Shared(topToken, "/content"))).ReadJsonAsync(HttpStatusCode.NotFound);
        await documents.SetDeletedAsync("folders", shared, deleted: false);
        await (await visitor.SendAsync(Shared(folderToken))).ReadJsonAsync(HttpStatusCode.OK);
        await documents.SetDeletedAsync("documents", photo, deleted: true);
        await (await visitor.SendAsync(Shared(folderToken, $"/documents/{photo}/content"))).ReadJsonAsync(HttpStatusCode.NotFound);
        await documents.SetDeletedAsync("documents", top, deleted: true);
        await (await visitor.SendAsync(Shared(topToken))).ReadJsonAsync(HttpStatusCode.NotFound);
        await documents.SetDeletedAsync("documents", top, deleted: false);
        Assert.Equal(Content, await (await visitor.SendAsync(Shared(topToken, "/content"))).Content.ReadAsByteArrayAsync());
    }
}
