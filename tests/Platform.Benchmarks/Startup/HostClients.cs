using System.Diagnostics;
using System.Text.Json;

namespace Platform.Benchmarks.Startup;

/// <summary>API clients registered with the host's CLI on the same data folder, as an integrator would register them.</summary>
internal static class HostClients
{
    /// <summary>Registers the client <paramref name="clientId"/> with <paramref name="scopes"/> and returns an access token for it.</summary>
    public static async Task<string> AccessTokenAsync(RepoLayout layout, StartedProcess host, HttpClient http, string[] arguments, string clientId, params string[] scopes)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])[layout.HostDll, "clients", "create", "--id", clientId, "--name", $"Benchmark {clientId}", .. scopes.SelectMany(s => new[] { "--scope", s }), .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var secret = System.Text.RegularExpressions.Regex.Match(output, @"client_secret:\s+(\S+)").Groups[1].Value;
        using var token = await http.PostAsync(new Uri(host.BaseAddress, "connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret,
        }));
        using var body = JsonDocument.Parse(await token.EnsureSuccessStatusCode().Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("access_token").GetString()!;
    }
}
