using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using Platform.Host.Identity.Endpoints;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Host.Identity.Account;

/// <summary>
/// Interactive sign-in and the user-facing OpenID Connect flows: Identity's sign-in manager with the application and
/// two-factor cookies, the account pages (Razor components rendered on the server, no interactivity), the
/// authorization code flow with PKCE, refresh tokens (rolling, with reuse detection), revocation, introspection,
/// userinfo, end session, and rate limits on the sign-in form and the token endpoint. Only registrations happen at
/// startup; nothing here runs on requests that do not reach these endpoints.
/// </summary>
internal static class AccountSetup
{
    /// <summary>Authorization policy of the account pages: a valid sign-in cookie (never a bearer token).</summary>
    public const string SignedInPolicy = "platform:signed-in";

    public static void AddPlatformSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SignInOptions>().Bind(configuration.GetSection(SignInOptions.Section));
        services.Configure<IdentityOptions>(o =>
        {
            // Length over composition rules (NIST SP 800-63B); both can be changed in configuration.
            o.Password.RequiredLength = 10;
            o.Password.RequiredUniqueChars = 4;
            o.Password.RequireDigit = false;
            o.Password.RequireLowercase = false;
            o.Password.RequireUppercase = false;
            o.Password.RequireNonAlphanumeric = false;
            o.Lockout.AllowedForNewUsers = true;
            o.Lockout.MaxFailedAccessAttempts = 5;
            o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            configuration.GetSection(PlatformIdentityOptions.Section + ":Password").Bind(o.Password);
            configuration.GetSection(PlatformIdentityOptions.Section + ":Lockout").Bind(o.Lockout);
        });
        new IdentityBuilder(typeof(PlatformUser), typeof(PlatformRole), services)
            .AddSignInManager<PlatformSignInManager>()
            .AddDefaultTokenProviders();

        services.AddAuthentication().AddIdentityCookies();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SignInOptions>, IOptions<PlatformIdentityOptions>>((o, signIn, identity) =>
            {
                o.LoginPath = AccountPaths.SignIn;
                o.LogoutPath = AccountPaths.SignOut;
                o.AccessDeniedPath = AccountPaths.SignIn;
                o.ReturnUrlParameter = "returnUrl";
                o.ExpireTimeSpan = signIn.Value.CookieLifetime;
                o.SlidingExpiration = true;
                o.Cookie.HttpOnly = true;
                // Lax: the browser must send the cookie when a client's link brings the user to /connect/authorize.
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = identity.Value.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                var redirectToLogin = o.Events.OnRedirectToLogin;
                o.Events.OnRedirectToLogin = context => IsApi(context.Request) ? Status(context.Response, 401) : redirectToLogin(context);
                var redirectToAccessDenied = o.Events.OnRedirectToAccessDenied;
                o.Events.OnRedirectToAccessDenied = context => IsApi(context.Request) ? Status(context.Response, 403) : redirectToAccessDenied(context);
            });
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<SignInOptions>>((o, signIn) =>
            o.ValidationInterval = signIn.Value.SecurityStampValidationInterval);
        services.AddAuthorizationBuilder().AddPolicy(SignedInPolicy, policy =>
            policy.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireAuthenticatedUser());

        services.AddRazorComponents();
        services.AddAntiforgery();
        services.AddSignInRateLimits();
        services.AddScoped<SignInAudit>();

        services.AddOpenIddict().AddServer(o =>
        {
            o.SetAuthorizationEndpointUris(AuthorizationEndpoint.Path, AuthorizationEndpoint.ConsentPath)
                .SetEndSessionEndpointUris(EndSessionEndpoint.Path, EndSessionEndpoint.ConfirmPath)
                .SetUserInfoEndpointUris(UserInfoEndpoint.Path)
                .SetRevocationEndpointUris("connect/revoke")
                .SetIntrospectionEndpointUris("connect/introspect");
            // The only interactive flow: authorization code with PKCE (S256 only, see below). No implicit, no password grant.
            o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange().AllowRefreshTokenFlow();
            o.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess, PlatformScopes.Api);
            o.RegisterClaims(Claims.Name, Claims.PreferredUsername, Claims.Email, Claims.EmailVerified, Claims.Role);
            o.UseAspNetCore()
                .EnableAuthorizationEndpointPassthrough()
                .EnableEndSessionEndpointPassthrough()
                .EnableUserInfoEndpointPassthrough();
        });
        services.AddOptions<OpenIddictServerOptions>().Configure<IOptions<SignInOptions>>((o, signIn) =>
        {
            o.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain);
            o.AuthorizationCodeLifetime = signIn.Value.AuthorizationCodeLifetime;
            o.RefreshTokenLifetime = signIn.Value.RefreshTokenLifetime;
            o.RefreshTokenReuseLeeway = signIn.Value.RefreshTokenReuseLeeway > TimeSpan.Zero ? signIn.Value.RefreshTokenReuseLeeway : null;
        });
    }

    /// <summary>Rate limits: before authentication, so a limited request never reaches the (costly) secret checks.</summary>
    public static void UseSignInRateLimits(this IApplicationBuilder app) => app.UseRateLimiter();

    /// <summary>Antiforgery validation for the form endpoints: after authentication and authorization.</summary>
    public static void UseSignInForms(this IApplicationBuilder app) => app.UseAntiforgery();

    /// <summary>The account pages and the OpenID Connect endpoints that run the host's code (not in the API document).</summary>
    public static void MapPlatformSignIn(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup(AccountPaths.Root).ExcludeFromDescription().WithAccountPageHeaders();
        var anonymous = pages.MapGroup("").AllowAnonymous();
        anonymous.MapSignInPages();
        anonymous.MapGet("/assets/account.css", StyleSheet);
        pages.MapGroup("").RequireAuthorization(SignedInPolicy).MapSecurityPages();

        app.MapAuthorizationEndpoint();
        app.MapUserInfoEndpoint();
        app.MapEndSessionEndpoint();
    }

    private static IResult StyleSheet(HttpContext context)
    {
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Stream(
            typeof(AccountSetup).Assembly.GetManifestResourceStream(StyleSheetResource) ?? throw new InvalidOperationException("The account style sheet is missing."),
            "text/css; charset=utf-8");
    }

    private const string StyleSheetResource = "Platform.Host.Identity.Account.account.css";

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
