using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Host.Tests.Hr.Leave;

/// <summary>Small helpers for the leave API tests: dates in next year's calendar and requests carrying If-Match.</summary>
internal static class LeaveApi
{
    /// <summary>Next year: leave can be requested for it and is still in the future, whenever the tests run.</summary>
    public static int NextYear => DateTime.UtcNow.Year + 1;

    /// <summary>The first Monday on or after 1 March of next year, plus <paramref name="weeks"/> weeks.</summary>
    public static DateOnly Monday(int weeks = 0)
    {
        var day = new DateOnly(NextYear, 3, 1);
        while (day.DayOfWeek != DayOfWeek.Monday)
        {
            day = day.AddDays(1);
        }

        return day.AddDays(7 * weeks);
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string ETag(JsonElement resource) => $"\"{resource.GetProperty("version").GetInt64()}\"";

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

    /// <summary>The field names of a 400 ValidationProblem.</summary>
    public static IReadOnlyList<string> ErrorFields(JsonElement problem) => [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name)];

    public static string ErrorText(JsonElement problem) => problem.GetProperty("errors").ToString();

    public static JsonElement BalanceOf(JsonElement balances, string code) =>
        balances.EnumerateArray().Single(b => b.GetProperty("leaveTypeCode").GetString() == code);
}
