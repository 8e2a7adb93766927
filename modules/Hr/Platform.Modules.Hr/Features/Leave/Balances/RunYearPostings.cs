using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Leave.Balances;

/// <summary>The leave year to post.</summary>
public sealed record PostingRunRequest(int? Year);

/// <summary>Runs the yearly postings for a year on demand (the background loop runs them for the current year).</summary>
internal static class RunYearPostings
{
    public static async Task<Results<Ok<PostingRunResult>, ValidationProblem>> Handle(
        PostingRunRequest request, HrDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var errors = new ValidationErrors();
        errors.Require(request.Year is >= 2000 && request.Year <= now.Year, "year",
            $"year is required, from 2000 to the current year {now.Year}: a year is granted when it starts and settled after it ends.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        return TypedResults.Ok(await LeaveYearPostingRun.RunAsync(db, request.Year!.Value, now, cancellationToken));
    }
}
