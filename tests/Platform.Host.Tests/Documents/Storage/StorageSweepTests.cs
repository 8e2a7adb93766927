using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using Platform.Host.Tests.Documents.Uploads;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Security;

namespace Platform.Host.Tests.Documents.Storage;

/// <summary>
/// The storage sweep on a fake clock: unfinished uploads expire (410) and are discarded with their bytes; blobs no
/// version uses any more are deleted after the grace period, while referenced and recently orphaned ones stay.
/// </summary>
public sealed class StorageSweepTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Expired_uploads_and_old_unreferenced_blobs_are_swept_while_referenced_and_recent_blobs_stay(string provider)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var settings = new Dictionary<string, string?>
        {
            ["Modules:documents:KeepVersions"] = "1",
            ["Modules:documents:OrphanGraceHours"] = "24",
            ["Modules:documents:UploadExpiryHours"] = "2",
            ["Modules:documents:StorageSweepMinutes"] = "600", // sweeps at +10 h, +20 h, +30 h: none runs between the checks below
        };
        using var documents = new DocumentsTestHost(provider, settings: settings, time: time);
        var (_, ana) = await documents.UserAsync("ana", BuiltInRoles.Manager);
        var folder = await DocumentsTestHost.CreateFolderAsync(ana, await DocumentsTestHost.CompanyRootAsync(ana), "Scans");

        // Old orphan: version 1 of a document that keeps one version only.
        var oldContent = RandomNumberGenerator.GetBytes(1000);
        var id = (await DocumentsTestHost.UploadAsync(ana, folder, "scan.pdf", oldContent)).GetProperty("id").GetGuid();
        var current = RandomNumberGenerator.GetBytes(1000);
        await TusClient.FinishAsync(ana, await TusClient.StartAsync(ana, current.Length, ("documentId", id)), 0, current);
        Assert.Equal([2], (await ana.GetJsonAsync($"/api/documents/documents/{id}/versions")).EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));

        // An unfinished upload: each PATCH moves its expiry on, then it lapses.
        var unfinished = await TusClient.StartAsync(ana, 100, ("folderId", folder), ("filename", "half.bin"));
        var uploadId = unfinished[(unfinished.LastIndexOf('/') + 1)..];
        time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(HttpStatusCode.NoContent, (await TusClient.PatchAsync(ana, unfinished, 0, new byte[40])).StatusCode);
        time.Advance(TimeSpan.FromHours(1.5));
        Assert.Equal(40, TusClient.OffsetOf(await TusClient.HeadAsync(ana, unfinished)));
        time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(HttpStatusCode.Gone, (await TusClient.HeadAsync(ana, unfinished)).StatusCode);
        await (await TusClient.PatchAsync(ana, unfinished, 40, new byte[60])).ReadJsonAsync(HttpStatusCode.Gone);
        Assert.True(File.Exists(Path.Combine(documents.BlobsPath, ".staging", uploadId)));

        // At +10 h the sweep discards the expired upload with its bytes; the orphan is younger than the grace period.
        time.Advance(TimeSpan.FromHours(6.6));
        await HttpAssertions.EventuallyAsync(
            () => TusClient.HeadAsync(ana, unfinished),
            head => head.StatusCode == HttpStatusCode.NotFound,
            because: "the sweep removes expired upload sessions");
        Assert.False(File.Exists(Path.Combine(documents.BlobsPath, ".staging", uploadId)));
        Assert.True(File.Exists(BlobPath(documents, oldContent)));

        // A recent orphan, made at +15 h: spared by the sweep at +30 h, which deletes the old one (orphaned at 0 h).
        time.Advance(TimeSpan.FromHours(5));
        var recentContent = RandomNumberGenerator.GetBytes(1000);
        var other = (await DocumentsTestHost.UploadAsync(ana, folder, "other.pdf", recentContent)).GetProperty("id").GetGuid();
        var otherCurrent = RandomNumberGenerator.GetBytes(1000);
        await TusClient.FinishAsync(ana, await TusClient.StartAsync(ana, otherCurrent.Length, ("documentId", other)), 0, otherCurrent);
        time.Advance(TimeSpan.FromHours(5));
        time.Advance(TimeSpan.FromHours(10));
        await HttpAssertions.EventuallyAsync(
            () => Task.FromResult(File.Exists(BlobPath(documents, oldContent))),
            exists => !exists,
            because: "the sweep deletes a blob unreferenced for longer than the grace period");
        Assert.True(File.Exists(BlobPath(documents, recentContent)));
        Assert.True(File.Exists(BlobPath(documents, current)));
        Assert.True(File.Exists(BlobPath(documents, otherCurrent)));
        Assert.Equal(current, await DocumentsTestHost.DownloadAsync(ana, id));
    }

    private static string BlobPath(DocumentsTestHost documents, byte[] content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        return Path.Combine(documents.BlobsPath, hash[..2], hash[2..4], hash);
    }
}
