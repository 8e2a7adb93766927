using System.Text.RegularExpressions;

namespace Platform.Host.Kernel.Http;

/// <summary>
/// Takes a well-formed X-Correlation-Id from the caller (or makes one from the trace id) and echoes it, so
/// a client can follow its request through events, deliveries and the audit trail.
/// </summary>
internal sealed partial class CorrelationMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var supplied = context.Request.Headers[PlatformExecutionContext.CorrelationHeader].ToString();
        var correlationId = SafeId().IsMatch(supplied)
            ? supplied
            : System.Diagnostics.Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
        context.Items[PlatformExecutionContext.CorrelationHeader] = correlationId;
        context.Response.Headers[PlatformExecutionContext.CorrelationHeader] = correlationId;
        return next(context);
    }

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,100}$")]
    private static partial Regex SafeId();
}
