using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Platform.Host.Kernel.Http;

/// <summary>
/// Turns exceptions into ProblemDetails: bad requests (malformed JSON, wrong types, oversized bodies) into
/// 4xx responses that name the offending field, concurrency conflicts into 412, everything else into a 500
/// that reveals nothing but the trace id outside Development.
/// </summary>
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problems, IHostEnvironment environment, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Describe(exception);
        if (problem.Status >= 500)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            if (environment.IsDevelopment())
            {
                problem.Extensions["exception"] = exception.ToString();
            }
        }

        httpContext.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Describe(Exception exception) => exception switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => new ProblemDetails
        {
            Status = StatusCodes.Status413PayloadTooLarge,
            Title = "The request body is too large.",
            Detail = exception.Message,
        },
        BadHttpRequestException { InnerException: JsonException json } => InvalidJson(json),
        BadHttpRequestException bad => new ProblemDetails
        {
            Status = bad.StatusCode,
            Title = "The request is invalid.",
            Detail = bad.Message,
        },
        DbUpdateException { InnerException: { } inner } when IsUniqueViolation(inner) => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The request conflicts with an existing record.",
            Detail = "A value that must be unique is already taken; nothing was saved.",
        },
        DbUpdateConcurrencyException => new ProblemDetails
        {
            Status = StatusCodes.Status412PreconditionFailed,
            Title = "The resource was changed by someone else.",
            Detail = "Read it again and reapply your change.",
        },
        _ => new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Title = "An unexpected error occurred.",
            Detail = "The error was logged with the trace id of this response.",
        },
    };

    /// <summary>Unique-key violations of the three providers: a race between two creates is a 409, not a 500.</summary>
    private static bool IsUniqueViolation(Exception inner) => inner switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        Npgsql.PostgresException postgres => postgres.SqlState == "23505",
        Microsoft.Data.SqlClient.SqlException sqlServer => sqlServer.Number is 2601 or 2627,
        _ => false,
    };

    private static HttpValidationProblemDetails InvalidJson(JsonException json)
    {
        var errors = new Dictionary<string, string[]>();
        var missing = MissingProperties().Match(json.Message);
        if (missing.Success)
        {
            // Missing required properties: name each one, not the internal type that lacks them.
            foreach (var name in missing.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                errors[name.Trim('\'')] = [$"{name.Trim('\'')} is required."];
            }
        }
        else if (json.Path is null || json.LineNumber is null)
        {
            errors["body"] = ["The body is not valid JSON."];
        }
        else if (json.Message.Contains("could not be converted", StringComparison.Ordinal))
        {
            errors[FieldName(json.Path)] = [$"The value at '{json.Path}' has the wrong type or format."];
        }
        else
        {
            errors[FieldName(json.Path)] = [$"The JSON is malformed at '{json.Path}' (line {json.LineNumber + 1}, byte {json.BytePositionInLine})."];
        }

        return new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request body could not be read.",
        };
    }

    /// <summary><c>$.tasks[2].title</c> becomes <c>tasks[2].title</c>; the root becomes <c>body</c>.</summary>
    private static string FieldName(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    [GeneratedRegex("missing required properties including: (.+?)\\.?$")]
    private static partial Regex MissingProperties();
}
