using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Projects.Scheduling;

/// <summary>
/// Helpers for the scheduling API tests. Projects start on Monday 7 December 2026 (Monday to Friday, no holidays);
/// tasks are created with dates, so their length in working days is the span of those dates.
/// </summary>
internal static class SchedulingApi
{
    public static async Task<Guid> CreateProjectAsync(HttpClient http, string key, string? targetDate = "2026-12-31", string visibility = "Company") =>
        (await http.PostJsonAsync("/api/projects/projects", new { key, name = key, startDate = "2026-12-07", targetDate, visibility }, HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

    public static async Task<Guid> CreateTaskAsync(HttpClient http, Guid project, string title, string start, string due) =>
        (await http.PostJsonAsync($"/api/projects/projects/{project}/tasks", new { title, startDate = start, dueDate = due }, HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

    public static Task<JsonElement> LinkAsync(HttpClient http, Guid project, Guid from, Guid to, string type = "FinishToStart", int lag = 0, HttpStatusCode expected = HttpStatusCode.Created) =>
        http.PostJsonAsync($"/api/projects/projects/{project}/dependencies", new { predecessorId = from, successorId = to, type, lagDays = lag }, expected);

    /// <summary>A task's start and due dates as "yyyy-MM-dd..yyyy-MM-dd".</summary>
    public static async Task<string> DatesAsync(HttpClient http, Guid task)
    {
        var body = await http.GetJsonAsync($"/api/projects/tasks/{task}");
        return $"{body.GetProperty("startDate").GetString()}..{body.GetProperty("dueDate").GetString()}";
    }

    public static Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string url, object? body = null, string? ifMatch = null)
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

    public static IReadOnlyList<string> ErrorFields(JsonElement problem) => [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name)];
}
