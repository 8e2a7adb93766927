using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Leave;

/// <summary>403 answers for callers who see a leave request but may not do what they asked.</summary>
internal static class LeaveProblems
{
    public static ProblemHttpResult CannotDecide() => ApiProblems.Forbidden(
        "You may not decide this request.",
        "Leave is approved or rejected by the employee's managers up the chain (with hr.leave.approve) or by HR (hr.leave.manage); nobody decides their own request.");

    public static ProblemHttpResult CannotCancel() => ApiProblems.Forbidden(
        "You may not cancel this request.",
        "Employees cancel their own pending requests and approved leave that has not started; HR (hr.leave.manage) cancels any request that is pending or approved.");

    public static ProblemHttpResult NotForOthers() => ApiProblems.Forbidden(
        "You may only request leave for yourself.",
        "Requesting leave on behalf of another employee needs hr.leave.manage.");

    public static ProblemHttpResult NoEmployeeRecord() => ApiProblems.Forbidden(
        "You have no employee record.",
        "Leave is requested by employees: ask HR to link your user account to your employee record, or name the employee (with hr.leave.manage).");
}
