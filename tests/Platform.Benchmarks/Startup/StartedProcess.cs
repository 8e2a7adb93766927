using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Platform.Benchmarks.Startup;

/// <summary>
/// A web app started as `dotnet app.dll ...` the way an operator starts the host, timed from just before
/// process start until its readiness endpoint answers 200. Output lines are kept with their arrival time.
/// </summary>
internal sealed class StartedProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(120);
    private readonly Process _process;
    private readonly Stopwatch _clock;
    private readonly ConcurrentQueue<(TimeSpan At, string Line)> _output = new();

    private StartedProcess(Process process, Stopwatch clock, Uri baseAddress)
    {
        _process = process;
        _clock = clock;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The process id, for benchmarks that watch the host's memory.</summary>
    public int ProcessId => _process.Id;

    public TimeSpan ReadyAfter { get; private set; }

    public IEnumerable<(TimeSpan At, string Line)> Output => _output;

    public static async Task<StartedProcess> StartAsync(string dll, IEnumerable<string> args, HttpClient http)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var arg in args.Concat(["--urls", $"http://127.0.0.1:{port}"]))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {dll}.");
        var started = new StartedProcess(process, clock, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => started.Record(e.Data);
        process.ErrorDataReceived += (_, e) => started.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await started.WaitUntilReadyAsync(http);
        return started;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM: a graceful stop, as a service manager would do, so SQLite files are closed cleanly.
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(HttpClient http)
    {
        var ready = new Uri(BaseAddress, "health/ready");
        while (_clock.Elapsed < ReadyTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The process exited with {_process.ExitCode} before it was ready:\n{OutputText()}");
            }

            try
            {
                using var response = await http.GetAsync(ready);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    ReadyAfter = _clock.Elapsed;
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(10); // a tight loop of probes would steal the CPU the host is starting with
        }

        throw new TimeoutException($"Not ready after {ReadyTimeout}:\n{OutputText()}");
    }

    public string OutputText() => string.Join('\n', _output.Select(o => $"{o.At.TotalMilliseconds,8:F0} ms  {o.Line}"));

    private void Record(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue((_clock.Elapsed, line));
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
