using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Hr.Attendance;

/// <summary>
/// A host with the HR plugin on a fake clock (Monday 2026-11-16 07:00 UTC), the periodic anomaly check off so that
/// moving the clock does not race the tests, and a standard office schedule (Mon–Fri 09:00–17:00, 30 minutes' break,
/// 5 minutes' grace) created through the API.
/// </summary>
internal sealed class AttendanceHost : IDisposable
{
    public static readonly DateOnly Monday = new(2026, 11, 16);

    private readonly TempDirectory _temp = new();
    private readonly TestDatabase _database;

    public AttendanceHost(string provider)
    {
        _database = TestDatabase.Create(provider);
        var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("hr"));
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 16, 7, 0, 0, TimeSpan.Zero));
        Host = new PlatformHost(plugins.Path, _temp.Combine("data"), _database,
            new Dictionary<string, string?> { ["Modules:hr:Attendance:AnomalyCheckInterval"] = "00:00:00" }, Time);
        Rows = new HrRows(Host);
    }

    public PlatformHost Host { get; }

    public FakeTimeProvider Time { get; }

    public HrRows Rows { get; }

    public void Dispose()
    {
        Host.Dispose();
        _database.Dispose();
        _temp.Dispose();
    }

    /// <summary>Sets the clock to <paramref name="date"/> at <paramref name="utcTime"/> (HH:mm, UTC).</summary>
    public void At(DateOnly date, string utcTime) =>
        Time.SetUtcNow(new DateTimeOffset(date.ToDateTime(TimeOnly.Parse(utcTime, System.Globalization.CultureInfo.InvariantCulture)), TimeSpan.Zero));

    public static async Task<Guid> CreateOfficeScheduleAsync(HttpClient hr)
    {
        var weekdays = new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" };
        var schedule = await hr.PostJsonAsync("/api/hr/work-schedules", new
        {
            name = "Office",
            graceMinutes = 5,
            days = weekdays.Select(d => new { weekday = d, start = "09:00", end = "17:00", breakMinutes = 30 }),
        }, HttpStatusCode.Created);
        return schedule.GetProperty("id").GetGuid();
    }

    public static Task AssignAsync(HttpClient hr, Guid employeeId, Guid? scheduleId) =>
        Put(hr, $"/api/hr/employees/{employeeId}/work-schedule", new { workScheduleId = scheduleId }, HttpStatusCode.NoContent);

    public static async Task<JsonElement> Put(HttpClient http, string url, object body, HttpStatusCode expected, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        return await (await http.SendAsync(request)).ReadJsonAsync(expected);
    }

    public static async Task<JsonElement> Delete(HttpClient http, string url, string ifMatch, HttpStatusCode expected)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, url);
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        return await (await http.SendAsync(request)).ReadJsonAsync(expected);
    }

    public static Task<JsonElement> Post(HttpClient http, string url, HttpStatusCode expected) =>
        http.PostJsonAsync(url, new { }, expected);

    public static async Task<List<JsonElement>> EntriesAsync(HttpClient http, Guid? employeeId = null, DateOnly? from = null, DateOnly? to = null)
    {
        var query = $"from={from ?? Monday:yyyy-MM-dd}&to={to ?? Monday.AddDays(6):yyyy-MM-dd}" + (employeeId is { } id ? $"&employeeId={id}" : "");
        return [.. (await http.GetJsonAsync($"/api/hr/attendance/entries?{query}")).EnumerateArray()];
    }
}
