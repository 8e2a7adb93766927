using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Projects.Transfer;

/// <summary>Requests of the import, export and feed tests.</summary>
internal static class TransferApi
{
    public static async Task<Guid> CreateProjectAsync(this HttpClient client, string key, string? visibility = null)
    {
        object body = visibility is null ? new { key, name = $"Project {key}" } : new { key, name = $"Project {key}", visibility };
        var project = await client.PostJsonAsync("/api/projects/projects", body, HttpStatusCode.Created);
        return project.GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> ImportCsvAsync(this HttpClient client, Guid projectId, string csv, bool dryRun = false) =>
        client.PostAsync($"/api/projects/projects/{projectId}/tasks/import?dryRun={(dryRun ? "true" : "false")}", new StringContent(csv, Encoding.UTF8, "text/csv"));

    public static Task<HttpResponseMessage> ImportMspdiAsync(this HttpClient client, Guid projectId, byte[] xml, bool dryRun = false)
    {
        var content = new ByteArrayContent(xml);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        return client.PostAsync($"/api/projects/projects/{projectId}/import/mspdi?dryRun={(dryRun ? "true" : "false")}", content);
    }

    public static Task<string> ExportCsvAsync(this HttpClient client, Guid projectId) => client.GetStringAsync($"/api/projects/projects/{projectId}/tasks/export?format=csv");

    public static Task<byte[]> ExportMspdiAsync(this HttpClient client, Guid projectId) => client.GetByteArrayAsync($"/api/projects/projects/{projectId}/export/mspdi");

    /// <summary>The lines of a CSV text, without line-ending differences.</summary>
    public static string[] Lines(string csv) => csv.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');

    public static IEnumerable<string> ErrorFields(JsonElement problem) => problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);

    public static async Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string url, object? body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    public static byte[] TestFile(string name) => File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, "tests", "Platform.Host.Tests", "Projects", "Transfer", "Data", name));
}
