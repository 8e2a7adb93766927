using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Hr.Directory;

/// <summary>Requests the directory tests make again and again: creating records, and updates that carry the ETag they read.</summary>
internal static class DirectoryRequests
{
    public static async Task<Guid> CreateAsync(this HttpClient http, string url, object body) =>
        (await http.PostJsonAsync(url, body, HttpStatusCode.Created)).GetProperty("id").GetGuid();

    /// <summary>Reads the resource for its ETag, then sends <paramref name="body"/> with If-Match.</summary>
    public static async Task<JsonElement> PutCurrentAsync(this HttpClient http, string url, object body, HttpStatusCode expected = HttpStatusCode.OK, string? readUrl = null)
    {
        var current = await http.GetAsync(readUrl ?? url);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        return await (await http.SendWithIfMatchAsync(HttpMethod.Put, url, body, current.Headers.ETag!.Tag)).ReadJsonAsync(expected);
    }

    public static async Task DeleteCurrentAsync(this HttpClient http, string url, HttpStatusCode expected)
    {
        var current = await http.GetAsync(url);
        await (await http.SendWithIfMatchAsync(HttpMethod.Delete, url, null, current.Headers.ETag!.Tag)).ReadJsonAsync(expected);
    }

    public static Task<HttpResponseMessage> SendWithIfMatchAsync(this HttpClient http, HttpMethod method, string url, object? body, string? ifMatch)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        return http.SendAsync(request);
    }

    /// <summary>The messages of one field of a 400 ValidationProblem.</summary>
    public static string FieldErrors(this JsonElement problem, string field) =>
        string.Join(" | ", problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()));

    public static List<string?> Numbers(this JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("employeeNumber").GetString())];
}
