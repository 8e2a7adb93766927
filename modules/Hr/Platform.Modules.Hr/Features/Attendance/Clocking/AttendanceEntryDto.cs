using Platform.Modules.Hr.Domain.Attendance;

namespace Platform.Modules.Hr.Features.Attendance.Clocking;

/// <summary>A clocking as the API returns it.</summary>
public sealed record AttendanceEntryDto(Guid Id, Guid EmployeeId, ClockAction Action, DateTimeOffset At, DateOnly WorkDate, EntrySource Source, string? RecordedBy)
{
    public static AttendanceEntryDto From(AttendanceEntry e) => new(e.Id, e.EmployeeId, e.Action, e.At, e.WorkDate, e.Source, e.RecordedBy);
}
