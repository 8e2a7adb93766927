using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Platform.Sdk.Http;

/// <summary>
/// ETags of <see cref="Persistence.IVersioned"/> entities (and of entities whose concurrency token is an opaque
/// string, such as ASP.NET Core Identity's concurrency stamp) and the If-Match check of updates.
/// </summary>
public static class Preconditions
{
    /// <summary>The strong ETag of a version, e.g. <c>"7"</c>.</summary>
    /// <param name="version">The entity version.</param>
    public static string ETagOf(long version) => ETagOf(version.ToString(CultureInfo.InvariantCulture));

    /// <summary>The strong ETag of an opaque concurrency token, e.g. <c>"3f2c…"</c>.</summary>
    /// <param name="concurrencyToken">A token that changes on every update; must not contain a double quote.</param>
    public static string ETagOf(string concurrencyToken)
    {
        ArgumentNullException.ThrowIfNull(concurrencyToken);
        return $"\"{concurrencyToken}\"";
    }

    /// <summary>Sets the ETag response header.</summary>
    /// <param name="response">The response.</param>
    /// <param name="version">The entity version.</param>
    public static void SetETag(HttpResponse response, long version) => SetETag(response, version.ToString(CultureInfo.InvariantCulture));

    /// <summary>Sets the ETag response header from an opaque concurrency token.</summary>
    /// <param name="response">The response.</param>
    /// <param name="concurrencyToken">The entity's current concurrency token.</param>
    public static void SetETag(HttpResponse response, string concurrencyToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ETag = ETagOf(concurrencyToken);
    }

    /// <summary>
    /// Checks the request's If-Match against the current version: 428 when it is missing, 412 when stale,
    /// <c>null</c> when the update may proceed.
    /// </summary>
    /// <param name="request">The update request.</param>
    /// <param name="currentVersion">The version stored now.</param>
    public static ProblemHttpResult? CheckIfMatch(HttpRequest request, long currentVersion) =>
        CheckIfMatch(request, currentVersion.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// Checks the request's If-Match against an opaque concurrency token: 428 when it is missing, 412 when stale,
    /// <c>null</c> when the update may proceed.
    /// </summary>
    /// <param name="request">The update request.</param>
    /// <param name="currentConcurrencyToken">The entity's concurrency token stored now.</param>
    public static ProblemHttpResult? CheckIfMatch(HttpRequest request, string currentConcurrencyToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(currentConcurrencyToken);
        var header = request.Headers.IfMatch;
        if (header.Count == 0)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status428PreconditionRequired,
                title: "If-Match is required.",
                detail: "Send the ETag you last read in the If-Match header, so that concurrent edits are not lost.");
        }

        if (!EntityTagHeaderValue.TryParseList(header, out var tags) ||
            !tags.Any(t => t.Tag == "*" || (!t.IsWeak && t.Tag.Value == ETagOf(currentConcurrencyToken))))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status412PreconditionFailed,
                title: "The resource was changed by someone else.",
                detail: $"If-Match does not match the current ETag {ETagOf(currentConcurrencyToken)}. Read it again and reapply your change.");
        }

        return null;
    }
}
