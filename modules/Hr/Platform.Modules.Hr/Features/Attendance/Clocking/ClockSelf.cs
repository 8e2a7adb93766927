using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Hr.Domain.Attendance;
using Platform.Modules.Hr.Features.Access;

namespace Platform.Modules.Hr.Features.Attendance.Clocking;

/// <summary>Clocking for oneself: from the browser (sign-in cookie) it is recorded as Web, through an API client as Api.</summary>
internal static class ClockSelf
{
    public static Task<Results<Created<AttendanceEntryDto>, ValidationProblem, ProblemHttpResult>> ClockIn(HrAccess access, ClockRecorder recorder, CancellationToken cancellationToken) =>
        RecordAsync(ClockAction.ClockIn, access, recorder, cancellationToken);

    public static Task<Results<Created<AttendanceEntryDto>, ValidationProblem, ProblemHttpResult>> ClockOut(HrAccess access, ClockRecorder recorder, CancellationToken cancellationToken) =>
        RecordAsync(ClockAction.ClockOut, access, recorder, cancellationToken);

    public static Task<Results<Created<AttendanceEntryDto>, ValidationProblem, ProblemHttpResult>> BreakStart(HrAccess access, ClockRecorder recorder, CancellationToken cancellationToken) =>
        RecordAsync(ClockAction.BreakStart, access, recorder, cancellationToken);

    public static Task<Results<Created<AttendanceEntryDto>, ValidationProblem, ProblemHttpResult>> BreakEnd(HrAccess access, ClockRecorder recorder, CancellationToken cancellationToken) =>
        RecordAsync(ClockAction.BreakEnd, access, recorder, cancellationToken);

    private static async Task<Results<Created<AttendanceEntryDto>, ValidationProblem, ProblemHttpResult>> RecordAsync(
        ClockAction action, HrAccess access, ClockRecorder recorder, CancellationToken cancellationToken)
    {
        if (await access.SelfAsync(cancellationToken) is not { } self)
        {
            return AttendanceProblems.NoEmployeeRecord();
        }

        var source = access.Caller.ClientId is null ? EntrySource.Web : EntrySource.Api;
        var recordedBy = access.Caller.ClientId ?? access.Caller.UserId?.ToString();
        return await recorder.RecordAsync(self, action, source, recordedBy, cancellationToken);
    }
}
