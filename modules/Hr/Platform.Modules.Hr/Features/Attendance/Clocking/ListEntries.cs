using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Features.Access;
using Platform.Modules.Hr.Features.Attendance.Days;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Attendance.Clocking;

/// <summary>The raw clockings of one employee over a range of work dates (the ids corrections refer to).</summary>
internal static class ListEntries
{
    public static async Task<Results<Ok<List<AttendanceEntryDto>>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid? employeeId, DateOnly? from, DateOnly? to, HrDbContext db, HrAccess access, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var range = DateRange.Parse(from, to, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var target = await AttendanceTarget.ResolveAsync(employeeId, db, access, cancellationToken);
        if (target.Problem is { } problem)
        {
            return problem;
        }

        var id = target.Employee!.Id;
        var entries = await db.AttendanceEntries.AsNoTracking()
            .Where(e => e.EmployeeId == id && e.WorkDate >= range.From && e.WorkDate <= range.To)
            .OrderBy(e => e.At)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(entries.Select(AttendanceEntryDto.From).ToList());
    }
}
