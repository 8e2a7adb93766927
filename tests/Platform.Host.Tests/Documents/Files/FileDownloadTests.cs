using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Documents.Files;

/// <summary>
/// Downloads over the real pipeline: Range requests, conditional requests, Content-Disposition, inline display, old
/// versions, and a folder as a streamed zip.
/// </summary>
public sealed class FileDownloadTests
{
    private static readonly byte[] TwentyBytes = Encoding.ASCII.GetBytes("0123456789abcdefghij");

    // A 20-byte text document in the company's root folder, uploaded by the administrator, and its content's address.
    private static async Task<(HttpClient Admin, Guid Root, JsonElement Document, string Url)> TwentyBytesAsync(DocumentsTestHost documents, string name)
    {
        var admin = await documents.AdministratorAsync();
        var root = await DocumentsTestHost.CompanyRootAsync(admin);
        var document = await DocumentsTestHost.UploadAsync(admin, root, name, TwentyBytes);
        return (admin, root, document, $"/api/documents/documents/{document.GetProperty("id").GetGuid()}/content");
    }

    [Fact]
    public async Task Ranges_conditional_requests_and_the_content_disposition_follow_the_http_rules()
    {
        using var documents = new DocumentsTestHost("sqlite");
        var (admin, root, document, url) = await TwentyBytesAsync(documents, "Prüfbericht «final».txt");
        var content = TwentyBytes;
        var id = document.GetProperty("id").GetGuid();
        var hash = document.GetProperty("hash").GetString();

        var whole = await admin.GetAsync(url);
        Assert.Equal($"\"{hash}\"", whole.Headers.ETag!.Tag);
        Assert.Equal("bytes", string.Join(",", whole.Headers.AcceptRanges));
        var disposition = whole.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("Prüfbericht «final».txt", disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''Pr%C3%BCfbericht", whole.Content.Headers.GetValues("Content-Disposition").Single());
        Assert.Equal("nosniff", whole.Headers.GetValues("X-Content-Type-Options").Single());
        // The platform's own policy would let a page run; an uploaded file served by it may not.
        Assert.Equal("sandbox; default-src 'none'", whole.Headers.GetValues("Content-Security-Policy").Single());

        Assert.Equal("0123", await RangeAsync(admin, url, "bytes=0-3", HttpStatusCode.PartialContent, "bytes 0-3/20"));
        Assert.Equal("hij", await RangeAsync(admin, url, "bytes=-3", HttpStatusCode.PartialContent, "bytes 17-19/20"));
        Assert.Equal("fghij", await RangeAsync(admin, url, "bytes=15-", HttpStatusCode.PartialContent, "bytes 15-19/20"));
        await RangeAsync(admin, url, "bytes=20-30", HttpStatusCode.RequestedRangeNotSatisfiable, "bytes */20");
        await RangeAsync(admin, url, "bytes=0-1,5-6", HttpStatusCode.RequestedRangeNotSatisfiable, "bytes */20");

        // If-None-Match with the hash: 304; If-Range naming another version: the whole file instead of the range.
        var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{hash}\""));
        Assert.Equal(HttpStatusCode.NotModified, (await admin.SendAsync(conditional)).StatusCode);
        var ifRange = new HttpRequestMessage(HttpMethod.Get, url);
        ifRange.Headers.Range = new RangeHeaderValue(0, 3);
        ifRange.Headers.IfRange = new RangeConditionHeaderValue(new EntityTagHeaderValue("\"stale\""));
        var full = await admin.SendAsync(ifRange);
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.Equal(content, await full.Content.ReadAsByteArrayAsync());

        // inline only for types a browser shows without running anything.
        var inlineText = await admin.GetAsync(url + "?inline=true");
        Assert.Equal("inline", inlineText.Content.Headers.ContentDisposition!.DispositionType);
        var html = await DocumentsTestHost.UploadAsync(admin, root, "page.html", Encoding.UTF8.GetBytes("<!DOCTYPE html><script>alert(1)</script>"));
        Assert.Equal("text/html", html.GetProperty("contentType").GetString());
        var htmlInline = await admin.GetAsync($"/api/documents/documents/{html.GetProperty("id").GetGuid()}/content?inline=true");
        Assert.Equal("attachment", htmlInline.Content.Headers.ContentDisposition!.DispositionType);

        // Old versions keep their content, ETag and the name the document had then.
        var second = Encoding.ASCII.GetBytes("second version");
        await DocumentsTestHost.UploadVersionAsync(admin, id, second);
        var first = await admin.GetAsync($"/api/documents/documents/{id}/versions/1/content");
        Assert.Equal(content, await first.Content.ReadAsByteArrayAsync());
        Assert.Equal($"\"{hash}\"", first.Headers.ETag!.Tag);
        Assert.Equal(second, await (await admin.GetAsync($"/api/documents/documents/{id}/versions/2/content")).Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/documents/documents/{id}/versions/3/content")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/documents/documents/{Guid.NewGuid()}/content")).StatusCode);
    }

    [Fact]
    public async Task Validators_if_range_and_head_requests_follow_the_http_rules()
    {
        using var documents = new DocumentsTestHost("sqlite");
        var (admin, _, document, url) = await TwentyBytesAsync(documents, "validators.txt");
        var content = TwentyBytes;
        var etag = new EntityTagHeaderValue($"\"{document.GetProperty("hash").GetString()}\"");
        var lastModified = (await admin.GetAsync(url)).Content.Headers.LastModified!.Value;

        // A client about to overwrite what it saw: If-Match and If-Unmodified-Since hold only while the content is the same.
        Assert.Equal(HttpStatusCode.PreconditionFailed, await StatusAsync(admin, url, r => r.Headers.IfMatch.Add(new EntityTagHeaderValue("\"other\""))));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(admin, url, r => r.Headers.IfMatch.Add(etag)));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(admin, url, r => r.Headers.IfMatch.Add(EntityTagHeaderValue.Any)));
        Assert.Equal(HttpStatusCode.PreconditionFailed, await StatusAsync(admin, url, r => r.Headers.IfUnmodifiedSince = lastModified.AddDays(-1)));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(admin, url, r => r.Headers.IfUnmodifiedSince = lastModified));

        // A cache revalidating by date: 304 while nothing changed since, the content when it did.
        Assert.Equal(HttpStatusCode.NotModified, await StatusAsync(admin, url, r => r.Headers.IfModifiedSince = lastModified));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(admin, url, r => r.Headers.IfModifiedSince = lastModified.AddSeconds(-1)));
        // If-None-Match wins over If-Modified-Since: a tag that no longer matches sends the content whatever the date.
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(admin, url, r =>
        {
            r.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"older\""));
            r.Headers.IfModifiedSince = lastModified;
        }));

        // A resumed download: the range is served while If-Range names this content, by tag or by date.
        foreach (var condition in (RangeConditionHeaderValue[])[new(etag), new(lastModified)])
        {
            var resume = new HttpRequestMessage(HttpMethod.Get, url);
            resume.Headers.Range = new RangeHeaderValue(10, null);
            resume.Headers.IfRange = condition;
            var rest = await admin.SendAsync(resume, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.PartialContent, rest.StatusCode);
            Assert.Equal(10, rest.Content.Headers.ContentLength);
            Assert.Equal("abcdefghij", await rest.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        // Ranges in another unit, or not valid, are ignored: the whole file.
        foreach (var range in (string[])["items=0-3", "bytes=5-3"])
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("Range", range);
            var response = await admin.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(content, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        }

        // HEAD: the headers of the download, no body.
        var head = await admin.SendAsync(new HttpRequestMessage(HttpMethod.Head, url), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(20, head.Content.Headers.ContentLength);
        Assert.Equal(etag, head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_folder_downloads_as_a_zip_whose_entries_hold_every_document_under_its_relative_path(string provider)
    {
        using var documents = new DocumentsTestHost(provider);
        var admin = await documents.AdministratorAsync();
        var root = await DocumentsTestHost.CompanyRootAsync(admin);
        var reports = await DocumentsTestHost.CreateFolderAsync(admin, root, "Reports");
        var year = await DocumentsTestHost.CreateFolderAsync(admin, reports, "2026");
        await DocumentsTestHost.CreateFolderAsync(admin, year, "Empty");
        await DocumentsTestHost.UploadAsync(admin, root, "outside.txt", Encoding.UTF8.GetBytes("not in the zip"));
        var expected = new Dictionary<string, byte[]>
        {
            ["summary.txt"] = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("compressible text ", 5000))),
            ["2026/Q1 — Überblick.bin"] = RandomBytes(300_000, 7),
            ["2026/Q2.txt"] = Encoding.UTF8.GetBytes("second quarter"),
        };
        await DocumentsTestHost.UploadAsync(admin, reports, "summary.txt", expected["summary.txt"]);
        await DocumentsTestHost.UploadAsync(admin, year, "Q1 — Überblick.bin", expected["2026/Q1 — Überblick.bin"]);
        var q2 = await DocumentsTestHost.UploadAsync(admin, year, "Q2.txt", Encoding.UTF8.GetBytes("old"));
        await DocumentsTestHost.UploadVersionAsync(admin, q2.GetProperty("id").GetGuid(), expected["2026/Q2.txt"]);

        var response = await admin.GetAsync($"/api/documents/folders/{reports}/archive", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Reports.zip", response.Content.Headers.ContentDisposition!.FileNameStar);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        Assert.Equal(["2026/", "2026/Empty/", "2026/Q1 — Überblick.bin", "2026/Q2.txt", "summary.txt"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected)
        {
            await using var entry = await zip.GetEntry(path)!.OpenAsync(TestContext.Current.CancellationToken);
            using var copy = new MemoryStream();
            await entry.CopyToAsync(copy, TestContext.Current.CancellationToken);
            Assert.Equal(bytes, copy.ToArray());
        }

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/documents/folders/{Guid.NewGuid()}/archive")).StatusCode);
    }

    private static async Task<string> RangeAsync(HttpClient client, string url, string range, HttpStatusCode expected, string contentRange)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Range", range);
        var response = await client.SendAsync(request);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(contentRange, response.Content.Headers.GetValues("Content-Range").Single());
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string url, Action<HttpRequestMessage> conditions)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        conditions(request);
        return (await client.SendAsync(request, TestContext.Current.CancellationToken)).StatusCode;
    }

    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
