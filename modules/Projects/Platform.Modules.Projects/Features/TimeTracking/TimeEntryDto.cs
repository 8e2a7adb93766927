using Platform.Modules.Projects.Domain.Time;

namespace Platform.Modules.Projects.Features.TimeTracking;

/// <summary>
/// A time entry as the API returns it: <see cref="Hours"/> (to four decimals) and the exact <see cref="Minutes"/>.
/// <see cref="Version"/> is also sent as the ETag.
/// </summary>
public sealed record TimeEntryDto(
    Guid Id, Guid ProjectId, Guid TaskId, Guid UserId, DateOnly Date, decimal Hours, int Minutes, string? Note, bool Billable, TimeEntrySource Source,
    Guid? CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Version)
{
    public static TimeEntryDto From(TimeEntry e) =>
        new(e.Id, e.ProjectId, e.TaskId, e.UserId, e.Date, TimeAmount.HoursOf(e.Minutes), e.Minutes, e.Note, e.Billable, e.Source, e.CreatedBy, e.CreatedAt, e.UpdatedAt, e.Version);
}

/// <summary>Time to log on a task.</summary>
/// <param name="Hours">More than 0 and at most 24; kept to the nearest minute.</param>
/// <param name="Date">The day worked; today (UTC) when omitted.</param>
/// <param name="Note">What was done.</param>
/// <param name="Billable">Whether the time is billable (default false).</param>
/// <param name="UserId">Whose time it is: the caller when omitted; a project manager may log for another person.</param>
public sealed record LogTimeRequest(decimal Hours, DateOnly? Date = null, string? Note = null, bool Billable = false, Guid? UserId = null);

/// <summary>The new values of a time entry (all replaced).</summary>
public sealed record UpdateTimeEntryRequest(decimal Hours, DateOnly Date, string? Note = null, bool Billable = false);
