using System.Globalization;
using System.Text.Json;

namespace Platform.Benchmarks.Startup;

/// <summary>
/// Wall time from process start to /health/ready = 200: the bare baseline, the host with no plugins, with N
/// generated plugins (fresh data folder, so migrations run; then warm, the second start on the same folder),
/// and with the first-party modules. Reports medians, ratios to the baseline and the cost per plugin.
/// </summary>
internal sealed class StartupBenchmark(RepoLayout layout, StartupOptions options)
{
    private const double PerPluginTargetMs = 25;
    private const double FirstPartyTargetMs = 2000;

    private readonly HttpClient _http = new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(1) }) { Timeout = TimeSpan.FromSeconds(10) };

    public async Task<int> RunAsync()
    {
        var built = PluginGenerator.GenerateAndBuild(layout, options.Counts.Max(), Path.Combine(options.WorkDirectory, "generated"));
        var empty = Directory.CreateDirectory(Path.Combine(options.WorkDirectory, "no-plugins")).FullName;
        List<StartupScenario> scenarios =
        [
            new("bare ASP.NET Core app", layout.BareAppDll, null, 0),
            new("host, no plugins", layout.HostDll, empty, 0),
            .. options.Counts.Order().Select(n => new StartupScenario(
                $"host + {n} generated plugins", layout.HostDll,
                PluginGenerator.Select(built, n, Path.Combine(options.WorkDirectory, $"plugins-{n}")), n)),
            new("host + first-party modules", layout.HostDll, layout.FirstPartyPlugins,
                Directory.GetFiles(layout.FirstPartyPlugins, "plugin.json", SearchOption.AllDirectories).Length),
        ];

        var samples = scenarios.ToDictionary(s => s, _ => (Fresh: new List<double>(), Warm: new List<double>()));
        Console.WriteLine($"load average before: {LoadAverage()}");
        // Round-robin over the scenarios so that background load on the machine hits all of them alike.
        // Run 0 is a warm-up (disk cache, this harness's JIT) and is not counted.
        for (var run = 0; run <= options.Runs; run++)
        {
            foreach (var scenario in scenarios)
            {
                var data = FreshDirectory(Path.Combine(options.WorkDirectory, "data", "run"));
                var fresh = await StartOnceAsync(scenario, data, validate: true);
                var warm = await StartOnceAsync(scenario, data, validate: false);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run} {scenario.Name,-32} fresh {fresh,6:F0} ms  warm {warm,6:F0} ms{(run == 0 ? "  (warm-up)" : "")}"));
                if (run > 0)
                {
                    samples[scenario].Fresh.Add(fresh);
                    samples[scenario].Warm.Add(warm);
                }
            }
        }

        Console.WriteLine($"load average after: {LoadAverage()}");
        var results = scenarios.Select(s => new StartupResult(s, samples[s].Fresh, samples[s].Warm)).ToList();
        StartupReport.Print(results, options.Counts, PerPluginTargetMs, FirstPartyTargetMs);
        if (options.Trace)
        {
            await TraceAsync(scenarios.Where(s => s.IsHost).ToList());
        }

        return 0;
    }

    private async Task<double> StartOnceAsync(StartupScenario scenario, string data, bool validate, params string[] extra)
    {
        await using var app = await StartedProcess.StartAsync(scenario.Dll, scenario.Arguments(data, extra), _http);
        if (validate && scenario.IsHost)
        {
            await ValidateAsync(scenario, app, data);
        }

        return app.ReadyAfter.TotalMilliseconds;
    }

    /// <summary>Health answers 200 even when Degraded, so check that every module really runs on its own database.</summary>
    private async Task ValidateAsync(StartupScenario scenario, StartedProcess app, string data)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(app.BaseAddress, "api/platform/modules"));
        request.Headers.Authorization = new("Bearer", await AccessTokenAsync(scenario, app, data));
        using var response = await _http.SendAsync(request);
        var json = await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync();
        using var modules = JsonDocument.Parse(json);
        var running = modules.RootElement.EnumerateArray().Count(m => m.GetProperty("state").GetString() == "Running");
        string[] platformStores = ["platform.db", "identity.db"];
        var databases = Directory.GetFiles(data, "*.db").Count(f => !platformStores.Contains(Path.GetFileName(f)));
        if (running != scenario.ExpectedModules || modules.RootElement.GetArrayLength() != scenario.ExpectedModules || databases != scenario.ExpectedModules)
        {
            throw new InvalidOperationException(
                $"{scenario.Name}: expected {scenario.ExpectedModules} running modules with a database each; " +
                $"{running} running, {databases} module databases.\n{json}");
        }
    }

    /// <summary>One more fresh start per host scenario with migration logging, each output line stamped on arrival.</summary>
    private async Task TraceAsync(List<StartupScenario> scenarios)
    {
        foreach (var scenario in scenarios)
        {
            var data = FreshDirectory(Path.Combine(options.WorkDirectory, "data", "trace"));
            await using var app = await StartedProcess.StartAsync(
                scenario.Dll, scenario.Arguments(data, "--Logging:LogLevel:Microsoft.EntityFrameworkCore.Migrations=Information"), _http);
            Console.WriteLine($"\n== trace: {scenario.Name} (fresh), ready after {app.ReadyAfter.TotalMilliseconds:F0} ms");
            Console.WriteLine(app.OutputText());
        }
    }

    /// <summary>The module list needs a token: a client registered with the host's CLI on the same data folder asks for one.</summary>
    private async Task<string> AccessTokenAsync(StartupScenario scenario, StartedProcess app, string data)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])[scenario.Dll, "clients", "create", "--id", "startup-check", "--name", "Startup check", "--scope", "platform.modules.read", .. scenario.Arguments(data)])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var secret = System.Text.RegularExpressions.Regex.Match(output, @"client_secret:\s+(\S+)").Groups[1].Value;
        using var token = await _http.PostAsync(new Uri(app.BaseAddress, "connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "startup-check",
            ["client_secret"] = secret,
        }));
        using var body = JsonDocument.Parse(await token.EnsureSuccessStatusCode().Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("access_token").GetString()!;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";

    private static string FreshDirectory(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        return Directory.CreateDirectory(path).FullName;
    }
}
