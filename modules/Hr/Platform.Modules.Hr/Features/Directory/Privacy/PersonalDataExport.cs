using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Domain.Attendance;
using Platform.Modules.Hr.Domain.Leave;
using Platform.Modules.Hr.Features.Access;
using Platform.Modules.Hr.Features.Directory.Employees;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Directory.Privacy;

/// <summary>Everything HR holds on one person, for a data access request.</summary>
public sealed record PersonalDataExport(
    DateTimeOffset ExportedAt,
    EmployeeDto Employee,
    Guid? WorkScheduleId,
    bool HasKioskPin,
    PhotoData? Photo,
    IReadOnlyList<LeaveRequestData> LeaveRequests,
    IReadOnlyList<LeaveLedgerData> LeaveLedger,
    IReadOnlyList<ClockingData> Clockings,
    IReadOnlyList<CorrectionData> AttendanceCorrections,
    IReadOnlyList<TimesheetData> Timesheets);

/// <summary>The stored photo; <see cref="Content"/> is base64 in JSON.</summary>
public sealed record PhotoData(string ContentType, byte[] Content, DateTimeOffset UpdatedAt);

public sealed record LeaveRequestData(
    Guid Id, Guid LeaveTypeId, DateOnly StartDate, DateOnly EndDate, DayPart StartPart, DayPart EndPart, decimal Days, string? Reason,
    LeaveRequestStatus Status, DateTimeOffset? DecidedAt, string? DecisionNote, DateTimeOffset CreatedAt);

public sealed record LeaveLedgerData(Guid LeaveTypeId, int Year, LedgerEntryKind Kind, decimal Days, DateOnly EffectiveDate, Guid? LeaveRequestId, string? Note, DateTimeOffset CreatedAt);

public sealed record ClockingData(ClockAction Action, DateTimeOffset At, DateOnly WorkDate, EntrySource Source);

public sealed record CorrectionData(Guid Id, CorrectionKind Kind, DateOnly WorkDate, ClockAction? Action, DateTimeOffset? At, string Reason, CorrectionStatus Status, DateTimeOffset? DecidedAt, string? DecisionNote);

public sealed record TimesheetData(DateOnly WeekStart, TimesheetStatus Status, DateTimeOffset? SubmittedAt, DateTimeOffset? DecidedAt, string? DecisionNote);

internal static class PersonalDataExports
{
    public static async Task<Results<Ok<PersonalDataExport>, ProblemHttpResult>> Handle(
        Guid id, HrDbContext db, HrAccess access, TimeProvider time, CancellationToken cancellationToken)
    {
        var employee = await db.Employees.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (employee is null)
        {
            return ApiProblems.NotFound("Employee", id);
        }

        if (!access.CanSeePersonal(employee))
        {
            return PrivacyProblems.NotYourRecord();
        }

        var skills = EmployeeRules.NormaliseSkills(await EmployeeSkills.OfAsync(db, id, cancellationToken));
        var photo = await db.EmployeePhotos.AsNoTracking().Where(p => p.EmployeeId == id)
            .Select(p => new PhotoData(p.ContentType, p.Content, p.UpdatedAt))
            .FirstOrDefaultAsync(cancellationToken);
        var leave = await db.LeaveRequests.AsNoTracking().Where(r => r.EmployeeId == id)
            .OrderBy(r => r.StartDate).ThenBy(r => r.Id)
            .Select(r => new LeaveRequestData(r.Id, r.LeaveTypeId, r.StartDate, r.EndDate, r.StartPart, r.EndPart, r.Days, r.Reason, r.Status, r.DecidedAt, r.DecisionNote, r.CreatedAt))
            .ToListAsync(cancellationToken);
        var ledger = await db.LeaveLedger.AsNoTracking().Where(e => e.EmployeeId == id)
            .OrderBy(e => e.Year).ThenBy(e => e.EffectiveDate).ThenBy(e => e.Id)
            .Select(e => new LeaveLedgerData(e.LeaveTypeId, e.Year, e.Kind, e.Days, e.EffectiveDate, e.LeaveRequestId, e.Note, e.CreatedAt))
            .ToListAsync(cancellationToken);
        var clockings = await db.AttendanceEntries.AsNoTracking().Where(e => e.EmployeeId == id)
            .OrderBy(e => e.WorkDate).ThenBy(e => e.Id)
            .Select(e => new ClockingData(e.Action, e.At, e.WorkDate, e.Source))
            .ToListAsync(cancellationToken);
        var corrections = await db.AttendanceCorrections.AsNoTracking().Where(c => c.EmployeeId == id)
            .OrderBy(c => c.WorkDate).ThenBy(c => c.Id)
            .Select(c => new CorrectionData(c.Id, c.Kind, c.WorkDate, c.Action, c.At, c.Reason, c.Status, c.DecidedAt, c.DecisionNote))
            .ToListAsync(cancellationToken);
        var timesheets = await db.Timesheets.AsNoTracking().Where(t => t.EmployeeId == id)
            .OrderBy(t => t.WeekStart)
            .Select(t => new TimesheetData(t.WeekStart, t.Status, t.SubmittedAt, t.DecidedAt, t.DecisionNote))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PersonalDataExport(
            time.GetUtcNow(), EmployeeDto.From(employee, skills, withPersonal: true), employee.WorkScheduleId, employee.KioskPinHash is not null, photo,
            leave, ledger, clockings, corrections, timesheets));
    }
}
