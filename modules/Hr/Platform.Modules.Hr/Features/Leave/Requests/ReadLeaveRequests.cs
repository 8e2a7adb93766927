using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Leave.Requests;

/// <summary>Reading leave requests: the caller's own, their reports' (hr.leave.approve) or everyone's (hr.leave.manage).</summary>
internal static class ReadLeaveRequests
{
    private static readonly SortFields<LeaveRequest> Sorting = new SortFields<LeaveRequest>()
        .Add("startDate", r => r.StartDate)
        .Add("endDate", r => r.EndDate)
        .Add("status", r => r.Status)
        .Add("days", r => r.Days)
        .Add("createdAt", r => r.Id); // GUID v7 ids follow creation order

    public static async Task<Results<Ok<PagedResult<LeaveRequestDto>>, ValidationProblem>> List(
        int? page, int? pageSize, Guid? employeeId, Guid? leaveTypeId, LeaveRequestStatus? status, DateOnly? from, DateOnly? to, bool? awaitingMyDecision, string? sort,
        HrDbContext db, LeaveAccess access, CancellationToken cancellationToken)
    {
        var paging = new PageRequest { Page = page, PageSize = pageSize };
        var errors = new ValidationErrors();
        paging.Validate(errors);
        var sortKeys = Sorting.Parse(sort, errors);
        errors.Require(from is null || to is null || from <= to, "to", "to must not be before from.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var scope = await access.ScopeAsync(cancellationToken);
        var query = scope.Records(db.LeaveRequests.AsNoTracking());

        if (awaitingMyDecision == true)
        {
            // Pending requests the caller may decide: their reports' (everyone's for HR), never their own.
            var selfId = (await access.SelfAsync(cancellationToken))?.Id;
            query = query.Where(r => r.Status == LeaveRequestStatus.Pending && r.EmployeeId != selfId);
            if (!access.CanManage)
            {
                var reports = (await access.ReportsAsync(cancellationToken)).ToList();
                query = query.Where(r => reports.Contains(r.EmployeeId));
            }
        }

        if (employeeId is { } employee)
        {
            query = query.Where(r => r.EmployeeId == employee);
        }

        if (leaveTypeId is { } type)
        {
            query = query.Where(r => r.LeaveTypeId == type);
        }

        if (status is { } wanted)
        {
            query = query.Where(r => r.Status == wanted);
        }

        if (from is { } first)
        {
            query = query.Where(r => r.EndDate >= first);
        }

        if (to is { } last)
        {
            query = query.Where(r => r.StartDate <= last);
        }

        return TypedResults.Ok(await Sorting.Apply(query, sortKeys, "createdAt").ToPagedResultAsync(paging, LeaveRequestDto.From, cancellationToken));
    }

    public static async Task<Results<Ok<LeaveRequestDto>, ProblemHttpResult>> Get(
        Guid id, HrDbContext db, LeaveAccess access, HttpResponse response, CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(cancellationToken);
        var leave = await db.LeaveRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (leave is null || !scope.Includes(leave.EmployeeId))
        {
            return ApiProblems.NotFound("Leave request", id);
        }

        Preconditions.SetETag(response, leave.Version);
        return TypedResults.Ok(LeaveRequestDto.From(leave));
    }
}
