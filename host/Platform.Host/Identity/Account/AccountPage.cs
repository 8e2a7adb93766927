using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.Host.Identity.Account;

/// <summary>Renders an account page (a Razor component, statically) with the headers every account page needs.</summary>
internal static class AccountPage
{
    public static RazorComponentResult<TPage> Render<TPage>(object parameters, int statusCode = StatusCodes.Status200OK)
        where TPage : IComponent =>
        new(parameters) { StatusCode = statusCode, ContentType = "text/html; charset=utf-8" };

    /// <summary>A fresh antiforgery token for the page's forms (its cookie half is set on the response).</summary>
    public static AntiforgeryTokenSet FormToken(this HttpContext context) =>
        context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);

    /// <summary>
    /// Account pages show secrets (keys, recovery codes) and take decisions (consent): never cached, never framed.
    /// </summary>
    public static TBuilder WithAccountPageHeaders<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var headers = context.HttpContext.Response.Headers;
            headers.CacheControl = "no-store";
            headers.XFrameOptions = "DENY";
            return await next(context);
        });
}
