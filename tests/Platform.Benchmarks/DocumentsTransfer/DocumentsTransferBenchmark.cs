using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Platform.Benchmarks.Startup;

namespace Platform.Benchmarks.DocumentsTransfer;

/// <summary>
/// Upload and download of one large file over loopback HTTP against the host started as an operator starts it (Release,
/// Kestrel, the first-party plugins, SQLite), compared with `cp` of the same file on the same disk in the same run.
/// The upload is flushed to disk before it is acknowledged (the blob store fsyncs, then renames), so `cp` is timed twice:
/// alone (data left in the page cache) and followed by `sync` (data on disk), and both ratios are printed. The download
/// is written to a file on the same disk, as a client saving it would. The host's resident memory is sampled during each
/// transfer; its growth over the idle host is the figure against the 64 MiB target.
/// </summary>
internal sealed class DocumentsTransferBenchmark(RepoLayout layout, DocumentsTransferOptions options)
{
    private const int BufferSize = 1 << 20;
    private const int WriteSize = 512 << 10;

    private readonly HttpClient _http = new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(1) }) { Timeout = TimeSpan.FromMinutes(30) };

    public async Task<int> RunAsync()
    {
        var work = Directory.CreateDirectory(Path.Combine(options.WorkDirectory, $"documents-transfer-{Guid.NewGuid():N}")).FullName;
        try
        {
            var data = Path.Combine(work, "data");
            var source = Path.Combine(work, "source.bin");
            await WriteSourceAsync(source, options.Bytes);
            string[] arguments = [$"--Platform:Plugins:Paths:0={layout.FirstPartyPlugins}", $"--Platform:DataDirectory={data}", "--Platform:Identity:RequireHttps=false"];
            await using var host = await StartedProcess.StartAsync(layout.HostDll, arguments, _http);
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await HostClients.AccessTokenAsync(layout, host, _http, arguments, "transfer-bench", "documents.read", "documents.write", "documents.manage"));
            var root = await CompanyRootAsync(host);
            var idle = ResidentBytes(host.ProcessId);
            TimeSpan settled;
            long warmUpPeak, uploadPeak = 0, downloadPeak = 0;
            using (var memory = new MemorySampler(host.ProcessId))
            {
                settled = await WarmUpAsync(host, root, source, Path.Combine(work, "warm-up.bin"));
                warmUpPeak = memory.Stop();
            }

            List<double> copies = [], copiesSynced = [], uploads = [], downloads = [], reads = [];
            for (var round = 1; round <= options.Rounds; round++)
            {
                // Each transfer is timed next to its baseline, in turns (the baseline first in odd rounds, second in even
                // ones), so neither always meets the machine as the other left it: cp + sync beside the upload (both end
                // with the data on the disk), cp beside the saved download (both end in the page cache). Every output is
                // removed as soon as it is timed, so each timed step starts with no dirty pages of an earlier one.
                var baselineFirst = round % 2 == 1;
                var synced = Path.Combine(work, "copy-synced.bin");
                Guid documentId = default;
                using (var memory = new MemorySampler(host.ProcessId))
                {
                    await InTurnAsync(
                        baselineFirst,
                        () => { copiesSynced.Add(Time(() => { Run("cp", source, synced); Run("sync"); })); File.Delete(synced); },
                        async () =>
                        {
                            var upload = await TimeAsync(() => UploadAsync(host, root, source, $"transfer-{round}.bin"));
                            (documentId, uploadPeak) = (upload.DocumentId, Math.Max(uploadPeak, memory.Stop()));
                            uploads.Add(upload.Elapsed);
                        });
                }

                var copied = Path.Combine(work, "copy.bin");
                var saved = Path.Combine(work, "download.bin");
                using (var memory = new MemorySampler(host.ProcessId))
                {
                    await InTurnAsync(
                        baselineFirst,
                        () => { copies.Add(Time(() => Run("cp", source, copied))); File.Delete(copied); },
                        async () => { downloads.Add((await TimeAsync(() => DownloadAsync(host, documentId, saved))).Elapsed); File.Delete(saved); });
                    reads.Add((await TimeAsync(() => DownloadAsync(host, documentId, target: null))).Elapsed);
                    downloadPeak = Math.Max(downloadPeak, memory.Stop());
                }
            }

            var (copy, copySync, uploaded, downloaded) = (Samples.Median(copies), Samples.Median(copiesSynced), Samples.Median(uploads), Samples.Median(downloads));
            var mib = options.Bytes / (1024.0 * 1024);
            var growth = Math.Max(warmUpPeak, Math.Max(uploadPeak, downloadPeak)) - idle;
            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {Samples.LoadAverage()}; file {mib:F0} MiB in {work}; median of {options.Rounds} rounds");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"host warmed up with two untimed uploads and downloads, then idle after {settled.TotalSeconds:F1} s"));
            Console.WriteLine($"{"",-34}{"seconds",10}{"MiB/s",10}   every round (s)");
            Print("cp", copies, mib);
            Print("cp + sync", copiesSynced, mib);
            Print("upload (POST, flushed to disk)", uploads, mib);
            Print("download (GET, saved to a file)", downloads, mib);
            Print("download (GET, discarded)", reads, mib);
            var up = copy / uploaded;
            var upSynced = copySync / uploaded;
            var down = copy / downloaded;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"upload ratio {up:F2} of cp, {upSynced:F2} of cp + sync (target >= 0.7); download ratio {down:F2} of cp (target >= 0.8)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"host resident memory: idle {idle / 1048576.0:F0} MiB, peak during the warm-up {warmUpPeak / 1048576.0:F0} MiB, during uploads {uploadPeak / 1048576.0:F0} MiB, during downloads {downloadPeak / 1048576.0:F0} MiB; growth {growth / 1048576.0:F1} MiB (target < 64)"));
            return upSynced >= 0.7 && down >= 0.8 && growth < 64L * 1024 * 1024 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    // A server is measured warm. The host just started is still compiling: the runtime's background tier-up of what start-up
    // ran took a fifth of the host's CPU in the first half minute (measured with perf), on a machine whose two cores the
    // transfers need. So two uploads and downloads go untimed first (their own methods tier up too), and the rounds start
    // once the host has used under 5 % of a core for a whole second. How long that took is printed. The host's memory is
    // sampled from before the warm-up: what it keeps from the warm-up counts in its growth.
    private async Task<TimeSpan> WarmUpAsync(StartedProcess host, Guid root, string source, string target)
    {
        var clock = Stopwatch.StartNew();
        for (var turn = 1; turn <= 2; turn++)
        {
            var documentId = await UploadAsync(host, root, source, $"warm-up-{turn}.bin");
            await DownloadAsync(host, documentId, target);
            File.Delete(target);
        }

        for (var used = CpuTicks(host.ProcessId); clock.Elapsed < TimeSpan.FromMinutes(2);)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            var now = CpuTicks(host.ProcessId);
            if (now - used <= 5)
            {
                break;
            }

            used = now;
        }

        return clock.Elapsed;
    }

    // The process's user and system time, in the kernel's clock ticks (100 a second).
    private static long CpuTicks(int pid)
    {
        var fields = File.ReadAllText($"/proc/{pid}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }

    // The baseline before the transfer, or after it: rounds take turns, so neither always meets the machine as the other left it.
    private static async Task InTurnAsync(bool baselineFirst, Action baseline, Func<Task> transfer)
    {
        if (baselineFirst)
        {
            baseline();
        }

        await transfer();
        if (!baselineFirst)
        {
            baseline();
        }
    }

    private async Task<Guid> CompanyRootAsync(StartedProcess host)
    {
        using var body = JsonDocument.Parse(await _http.GetStringAsync(new Uri(host.BaseAddress, "api/documents/spaces")));
        return body.RootElement.EnumerateArray().First(s => s.GetProperty("kind").GetString() == "Company").GetProperty("rootFolderId").GetGuid();
    }

    private async Task<Guid> UploadAsync(StartedProcess host, Guid folderId, string source, string name)
    {
        await using var file = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        using var content = new StreamContent(file, BufferSize);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var response = await _http.PostAsync(new Uri(host.BaseAddress, $"api/documents/folders/{folderId}/files?name={name}"), content);
        using var body = JsonDocument.Parse(await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("id").GetGuid();
    }

    // Saved to target, or read and dropped when it is null (the server's and the loopback's share alone). The saving client
    // is written to keep up with the server, as a download manager does: the file is allocated at its announced length
    // up front, and each read (up to 4 MiB) goes to the disk in positional writes of 512 KiB on the same thread. Larger
    // writes make the page cache take larger blocks of memory, which on a virtual machine cost several times as much now
    // and then (`dd bs=4M` into a new file: 0.25 s or 1 to 2.7 s; `bs=512k`: 0.25 s every time; docs/performance.md §9).
    private async Task<Guid> DownloadAsync(StartedProcess host, Guid documentId, string? target)
    {
        using var response = await _http.GetAsync(new Uri(host.BaseAddress, $"api/documents/documents/{documentId}/content"), HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.EnsureSuccessStatusCode().Content.ReadAsStreamAsync();
        if (target is null)
        {
            await body.CopyToAsync(Stream.Null, BufferSize);
            return documentId;
        }

        using var file = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None, response.Content.Headers.ContentLength ?? 0);
        var buffer = new byte[4 * BufferSize];
        long written = 0;
        for (int read; (read = await body.ReadAsync(buffer)) > 0; written += read)
        {
            for (var at = 0; at < read; at += WriteSize)
            {
                RandomAccess.Write(file, buffer.AsSpan(at, Math.Min(WriteSize, read - at)), written + at);
            }
        }

        return documentId;
    }

    // Content that neither compresses nor deduplicates, written and flushed before anything is timed.
    private static async Task WriteSourceAsync(string path, long length)
    {
        var buffer = new byte[BufferSize];
        var random = new Random(42);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 0, FileOptions.Asynchronous);
        for (long written = 0; written < length; written += buffer.Length)
        {
            random.NextBytes(buffer);
            await file.WriteAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, length - written)));
        }

        file.Flush(flushToDisk: true);
    }

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalSeconds;
    }

    private static async Task<(double Elapsed, Guid DocumentId)> TimeAsync(Func<Task<Guid>> action)
    {
        var clock = Stopwatch.StartNew();
        var id = await action();
        return (clock.Elapsed.TotalSeconds, id);
    }

    private static void Run(string command, params string[] arguments)
    {
        using var process = Process.Start(command, arguments) ?? throw new InvalidOperationException($"Could not start {command}.");
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} exited with {process.ExitCode}.");
        }
    }

    private static void Print(string what, List<double> seconds, double mib) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-34}{Samples.Median(seconds),10:F2}{mib / Samples.Median(seconds),10:F0}   {string.Join(", ", seconds.Select(s => s.ToString("F2", CultureInfo.InvariantCulture)))}"));

    /// <summary>VmRSS of a process, in bytes.</summary>
    public static long ResidentBytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>The highest resident memory of a process while sampling, every 20 ms on a thread of its own.</summary>
    private sealed class MemorySampler : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Thread _thread;
        private long _peak;

        public MemorySampler(int pid)
        {
            _peak = ResidentBytes(pid);
            _thread = new Thread(() =>
            {
                while (!_stop.Token.WaitHandle.WaitOne(20))
                {
                    _peak = Math.Max(_peak, ResidentBytes(pid));
                }
            }) { IsBackground = true };
            _thread.Start();
        }

        public long Stop()
        {
            _stop.Cancel();
            _thread.Join();
            return _peak;
        }

        // Stops the thread first: a transfer that throws leaves the sampler running, and its thread must not outlive the token.
        public void Dispose()
        {
            Stop();
            _stop.Dispose();
        }
    }
}
