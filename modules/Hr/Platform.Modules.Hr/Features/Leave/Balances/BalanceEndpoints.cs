using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Modules.Hr.Features.Leave.TeamCalendar;
using Platform.Sdk.Security;

namespace Platform.Modules.Hr.Features.Leave.Balances;

internal static class BalanceEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var balances = endpoints.MapGroup("/leave/balances").WithTags("Leave balances");
        balances.MapGet("/", ReadBalances.Balances)
            .RequirePermission(HrPermissions.LeaveRequest)
            .WithSummary("An employee's leave balances")
            .WithDescription("One row per leave type with a balance for the year (default: the current one): accrued, carried over, expired, taken, adjusted, the balance (sum of the ledger), the days reserved by pending requests and what is available (balance less pending). employeeId defaults to the caller; others' balances are for their managers up the chain (hr.leave.approve) and HR (hr.leave.manage), 404 otherwise.");
        balances.MapGet("/ledger", ReadBalances.Ledger)
            .RequirePermission(HrPermissions.LeaveRequest)
            .WithSummary("An employee's leave ledger")
            .WithDescription("Every change of the balances of the year (default: the current one) in the order they were made, optionally for one leave type: accrual, carry-over, expiry, taken, returned, adjustment. Same visibility as the balances.");
        balances.MapPost("/adjustments", AdjustBalance.Handle)
            .RequirePermission(HrPermissions.LeaveManage)
            .WithSummary("Adjust a balance")
            .WithDescription("Adds a ledger entry of kind Adjustment: signed days in steps of 0.5 and a note saying why (both required).");
        balances.MapPost("/postings", RunYearPostings.Handle)
            .RequirePermission(HrPermissions.LeaveManage)
            .WithSummary("Run the yearly postings of a leave year")
            .WithDescription("For every employee employed in the year and every leave type with a balance: settles the year before (unused days carried over up to the cap, the rest lapsing), grants the year's days (pro-rated for joiners and leavers to the nearest half day), and, once their date has passed, lets carried days not used in time lapse. Idempotent: each posting has a unique key and is never made twice. A background loop runs this for the current year every hour.");
        balances.MapGet("/export", ExportBalances.Handle)
            .RequirePermission(HrPermissions.LeaveRequest)
            .WithSummary("Export balances")
            .WithDescription("format csv (default) or xlsx; the balances of the year (default: the current one) of everyone the caller may see: themselves, their reports (hr.leave.approve), everyone (hr.leave.manage). One row per employee and leave type, ordered by employee number.");

        endpoints.MapGet("/leave/team-calendar", GetTeamCalendar.Handle)
            .RequirePermission(HrPermissions.LeaveRequest)
            .WithTags("Leave requests")
            .WithSummary("Team calendar")
            .WithDescription("Approved leave (and pending with includePending=true) overlapping from..to (at most 366 days), optionally of one department (with its sub-departments) or of everyone below a manager. Shows the leave of those the caller may see in full, with its type; an employee also sees their teammates (sharing their manager) and their manager away, approved leave only and without the leave type, which stays private.");
    }
}
