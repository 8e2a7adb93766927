using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.TimeTracking;

/// <summary>The refusals of the time tracking endpoints.</summary>
internal static class TimeProblems
{
    public static ProblemHttpResult NotYours() => ApiProblems.Forbidden(
        "Only your own time, or as the project's manager anyone's.",
        "People log, change and delete their own time entries; the project's managers (and holders of projects.manage) do it for anyone.");

    public static ProblemHttpResult NoUser() => ApiProblems.Forbidden(
        "Timers and 'my' views belong to people.", "An API client acting on its own has no timer and no entries of its own; act for a signed-in user.");

    public static ProblemHttpResult NoTimer() => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "No timer is running.", detail: "Start one with POST /my/timer/start.");

    public static ProblemHttpResult NotTheirManager() => ApiProblems.Forbidden(
        "Only your own timesheet, or as a project manager that of others.",
        "Another person's timesheet is for the managers of projects (it shows the time in the projects they manage) and holders of projects.manage.");
}
