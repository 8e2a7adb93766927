using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Platform.Host.Kernel.Http;

/// <summary>
/// Adds the security headers to every response, error pages and 503s while loading included. The values and the
/// callback are built once; the headers are written when the response starts, so handlers that clear headers (the
/// exception handler does) cannot drop them.
/// </summary>
internal sealed class SecurityHeadersMiddleware
{
    private static readonly StringValues NoSniff = "nosniff";
    private static readonly StringValues Deny = "DENY";
    private static readonly StringValues NoReferrer = "no-referrer";

    private readonly RequestDelegate _next;
    private readonly StringValues _policy;
    private readonly Func<object, Task> _addHeaders;

    public SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityOptions> options)
    {
        _next = next;
        _policy = options.Value.ContentSecurityPolicy;
        _addHeaders = AddHeaders;
    }

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(_addHeaders, context.Response);
        return _next(context);
    }

    private Task AddHeaders(object state)
    {
        var headers = ((HttpResponse)state).Headers;
        headers.XContentTypeOptions = NoSniff;
        headers.XFrameOptions = Deny;
        headers["Referrer-Policy"] = NoReferrer;
        // A response that set its own policy keeps it: a stricter one, such as the sandbox of an uploaded file served for download.
        if (!StringValues.IsNullOrEmpty(_policy) && StringValues.IsNullOrEmpty(headers.ContentSecurityPolicy))
        {
            headers.ContentSecurityPolicy = _policy;
        }

        return Task.CompletedTask;
    }
}
