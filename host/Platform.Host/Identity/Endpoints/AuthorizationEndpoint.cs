using System.Collections.Immutable;
using System.Security.Claims;
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
/// The authorization endpoint of the authorization code flow. OpenIddict has validated the request (client,
/// redirect URI, response type, PKCE with S256, scopes the client may ask for) before this runs. This signs the user
/// in if needed, asks for consent when the client is a third party the user has not approved yet for these scopes,
/// and issues the code. The consent form posts to <see cref="ConsentPath"/>, also an authorization endpoint address,
/// so OpenIddict validates the request again there; only that address takes the form (and its antiforgery token).
/// </summary>
internal static class AuthorizationEndpoint
{
    public const string Path = "connect/authorize";
    public const string ConsentPath = "connect/authorize/consent";

    public static IEndpointRouteBuilder MapAuthorizationEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/" + Path, [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync)
            .AllowAnonymous().DisableAntiforgery().WithAccountPageHeaders().ExcludeFromDescription();
        app.MapPost("/" + ConsentPath, ConsentAsync)
            .AllowAnonymous().WithAccountPageHeaders().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> AuthorizeAsync(
        HttpContext context, UserManager<PlatformUser> users, IOpenIddictApplicationManager applications,
        IOpenIddictAuthorizationManager authorizations, IOpenIddictScopeManager scopeStore)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        var (user, challenge) = await SignedInUserAsync(context, request, users);
        if (user is null)
        {
            return challenge!;
        }

        var application = await applications.FindByClientIdAsync(request.ClientId!) ?? throw new InvalidOperationException("OpenIddict validated an unknown client.");
        var scopes = request.GetScopes();
        var remembered = await RememberedConsentAsync(authorizations, user, await applications.GetIdAsync(application), scopes);
        var consentType = await applications.GetConsentTypeAsync(application);
        if (consentType == ConsentTypes.Implicit || (remembered is not null && !request.HasPromptValue(PromptValues.Consent)))
        {
            return await IssueCodeAsync(users, applications, authorizations, user, application, scopes, remembered);
        }

        if (request.HasPromptValue(PromptValues.None))
        {
            return OpenIdResults.Error(Errors.ConsentRequired, "The user has not allowed this application yet.");
        }

        return AccountPage.Render<ConsentPage>(new
        {
            Token = context.FormToken(),
            Action = "/" + ConsentPath,
            ClientName = await applications.GetLocalizedDisplayNameAsync(application) ?? request.ClientId!,
            UserName = DisplayName(user),
            Scopes = await DescribeAsync(scopeStore, scopes),
            Parameters = OpenIdResults.RequestParameters(context.Request),
        });
    }

    private static async Task<IResult> ConsentAsync(
        HttpContext context, [FromForm] DecisionForm form, UserManager<PlatformUser> users, IOpenIddictApplicationManager applications,
        IOpenIddictAuthorizationManager authorizations, SignInAudit audit)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        var session = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = session.Succeeded ? await users.GetUserAsync(session.Principal) : null;
        if (user is not { IsActive: true })
        {
            // The session ended while the consent page was open: start over at the authorization endpoint.
            return OpenIdResults.SignInFirst(OpenIdResults.WithParameters("/" + Path, OpenIdResults.RequestParameters(context.Request, "decision")));
        }

        if (form.Decision != "allow")
        {
            return OpenIdResults.Error(Errors.AccessDenied, "The user denied the application access.");
        }

        var application = await applications.FindByClientIdAsync(request.ClientId!) ?? throw new InvalidOperationException("OpenIddict validated an unknown client.");
        var scopes = request.GetScopes();
        var result = await IssueCodeAsync(users, applications, authorizations, user, application, scopes, remembered: null);
        await audit.ConsentGrantedAsync(user, request.ClientId!, scopes);
        return result;
    }

    /// <summary>
    /// The user of the session cookie, or the answer that gets one: the sign-in page (coming back here), or
    /// <c>login_required</c> for <c>prompt=none</c>. <c>prompt=login</c> and an exceeded <c>max_age</c> force a new
    /// sign-in; the prompt is dropped from the return URL so the second visit does not loop.
    /// </summary>
    private static async Task<(PlatformUser? User, IResult? Challenge)> SignedInUserAsync(HttpContext context, OpenIddictRequest request, UserManager<PlatformUser> users)
    {
        var session = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = session.Succeeded ? await users.GetUserAsync(session.Principal) : null;
        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var tooOld = request.MaxAge is { } maxAge && session.Properties?.IssuedUtc is { } issued
            && now - issued > TimeSpan.FromSeconds(maxAge);
        if (user is { IsActive: true } && !request.HasPromptValue(PromptValues.Login) && !tooOld)
        {
            return (user, null);
        }

        if (request.HasPromptValue(PromptValues.None))
        {
            return (null, OpenIdResults.Error(Errors.LoginRequired, "The user is not signed in."));
        }

        var parameters = OpenIdResults.RequestParameters(context.Request, Parameters.Prompt);
        var prompts = request.GetPromptValues().Remove(PromptValues.Login);
        if (prompts.Length > 0)
        {
            parameters.Add(new(Parameters.Prompt, string.Join(' ', prompts)));
        }

        if (tooOld || request.HasPromptValue(PromptValues.Login))
        {
            parameters.RemoveAll(p => p.Key == Parameters.MaxAge);
        }

        return (null, OpenIdResults.SignInFirst(OpenIdResults.WithParameters("/" + Path, parameters)));
    }

    private static async Task<object?> RememberedConsentAsync(IOpenIddictAuthorizationManager authorizations, PlatformUser user, string? applicationId, ImmutableArray<string> scopes)
    {
        await foreach (var authorization in authorizations.FindAsync(user.Id.ToString(), applicationId, Statuses.Valid, AuthorizationTypes.Permanent, scopes))
        {
            return authorization;
        }

        return null;
    }

    /// <summary>
    /// Issues the code. Its tokens hang off a permanent authorization (the remembered consent, created on first
    /// use): revoking that authorization, or detecting a reused refresh token, ends every token issued under it.
    /// </summary>
    private static async Task<IResult> IssueCodeAsync(
        UserManager<PlatformUser> users, IOpenIddictApplicationManager applications, IOpenIddictAuthorizationManager authorizations,
        PlatformUser user, object application, ImmutableArray<string> scopes, object? remembered)
    {
        var identity = await UserTokenClaims.CreateAsync(users, user, scopes);
        var authorization = remembered ?? await authorizations.CreateAsync(
            identity, user.Id.ToString(), (await applications.GetIdAsync(application))!, AuthorizationTypes.Permanent, scopes);
        identity.SetAuthorizationId(await authorizations.GetIdAsync(authorization));
        return TypedResults.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<List<ScopeDescription>> DescribeAsync(IOpenIddictScopeManager scopeStore, ImmutableArray<string> scopes)
    {
        var described = new List<ScopeDescription>();
        foreach (var scope in scopes.Order(StringComparer.Ordinal))
        {
            var text = scope switch
            {
                Scopes.OpenId => "Know who you are",
                Scopes.Profile => "See your name and user name",
                Scopes.Email => "See your email address",
                Scopes.Roles => "See your roles",
                Scopes.OfflineAccess => "Keep access while you are away (until you sign out of it or it is revoked)",
                PlatformScopes.Api => "Act on your behalf with all the permissions you hold",
                _ => await scopeStore.FindByNameAsync(scope) is { } stored && await scopeStore.GetLocalizedDescriptionAsync(stored) is { Length: > 0 } description
                    ? description
                    : $"Use your permission \u201c{scope}\u201d",
            };
            described.Add(new ScopeDescription(scope, text));
        }

        return described;
    }

    private static string DisplayName(PlatformUser user) => string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? "" : user.DisplayName;
}
