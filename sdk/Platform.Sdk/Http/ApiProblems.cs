using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.Sdk.Http;

/// <summary>ProblemDetails responses used across modules.</summary>
public static class ApiProblems
{
    /// <summary>404 for a missing resource.</summary>
    /// <param name="what">The kind of resource, e.g. "Project".</param>
    /// <param name="id">The id that was looked up.</param>
    public static ProblemHttpResult NotFound(string what, object id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{what} not found.", detail: $"No {what.ToLowerInvariant()} has id '{id}'.");

    /// <summary>409 for a request that conflicts with the current state (e.g. a duplicate key).</summary>
    /// <param name="title">What conflicts.</param>
    /// <param name="detail">How to resolve it.</param>
    public static ProblemHttpResult Conflict(string title, string? detail = null) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);

    /// <summary>
    /// 403 for a caller who may see the resource but not do this to it (e.g. a viewer editing a task). For a missing
    /// permission the host answers 403 itself; for a resource the caller may not see at all, answer <see cref="NotFound"/>.
    /// </summary>
    /// <param name="title">What the caller may not do.</param>
    /// <param name="detail">What would allow it.</param>
    public static ProblemHttpResult Forbidden(string title, string? detail = null) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: title, detail: detail);
}
