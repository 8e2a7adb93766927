using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Domain.Attendance;
using Platform.Modules.Hr.Features.Attendance.Clocking;
using Platform.Modules.Hr.Persistence;

namespace Platform.Modules.Hr.Features.Attendance.Corrections;

/// <summary>
/// What a correction does to the clockings, worked out against the current ones: the work date it touches, the entry it
/// changes, and whether that work date's clockings still follow the rules afterwards. Checked when the correction is
/// requested and again when it is approved (the clockings may have changed in between).
/// </summary>
internal sealed record CorrectionPlan(DateOnly WorkDate, AttendanceEntry? Entry, string? Field, string? Error)
{
    public static async Task<CorrectionPlan> BuildAsync(
        HrDbContext db, Employee employee, CorrectionKind kind, Guid? entryId, ClockAction? action, DateTimeOffset? at, DateTimeOffset? breakEndAt, CancellationToken cancellationToken)
    {
        AttendanceEntry? entry = null;
        if (kind != CorrectionKind.Add)
        {
            entry = await db.AttendanceEntries.FirstOrDefaultAsync(e => e.Id == entryId && e.EmployeeId == employee.Id, cancellationToken);
            if (entry is null)
            {
                return Fail("entryId", $"No clocking of this employee has id '{entryId}'.");
            }
        }

        var zone = await EmployeeZone.OfAsync(db, employee, cancellationToken);
        DateOnly workDate;
        if (kind == CorrectionKind.Add && action != ClockAction.ClockIn)
        {
            // Everything but a clock-in belongs to the shift the last clock-in before it opened.
            var opening = await db.AttendanceEntries.AsNoTracking()
                .Where(e => e.EmployeeId == employee.Id && e.Action == ClockAction.ClockIn && e.At <= at)
                .OrderByDescending(e => e.At)
                .FirstOrDefaultAsync(cancellationToken);
            if (opening is null)
            {
                return Fail("at", "There is no clock-in before that time: add the clock-in first.");
            }

            workDate = opening.WorkDate;
        }
        else if (kind == CorrectionKind.Add)
        {
            workDate = LocalTime.DateOf(at!.Value, zone);
        }
        else
        {
            workDate = entry!.WorkDate;
            if (kind == CorrectionKind.Change && entry.Action == ClockAction.ClockIn && LocalTime.DateOf(at!.Value, zone) != workDate)
            {
                return Fail("at", "A clock-in can only move within its own day; remove it and add a new one instead.");
            }
        }

        var day = await db.AttendanceEntries.AsNoTracking()
            .Where(e => e.EmployeeId == employee.Id && e.WorkDate == workDate)
            .Select(e => new { e.Id, e.Action, e.At })
            .ToListAsync(cancellationToken);
        var after = day.Where(e => kind == CorrectionKind.Add || e.Id != entry!.Id).Select(e => (e.Action, e.At)).ToList();
        if (kind == CorrectionKind.Add)
        {
            after.Add((action!.Value, at!.Value));
            if (breakEndAt is { } breakEnd)
            {
                after.Add((ClockAction.BreakEnd, breakEnd));
            }
        }
        else if (kind == CorrectionKind.Change)
        {
            after.Add((entry!.Action, at!.Value));
        }

        var error = ClockRules.FirstError(after.OrderBy(e => e.At).Select(e => e.Action));
        return error is null
            ? new CorrectionPlan(workDate, entry, null, null)
            : Fail("kind", $"After this correction the clockings of {workDate:yyyy-MM-dd} would be out of order: {error}");

        CorrectionPlan Fail(string field, string message) => new(default, null, field, message);
    }

    /// <summary>Carries the correction out (on approval).</summary>
    public void Apply(HrDbContext db, AttendanceCorrection correction, string? approver, DateTimeOffset now)
    {
        switch (correction.Kind)
        {
            case CorrectionKind.Add:
                db.AttendanceEntries.Add(new AttendanceEntry
                {
                    Id = Guid.CreateVersion7(now), EmployeeId = correction.EmployeeId, Action = correction.Action!.Value, At = correction.At!.Value,
                    WorkDate = WorkDate, Source = EntrySource.Correction, RecordedBy = approver, CreatedAt = now,
                });
                if (correction.BreakEndAt is { } breakEnd)
                {
                    db.AttendanceEntries.Add(new AttendanceEntry
                    {
                        Id = Guid.CreateVersion7(now), EmployeeId = correction.EmployeeId, Action = ClockAction.BreakEnd, At = breakEnd,
                        WorkDate = WorkDate, Source = EntrySource.Correction, RecordedBy = approver, CreatedAt = now,
                    });
                }

                break;
            case CorrectionKind.Change:
                Entry!.At = correction.At!.Value;
                break;
            case CorrectionKind.Remove:
                db.AttendanceEntries.Remove(Entry!);
                break;
        }
    }
}
