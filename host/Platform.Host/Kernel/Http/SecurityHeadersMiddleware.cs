using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Platform.Host.Kernel.Http;

/// <summary>
/// Adds the security headers to every response, error pages and 503s while loading included. The values are built
/// once; the headers are written when the response starts, so handlers that clear headers (the exception handler
/// does) cannot drop them.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityOptions> options)
{
    private static readonly StringValues NoSniff = "nosniff";
    private static readonly StringValues Deny = "DENY";
    private static readonly StringValues NoReferrer = "no-referrer";
    private static readonly Func<object, Task> AddHeaders = Add;

    private readonly StringValues _policy = options.Value.ContentSecurityPolicy;

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(AddHeaders, (context.Response, this));
        return next(context);
    }

    private static Task Add(object state)
    {
        var (response, self) = ((HttpResponse, SecurityHeadersMiddleware))state;
        var headers = response.Headers;
        headers.XContentTypeOptions = NoSniff;
        headers.XFrameOptions = Deny;
        headers["Referrer-Policy"] = NoReferrer;
        if (!StringValues.IsNullOrEmpty(self._policy))
        {
            headers.ContentSecurityPolicy = self._policy;
        }

        return Task.CompletedTask;
    }
}
