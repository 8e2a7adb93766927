using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Attendance.Anomalies;

/// <summary>The anomaly check run by hand for one date; answers what it newly reported.</summary>
internal static class RunAnomalyCheck
{
    public static async Task<Results<Ok<List<ReportedAnomaly>>, ValidationProblem>> Handle(DateOnly? date, AnomalyCheck check, CancellationToken cancellationToken)
    {
        if (date is not { } day)
        {
            return new ValidationErrors().Add("date", "date is required (yyyy-MM-dd).").ToProblem();
        }

        return TypedResults.Ok((await check.RunAsync(day, cancellationToken)).ToList());
    }
}
