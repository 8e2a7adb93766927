using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Kernel;

/// <summary>
/// A third-party plugin built only against the packed SDK: the package's MSBuild targets produce a valid
/// plugin folder without shared assemblies, and the host loads and serves it.
/// </summary>
public sealed class ThirdPartyPluginTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly List<string> _cleanup = [];

    public void Dispose()
    {
        _cleanup.ForEach(File.Delete);
        _temp.Dispose();
    }

    [Fact]
    public async Task A_plugin_built_from_the_sdk_package_loads_and_serves()
    {
        // A unique pre-release version, so the package cache never hands back an older pack.
        var version = $"1.0.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        // The samples' NuGet.config reads packages from artifacts/packages, as a developer's local pack would.
        var feed = Path.Combine(TestPaths.RepoRoot, "artifacts", "packages");
        await RunAsync("dotnet", "pack", Path.Combine(TestPaths.RepoRoot, "sdk", "Platform.Sdk"), "-c", "Release", "-o", feed, $"-p:PackageVersion={version}");
        var package = Path.Combine(feed, $"Platform.Sdk.{version}.nupkg");
        Assert.True(File.Exists(package), "the SDK package was produced");
        _cleanup.Add(package);

        var output = _temp.Combine("plugins", "greetings");
        await RunAsync("dotnet", "build", Path.Combine(TestPaths.RepoRoot, "plugins", "Acme.Greetings"), "-c", "Release", "-o", output,
            $"-p:PlatformSdkPackageVersion={version}");

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "plugin.json")));
        Assert.Equal("greetings", manifest.RootElement.GetProperty("id").GetString());
        Assert.Equal("0.3.0", manifest.RootElement.GetProperty("version").GetString());
        Assert.Equal("Acme Corp", manifest.RootElement.GetProperty("authors")[0].GetString());
        var shipped = Directory.EnumerateFiles(output, "*.dll", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        Assert.Equal(["Acme.Greetings.dll"], shipped);

        using var database = TestDatabase.Create("sqlite");
        using var host = new PlatformHost(_temp.Combine("plugins"), _temp.Combine("data"), database);
        var client = host.CreateAdministratorClient();
        var greeting = await client.GetJsonAsync("/api/greetings/hello/Ada");
        Assert.Equal("Hello, Ada!", greeting.GetProperty("text").GetString());
        Assert.Equal(2, (await client.GetJsonAsync("/api/greetings/hello/Bob")).GetProperty("number").GetInt64());
        var module = (await client.GetJsonAsync("/api/platform/modules")).ModuleById("greetings");
        Assert.Equal("Running", module.GetProperty("state").GetString());
        Assert.Contains("greetings.read", module.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
        // The plugin's endpoint needs its permission: 401 without a token, 403 without greetings.read.
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.CreateClient().GetAsync("/api/greetings/hello/Eve")).StatusCode);
        var other = await host.CreateClientWithPermissionsAsync("platform.modules.read");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/api/greetings/hello/Eve")).StatusCode);
        var swagger = await client.GetJsonAsync("/swagger/greetings/swagger.json");
        Assert.Contains("`greetings.read`", swagger.GetProperty("paths").GetProperty("/api/greetings/hello/{name}").GetProperty("get").GetProperty("description").GetString());
        Assert.Equal("Greetings", swagger.GetProperty("info").GetProperty("title").GetString());
    }

    private static async Task RunAsync(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{command} {string.Join(' ', arguments)} failed:\n{await output}\n{await error}");
    }
}
