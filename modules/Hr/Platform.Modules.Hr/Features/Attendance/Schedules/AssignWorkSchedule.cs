using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Attendance.Schedules;

/// <summary>The schedule an employee follows; null removes it (no expected hours).</summary>
public sealed record AssignWorkScheduleRequest(Guid? WorkScheduleId = null);

internal static class AssignWorkSchedule
{
    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, AssignWorkScheduleRequest request, HrDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.WorkScheduleId is { } scheduleId && !await db.WorkSchedules.AnyAsync(s => s.Id == scheduleId, cancellationToken))
        {
            return new ValidationErrors().Add("workScheduleId", $"No work schedule has id '{scheduleId}'.").ToProblem();
        }

        var employee = await db.Employees.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (employee is null)
        {
            return ApiProblems.NotFound("Employee", id);
        }

        if (employee.WorkScheduleId != request.WorkScheduleId)
        {
            employee.WorkScheduleId = request.WorkScheduleId;
            employee.UpdatedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.NoContent();
    }
}
