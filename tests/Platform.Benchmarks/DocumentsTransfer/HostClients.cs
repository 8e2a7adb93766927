using System.Diagnostics;
using System.Text.Json;
using Platform.Benchmarks.Startup;

namespace Platform.Benchmarks.DocumentsTransfer;

/// <summary>An API client registered with the host's CLI on the same data folder, as an integrator would, with the Documents read and write scopes.</summary>
internal static class HostClients
{
    public static async Task<string> AccessTokenAsync(RepoLayout layout, StartedProcess host, HttpClient http, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])[layout.HostDll, "clients", "create", "--id", "transfer-bench", "--name", "Transfer benchmark", "--scope", "documents.read", "--scope", "documents.write", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var secret = System.Text.RegularExpressions.Regex.Match(output, @"client_secret:\s+(\S+)").Groups[1].Value;
        using var token = await http.PostAsync(new Uri(host.BaseAddress, "connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "transfer-bench", ["client_secret"] = secret,
        }));
        using var body = JsonDocument.Parse(await token.EnsureSuccessStatusCode().Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("access_token").GetString()!;
    }
}
