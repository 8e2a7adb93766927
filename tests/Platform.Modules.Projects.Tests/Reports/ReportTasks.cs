using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Reports;

namespace Platform.Modules.Projects.Tests.Reports;

/// <summary>Builds the tasks of the report tests.</summary>
internal static class ReportTasks
{
    private static int _number;

    public static ReportTask Task(
        string status = "ToDo", TaskStatusCategory? category = null, decimal? estimate = null, decimal? remaining = null, DateOnly? due = null,
        string created = "2026-11-02", string? completed = null, bool summary = false) =>
        Create(Interlocked.Increment(ref _number), status, category, estimate, remaining, due, created, completed, summary);

    private static ReportTask Create(
        int number, string status, TaskStatusCategory? category, decimal? estimate, decimal? remaining, DateOnly? due, string created, string? completed, bool summary) =>
        new(Guid.CreateVersion7(), number, $"T-{number}", $"Task {number}", status,
            category ?? (status == "Done" ? TaskStatusCategory.Done : status == "InProgress" ? TaskStatusCategory.InProgress : TaskStatusCategory.ToDo),
            estimate, remaining, null, due, At(created), completed is null ? null : At(completed), summary);

    public static DateTimeOffset At(string date) => new(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(10, 0), TimeSpan.Zero);

    public static DateOnly Day(string date) => DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
}
