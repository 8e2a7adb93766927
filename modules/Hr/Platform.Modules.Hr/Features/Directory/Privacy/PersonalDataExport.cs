using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
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
    IReadOnlyList<LeaveRequestData> LeaveRequests);

/// <summary>The stored photo; <see cref="Content"/> is base64 in JSON.</summary>
public sealed record PhotoData(string ContentType, byte[] Content, DateTimeOffset UpdatedAt);

public sealed record LeaveRequestData(
    Guid Id, Guid LeaveTypeId, DateOnly StartDate, DateOnly EndDate, DayPart StartPart, DayPart EndPart, decimal Days, string? Reason,
    LeaveRequestStatus Status, DateTimeOffset? DecidedAt, string? DecisionNote, DateTimeOffset CreatedAt);

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
        return TypedResults.Ok(new PersonalDataExport(
            time.GetUtcNow(), EmployeeDto.From(employee, skills, withPersonal: true), employee.WorkScheduleId, employee.KioskPinHash is not null, photo, leave));
    }
}
