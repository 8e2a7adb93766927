using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain.Attendance;
using Platform.Modules.Hr.Features.Access;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Attendance.Corrections;

/// <summary>Correction requests the caller may see (their own, their reports', everyone's for HR), newest first.</summary>
internal static class ListCorrections
{
    public static async Task<Results<Ok<PagedResult<CorrectionDto>>, ValidationProblem>> Handle(
        CorrectionStatus? status, Guid? employeeId, int? page, int? pageSize, HrDbContext db, HrAccess access, CancellationToken cancellationToken)
    {
        var paging = new PageRequest { Page = page, PageSize = pageSize };
        var errors = new ValidationErrors();
        paging.Validate(errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var scope = await AttendanceTarget.ScopeAsync(access, cancellationToken);
        var query = scope.Records(db.AttendanceCorrections.AsNoTracking());

        if (status is { } s)
        {
            query = query.Where(c => c.Status == s);
        }

        if (employeeId is { } id)
        {
            query = query.Where(c => c.EmployeeId == id);
        }

        return TypedResults.Ok(await query.OrderByDescending(c => c.Id).ToPagedResultAsync(paging, CorrectionDto.From, cancellationToken));
    }
}
