using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Platform.Host.Identity.Account;
using Platform.Host.Identity.Account.Pages;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Host.Identity.Endpoints;

/// <summary>
/// RP-initiated logout. OpenIddict has validated the request (a <c>post_logout_redirect_uri</c> must be registered
/// for the client). With an <c>id_token_hint</c> issued to the signed-in user the session ends at once; otherwise
/// the user confirms first (a bare link must not sign anyone out), on a form posted to <see cref="ConfirmPath"/>.
/// Then OpenIddict sends the browser to the client's post-logout address with its <c>state</c>.
/// </summary>
internal static class EndSessionEndpoint
{
    public const string Path = "connect/endsession";
    public const string ConfirmPath = "connect/endsession/confirm";

    public static IEndpointRouteBuilder MapEndSessionEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/" + Path, [HttpMethods.Get, HttpMethods.Post], EndSessionAsync)
            .AllowAnonymous().DisableAntiforgery().WithAccountPageHeaders().ExcludeFromDescription();
        app.MapPost("/" + ConfirmPath, ConfirmAsync)
            .AllowAnonymous().WithAccountPageHeaders().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> EndSessionAsync(HttpContext context, UserManager<PlatformUser> users, IOpenIddictApplicationManager applications)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        var user = await SessionUserAsync(context, users);
        if (user is null)
        {
            return SignedOut();
        }

        var hint = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (hint.Principal?.GetClaim(Claims.Subject) == user.Id.ToString())
        {
            return await SignOutAsync(context, user);
        }

        var client = request.ClientId is { Length: > 0 } clientId ? await applications.FindByClientIdAsync(clientId) : null;
        return AccountPage.Render<SignOutPage>(new
        {
            Token = context.FormToken(),
            Action = "/" + ConfirmPath,
            ClientName = client is null ? null : await applications.GetLocalizedDisplayNameAsync(client),
            Parameters = OpenIdResults.RequestParameters(context.Request),
        });
    }

    private static async Task<IResult> ConfirmAsync(HttpContext context, [FromForm] DecisionForm form, UserManager<PlatformUser> users)
    {
        var user = await SessionUserAsync(context, users);
        return user is null ? SignedOut() : await SignOutAsync(context, user);
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, PlatformUser user)
    {
        await context.RequestServices.GetRequiredService<SignInManager<PlatformUser>>().SignOutAsync();
        await context.RequestServices.GetRequiredService<SignInAudit>().SignedOutAsync(user);
        return SignedOut();
    }

    /// <summary>OpenIddict redirects to the validated post-logout address, or to the sign-in page when none was given.</summary>
    private static IResult SignedOut() => TypedResults.SignOut(
        new AuthenticationProperties { RedirectUri = AccountPaths.SignIn },
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    private static async Task<PlatformUser?> SessionUserAsync(HttpContext context, UserManager<PlatformUser> users)
    {
        var session = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        return session.Succeeded ? await users.GetUserAsync(session.Principal) : null;
    }
}
