using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Identity.Access;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Security;

namespace Platform.Host.Tests.Identity;

/// <summary>
/// Every endpoint the host exposes, with the first-party modules and every fixture module loaded: without credentials
/// it answers 401; with a valid token holding every permission except the one it names, 403. Endpoints open to
/// anonymous callers, and those needing only an authenticated caller, are the reviewed lists below; any new endpoint
/// must name a permission or be added to a list on purpose.
/// </summary>
public sealed partial class EndpointSweepTests : IDisposable
{
    /// <summary>
    /// Open on purpose: probes for load balancers; the OpenID Connect endpoints, where OpenIddict authenticates the
    /// client, the code, the access token or the sign-in cookie itself; the sign-in pages and their style sheet; accepting
    /// an invitation, where the one-time token is the credential; HR's leave calendar feeds, which calendar apps
    /// subscribe to without signing in (the secret token in the URL is the credential), and Projects' task feeds, for the
    /// same reason.
    /// </summary>
    private static readonly HashSet<string> Anonymous =
    [
        "* /health/live",
        "* /health/ready",
        "* /health",
        "POST /connect/token",
        "POST /api/platform/invitations/accept",
        "GET /api/hr/calendar-feeds/{token}.ics",
        "GET /api/projects/feeds/{token}.ics",
        "GET /api/documents/shared/{token}",
        "GET /api/documents/shared/{token}/content",
        "GET /api/documents/shared/{token}/documents/{documentId:guid}/content",
        "GET /api/documents/shared/{token}/archive",
        "GET /connect/authorize",
        "POST /connect/authorize",
        "POST /connect/authorize/consent",
        "GET /connect/userinfo",
        "POST /connect/userinfo",
        "GET /connect/endsession",
        "POST /connect/endsession",
        "POST /connect/endsession/confirm",
        "GET /account/sign-in",
        "POST /account/sign-in",
        "GET /account/two-factor",
        "POST /account/two-factor",
        "POST /account/two-factor/recovery",
        "GET /account/sign-out",
        "POST /account/sign-out",
        "GET /account/assets/account.css",
    ];

    /// <summary>The signed-in user's own security pages: a browser without the sign-in cookie is sent to sign in.</summary>
    private static readonly HashSet<string> SignedInPages =
    [
        "GET /account/",
        "GET /account/password",
        "POST /account/password",
        "GET /account/authenticator",
        "POST /account/authenticator",
        "POST /account/two-factor/disable",
    ];

    /// <summary>Any authenticated caller: who am I, and the catch-all that answers 404 or 503 for unknown module routes.</summary>
    private static readonly HashSet<string> AuthenticatedOnly =
    [
        "GET /api/platform/me",
        "GET /api/platform/antiforgery",
        "* /api/{moduleId}/{**rest}",
    ];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Every_endpoint_answers_401_without_a_token_and_403_without_its_permission()
    {
        var plugins = new PluginFolder(_temp.Combine("plugins"))
            .Add(TestPaths.FirstPartyPlugin("projects"))
            .Add(TestPaths.FirstPartyPlugin("hr"))
            .Add(TestPaths.FirstPartyPlugin("documents"))
            .Add(TestPaths.FixturePlugin("listener"))
            .Add(TestPaths.FixturePlugin("inventory-v1"))
            .AddGeneric("generic", "1.0.0");
        using var database = TestDatabase.Create("sqlite");
        using var host = new PlatformHost(plugins.Path, _temp.Combine("data"), database);
        var anonymous = host.CreateClient();
        var catalog = host.Services.GetRequiredService<PermissionCatalog>();
        var endpoints = Sweep(host);
        Assert.Contains(endpoints, e => e.Key.StartsWith("GET /api/projects/", StringComparison.Ordinal));
        Assert.Contains(endpoints, e => e.Key == "GET /api/generic/ping");
        Assert.Contains(endpoints, e => e.Key == "GET /api/listener/received");

        Assert.Equal(Anonymous.Order(), endpoints.Where(e => e.IsAnonymous).Select(e => e.Key).Order());
        Assert.Equal(
            AuthenticatedOnly.Concat(SignedInPages).Order(),
            endpoints.Where(e => !e.IsAnonymous && e.Permission is null).Select(e => e.Key).Order());

        var allowedEverything = await host.CreateClientWithPermissionsAsync();
        var browser = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var endpoint in endpoints.Where(e => SignedInPages.Contains(e.Key)))
        {
            var page = await browser.SendAsync(endpoint.Request(form: true));
            Assert.True(page.StatusCode == HttpStatusCode.Redirect, $"{endpoint.Key} without the sign-in cookie: {(int)page.StatusCode}");
            Assert.StartsWith("/account/sign-in", page.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        }

        foreach (var endpoint in endpoints.Where(e => !e.IsAnonymous && !SignedInPages.Contains(e.Key)))
        {
            var unauthenticated = await anonymous.SendAsync(endpoint.Request());
            Assert.True(unauthenticated.StatusCode == HttpStatusCode.Unauthorized, $"{endpoint.Key} without a token: {(int)unauthenticated.StatusCode}");
            Assert.Equal("application/problem+json", unauthenticated.Content.Headers.ContentType?.MediaType);

            if (endpoint.Permission is not { } permission)
            {
                var authenticated = await allowedEverything.SendAsync(endpoint.Request());
                Assert.True(authenticated.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden), $"{endpoint.Key} with a token: {(int)authenticated.StatusCode}");
                continue;
            }

            Assert.True(catalog.Contains(permission), $"{endpoint.Key} requires '{permission}', which no running module declares");
            var lacking = await host.CreateClientWithPermissionsAsync([.. catalog.Names.Where(n => n != permission)]);
            var forbidden = await lacking.SendAsync(endpoint.Request());
            var body = await forbidden.Content.ReadAsStringAsync();
            Assert.True(forbidden.StatusCode == HttpStatusCode.Forbidden, $"{endpoint.Key} without '{permission}': {(int)forbidden.StatusCode} {body}");
            Assert.Contains(permission, body);
        }
    }

    private static List<SweptEndpoint> Sweep(PlatformHost host)
    {
        _ = host.CreateClient(); // modules loaded: their endpoints are published
        var swept = new List<SweptEndpoint>();
        foreach (var endpoint in host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
            var isAnonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var permission = endpoint.Metadata.GetOrderedMetadata<RequiredPermission>().LastOrDefault()?.Name;
            if (methods is null or { Count: 0 })
            {
                swept.Add(new SweptEndpoint("*", pattern, isAnonymous, permission));
                continue;
            }

            swept.AddRange(methods.Select(m => new SweptEndpoint(m, pattern, isAnonymous, permission)));
        }

        return swept;
    }

    private sealed partial record SweptEndpoint(string Method, string Pattern, bool IsAnonymous, string? Permission)
    {
        public string Key => $"{Method} {Pattern}";

        /// <summary>A request matching the route, its parameters filled with well-formed values.</summary>
        public HttpRequestMessage Request(bool form = false)
        {
            var path = Parameter().Replace(Pattern, match => match.Value.Contains(":guid", StringComparison.Ordinal)
                ? Guid.NewGuid().ToString()
                : match.Value.Contains(":int", StringComparison.Ordinal) ? "1"
                : match.Value.StartsWith("{moduleId", StringComparison.Ordinal) ? "no-such-module" : "x");
            var request = new HttpRequestMessage(new HttpMethod(Method == "*" ? "GET" : Method), path);
            if (form && Method == "POST")
            {
                // Page forms only match form posts.
                request.Content = new FormUrlEncodedContent([]);
            }
            else if (Method is "POST" or "PUT" or "PATCH")
            {
                // Endpoints that read a JSON body only match JSON requests; authorization runs before the body is read.
                request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            }

            return request;
        }

        [GeneratedRegex(@"\{[^}]+\}")]
        private static partial Regex Parameter();
    }
}
