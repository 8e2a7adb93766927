using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Platform.Host.Tests.Infrastructure;

/// <summary>The host as a real child process, so tests can kill it with SIGKILL at any moment.</summary>
public sealed class HostProcess : IDisposable
{
    private readonly Process _process;

    private HostProcess(Process process, Uri address)
    {
        _process = process;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Client { get; }

    /// <summary>The host process's id (for what tests read under /proc).</summary>
    public int ProcessId => _process.Id;

    public static string HostDll => Path.Combine(TestPaths.RepoRoot, "host", "Platform.Host", "bin", TestPaths.Configuration, "net10.0", "Platform.Host.dll");

    public static async Task<HostProcess> StartAsync(params string[] arguments)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HostDll);
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        start.ArgumentList.Add("--Platform:Identity:RequireHttps=false"); // tests speak plain HTTP on loopback
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{port}"));
        await HttpAssertions.EventuallyAsync(host.IsReadyAsync, ready => ready || process.HasExited, TimeSpan.FromSeconds(60), "the host answers /health/ready");
        Assert.False(process.HasExited, "the host process exited during startup");
        return host;
    }

    public static async Task<(int ExitCode, string Output)> RunToEndAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(HostDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    /// <summary>
    /// Registers a client granted <paramref name="permissions"/> with the <c>clients create</c> verb, run with the host's
    /// <paramref name="settings"/> so it writes to the same store. Returns the client's id and secret.
    /// </summary>
    public static async Task<(string ClientId, string Secret)> RegisterClientAsync(IEnumerable<string> settings, params string[] permissions)
    {
        var id = $"test-{Guid.NewGuid():N}";
        var run = await RunToEndAsync(["clients", "create", "--id", id, "--name", id, .. permissions.SelectMany(p => new[] { "--scope", p }), .. settings]);
        Assert.True(run.ExitCode == 0, run.Output);
        return (id, System.Text.RegularExpressions.Regex.Match(run.Output, @"client_secret:\s+(\S+)").Groups[1].Value);
    }

    /// <summary>
    /// Gets an access token for the client from this host and makes <see cref="Client"/> send it. Each process asks for
    /// its own: a token names the issuing host's address (here a port per process) as its issuer.
    /// </summary>
    public async Task AuthorizeAsync((string ClientId, string Secret) client) =>
        Client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Bearer", await TestIdentity.RequestTokenAsync(Client, client.ClientId, client.Secret));

    /// <summary>SIGKILL: no shutdown hooks, no flushing — whatever was not committed is lost.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            KillHard();
        }

        _process.Dispose();
        Client.Dispose();
    }

    private async Task<bool> IsReadyAsync()
    {
        try
        {
            return (await Client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
