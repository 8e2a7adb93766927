using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc.Testing;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Documents.Files;

/// <summary>
/// A 1 GiB file up and down through the real pipeline, generated while it is sent and hashed while it is received, with
/// the process's memory watched throughout: a file is streamed, never held, so memory grows by buffers, not by the file.
/// </summary>
[Collection(nameof(LargeFileTests))]
public sealed class LargeFileTests
{
    private const long OneGiB = 1024L * 1024 * 1024;
    private const long AllowedGrowth = 64L * 1024 * 1024;

    [Fact]
    public async Task A_one_gibibyte_file_uploads_and_downloads_whole_with_memory_growth_under_64_MiB()
    {
        // Real Kestrel on loopback: the in-memory test server queues a body that is written faster than it is read.
        using var documents = new DocumentsTestHost("sqlite");
        documents.Host.UseKestrel(0);
        documents.Host.StartServer();
        // A client that streams: the test client's default redirect handler buffers every request body (to send it again
        // on a redirect), which would hold the whole file in this process and measure the client instead of the host.
        var kestrel = documents.Host.CreateClient().BaseAddress;
        var admin = documents.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = kestrel! });
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await documents.Host.IssueClientTokenAsync([.. documents.Host.AllPermissions()]));
        admin.Timeout = TimeSpan.FromMinutes(5);
        var root = await DocumentsTestHost.CompanyRootAsync(admin);
        var expectedHash = SeededStream.HashOf(OneGiB, 42);

        // Warm the paths first, so the baseline includes what every request allocates once (JIT, pools, caches).
        await DocumentsTestHost.UploadAsync(admin, root, "warm-up.bin", new byte[1024 * 1024]);
        using var baselineProcess = Process.GetCurrentProcess();
        var managedBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(true);
        var workingSetBefore = Refreshed(baselineProcess).WorkingSet64;
        using var sampler = new PeakSampler();

        using var body = new StreamContent(new SeededStream(OneGiB, 42), 1024 * 1024);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        body.Headers.ContentLength = OneGiB;
        var uploaded = await (await admin.PostAsync($"/api/documents/folders/{root}/files?name=large.bin", body)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(expectedHash, uploaded.GetProperty("hash").GetString());
        Assert.Equal(OneGiB, uploaded.GetProperty("length").GetInt64());

        using var response = await admin.GetAsync($"/api/documents/documents/{uploaded.GetProperty("id").GetGuid()}/content", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(OneGiB, response.Content.Headers.ContentLength);
        await using (var download = await response.Content.ReadAsStreamAsync())
        {
            Assert.Equal(expectedHash, Convert.ToHexStringLower(await SHA256.HashDataAsync(download)));
        }

        var peakGrowth = sampler.Stop() - workingSetBefore;
        var managedGrowth = GC.GetTotalMemory(forceFullCollection: true) - managedBefore;
        var workingSetGrowth = Refreshed(baselineProcess).WorkingSet64 - workingSetBefore;
        var gc = GC.GetGCMemoryInfo();
        var figures = $"working set: peak growth {peakGrowth >> 20} MiB, after {workingSetGrowth >> 20} MiB; managed heap: after a full collection {managedGrowth >> 20} MiB; "
            + $"allocated {(GC.GetTotalAllocatedBytes(true) - allocatedBefore) >> 20} MiB, GC committed {gc.TotalCommittedBytes >> 20} MiB; "
            + string.Join(" ", File.ReadLines("/proc/self/status").Where(l => l.StartsWith("Rss", StringComparison.Ordinal)));
        TestContext.Current.TestOutputHelper?.WriteLine(figures);
        Assert.True(peakGrowth < AllowedGrowth, figures);
        Assert.True(workingSetGrowth < AllowedGrowth, figures);
        Assert.True(managedGrowth < AllowedGrowth, figures);
    }

    private static Process Refreshed(Process process)
    {
        process.Refresh();
        return process;
    }

    /// <summary>The highest working set of this process while it runs, sampled on a thread of its own.</summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly Process _process = Process.GetCurrentProcess();
        private readonly CancellationTokenSource _stop = new();
        private readonly Thread _thread;
        private long _peak;

        public PeakSampler()
        {
            _peak = Refreshed(_process).WorkingSet64;
            _thread = new Thread(() =>
            {
                while (!_stop.Token.WaitHandle.WaitOne(20))
                {
                    Interlocked.Exchange(ref _peak, Math.Max(Interlocked.Read(ref _peak), Refreshed(_process).WorkingSet64));
                }
            }) { IsBackground = true };
            _thread.Start();
        }

        public long Stop()
        {
            _stop.Cancel();
            _thread.Join();
            return Math.Max(Interlocked.Read(ref _peak), Refreshed(_process).WorkingSet64);
        }

        public void Dispose()
        {
            _stop.Cancel();
            _process.Dispose();
            _stop.Dispose();
        }
    }
}

/// <summary>The memory test runs alone: the working set it watches is the whole test process's.</summary>
[CollectionDefinition(nameof(LargeFileTests), DisableParallelization = true)]
public sealed class LargeFileTestsCollection;
