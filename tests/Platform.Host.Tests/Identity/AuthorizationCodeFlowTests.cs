using System.Net;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Identity;

/// <summary>
/// The authorization code flow with PKCE over real HTTP: a browser signs in on the host's pages, consents, and the
/// app exchanges the code; then the tokens are used, refreshed, revoked, introspected, and the session ended.
/// </summary>
public sealed class AuthorizationCodeFlowTests
{
    private const string AllScopes = "openid profile email roles offline_access api";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_user_signs_in_consents_and_the_app_calls_the_api_with_the_token(string provider)
    {
        using var host = new SignInHost(provider);
        var alice = await host.CreateUserAsync("alice", "alice@example.test", "Employee");
        await host.CreateClientAsync("spa");
        var browser = host.NewBrowser();

        // Not signed in: the authorization endpoint sends the browser to the sign-in page, which comes back.
        var (verifier, challenge) = SignInHost.Pkce();
        var first = await browser.GetAsync(SignInHost.AuthorizeUrl("spa", AllScopes, challenge));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.StartsWith("/account/sign-in", BrowserSession.Local(first.Headers.Location!));
        await browser.FollowAsync(first);
        var afterSignIn = await browser.FollowAsync(await browser.SubmitAsync("/account/sign-in", ("userName", "alice"), ("password", SignInHost.Password)));

        // A third-party app: the consent page names the app and what it asks for.
        Assert.Equal(HttpStatusCode.OK, afterSignIn.StatusCode);
        Assert.Contains("spa app", browser.Html);
        foreach (var scope in new[] { "profile", "email", "roles", "offline_access", "api" })
        {
            Assert.Contains($"data-scope=\"{scope}\"", browser.Html);
        }

        Assert.True(afterSignIn.Headers.CacheControl?.NoStore, "the consent page is never cached");
        var callback = SignInHost.CallbackParameters(await browser.SubmitAsync("/connect/authorize/consent", ("decision", "allow")));
        Assert.Equal("st4te", callback["state"]);

        // The code is bound to the PKCE challenge: a wrong verifier gets nothing.
        var wrong = await host.TokenAsync(("grant_type", "authorization_code"), ("client_id", "spa"), ("code", callback["code"]),
            ("redirect_uri", SignInHost.RedirectUri), ("code_verifier", SignInHost.Pkce().Verifier));
        Assert.Equal("invalid_grant", await SignInHost.ErrorAsync(wrong));
        var tokens = await host.ExchangeCodeAsync("spa", callback["code"], verifier);
        Assert.Equal("Bearer", tokens.GetProperty("token_type").GetString());
        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("refresh_token").GetString()));

        // The identity token carries the profile, email and roles claims the scopes granted, and the nonce.
        var idToken = SignInHost.JwtPayload(tokens.GetProperty("id_token").GetString()!);
        Assert.Equal(alice.Id.ToString(), idToken.GetProperty("sub").GetString());
        Assert.Equal("alice (test)", idToken.GetProperty("name").GetString());
        Assert.Equal("alice@example.test", idToken.GetProperty("email").GetString());
        Assert.Equal("Employee", idToken.GetProperty("role").GetString());
        Assert.Equal("n0nce", idToken.GetProperty("nonce").GetString());
        Assert.Equal("spa", idToken.GetProperty("aud").GetString());

        var accessToken = tokens.GetProperty("access_token").GetString()!;
        var me = await (await SignInHost.GetWithTokenAsync(host.Http, "/api/platform/me", accessToken)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(alice.Id.ToString(), me.GetProperty("subject").GetString());
        Assert.Equal("alice (test)", me.GetProperty("name").GetString());
        Assert.Equal("spa", me.GetProperty("clientId").GetString());
        Assert.Equal(["api", "email", "offline_access", "openid", "profile", "roles"], me.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!).Order());

        var userinfo = await (await SignInHost.GetWithTokenAsync(host.Http, "/connect/userinfo", accessToken)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(alice.Id.ToString(), userinfo.GetProperty("sub").GetString());
        Assert.Equal("alice", userinfo.GetProperty("preferred_username").GetString());
        Assert.Equal("alice@example.test", userinfo.GetProperty("email").GetString());
        Assert.Equal(["Employee"], userinfo.GetProperty("role").EnumerateArray().Select(r => r.GetString()));

        // The consent is remembered: the next authorization goes straight back to the app.
        var (_, challenge2) = SignInHost.Pkce();
        var second = await browser.GetAsync(SignInHost.AuthorizeUrl("spa", AllScopes, challenge2));
        Assert.Contains("code", SignInHost.CallbackParameters(second).Keys);

        // A code works once; a replayed code is taken as stolen and the tokens issued with it are revoked.
        var again = await host.TokenAsync(("grant_type", "authorization_code"), ("client_id", "spa"), ("code", callback["code"]),
            ("redirect_uri", SignInHost.RedirectUri), ("code_verifier", verifier));
        Assert.Equal("invalid_grant", await SignInHost.ErrorAsync(again));
        Assert.Equal("invalid_grant", await SignInHost.ErrorAsync(await host.RefreshAsync("spa", tokens.GetProperty("refresh_token").GetString()!)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInHost.GetWithTokenAsync(host.Http, "/connect/userinfo", accessToken)).StatusCode);

        var audit = await host.AuditAsync(alice.Id.ToString());
        Assert.Contains(audit, e => e.Action == "signed-in" && e.Actor == $"user:{alice.Id}");
        var consent = Assert.Single(audit, e => e.Action == "consent-granted");
        Assert.Contains("\"spa\"", consent.Changes);
        Assert.NotNull((await host.FindUserAsync("alice")).LastSignInAt);
    }

    [Fact]
    public async Task Userinfo_returns_only_what_the_scopes_allow()
    {
        using var host = new SignInHost();
        await host.CreateUserAsync("alice", "alice@example.test", "Employee");
        await host.CreateClientAsync("spa");
        var tokens = await host.AuthorizeAsync(host.NewBrowser(), "spa", "openid");
        var userinfo = await (await SignInHost.GetWithTokenAsync(host.Http, "/connect/userinfo", tokens.GetProperty("access_token").GetString()!)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(userinfo.TryGetProperty("sub", out _));
        Assert.False(userinfo.TryGetProperty("email", out _));
        Assert.False(userinfo.TryGetProperty("name", out _));
        Assert.False(userinfo.TryGetProperty("role", out _));
        Assert.False(tokens.TryGetProperty("refresh_token", out _), "no offline_access, no refresh token");
    }

    [Fact]
    public async Task Denied_consent_first_party_apps_and_the_prompt_parameter()
    {
        using var host = new SignInHost();
        await host.CreateUserAsync("alice");
        await host.CreateClientAsync("third");
        await host.CreateClientAsync("portal", firstParty: true);
        var browser = host.NewBrowser();
        await browser.SignInAsync("alice", SignInHost.Password);

        await browser.GetAsync(SignInHost.AuthorizeUrl("third", "openid profile", SignInHost.Pkce().Challenge));
        var denied = SignInHost.CallbackParameters(await browser.SubmitAsync("/connect/authorize/consent", ("decision", "deny")));
        Assert.Equal("access_denied", denied["error"]);

        var portal = await browser.GetAsync(SignInHost.AuthorizeUrl("portal", "openid profile", SignInHost.Pkce().Challenge));
        Assert.Contains("code", SignInHost.CallbackParameters(portal).Keys);

        // prompt=none for an app the user has not allowed: consent_required, no page.
        var silent = await browser.GetAsync(SignInHost.AuthorizeUrl("third", "openid profile", SignInHost.Pkce().Challenge, extra: "prompt=none"));
        Assert.Equal("consent_required", SignInHost.CallbackParameters(silent)["error"]);

        // prompt=login asks for the password again even with a session, then comes back without looping.
        var (verifier, challenge) = SignInHost.Pkce();
        var relogin = await browser.GetAsync(SignInHost.AuthorizeUrl("portal", "openid", challenge, extra: "prompt=login"));
        Assert.StartsWith("/account/sign-in", BrowserSession.Local(relogin.Headers.Location!));
        Assert.DoesNotContain("prompt", Uri.UnescapeDataString(relogin.Headers.Location!.Query));
        await browser.FollowAsync(relogin);
        var back = await browser.FollowAsync(await browser.SubmitAsync("/account/sign-in", ("userName", "alice"), ("password", SignInHost.Password)));
        var code = SignInHost.CallbackParameters(back)["code"];
        Assert.Equal(HttpStatusCode.OK, (await host.TokenAsync(("grant_type", "authorization_code"), ("client_id", "portal"), ("code", code),
            ("redirect_uri", SignInHost.RedirectUri), ("code_verifier", verifier))).StatusCode);

        // prompt=none without a session: login_required.
        var anonymous = await host.NewBrowser().GetAsync(SignInHost.AuthorizeUrl("portal", "openid", SignInHost.Pkce().Challenge, extra: "prompt=none"));
        Assert.Equal("login_required", SignInHost.CallbackParameters(anonymous)["error"]);
    }

    [Fact]
    public async Task PKCE_is_required_and_only_S256_is_accepted()
    {
        using var host = new SignInHost();
        await host.CreateUserAsync("alice");
        await host.CreateClientAsync("portal", firstParty: true);
        var browser = host.NewBrowser();
        await browser.SignInAsync("alice", SignInHost.Password);

        var withoutChallenge = await browser.GetAsync(
            $"/connect/authorize?client_id=portal&redirect_uri={Uri.EscapeDataString(SignInHost.RedirectUri)}&response_type=code&scope=openid&state=st4te");
        AssertInvalidRequest(browser, withoutChallenge);

        var (verifier, _) = SignInHost.Pkce();
        AssertInvalidRequest(browser, await browser.GetAsync(SignInHost.AuthorizeUrl("portal", "openid", verifier, method: "plain")));

        // Implicit and hybrid flows are not offered.
        var implicitFlow = await browser.GetAsync(
            $"/connect/authorize?client_id=portal&redirect_uri={Uri.EscapeDataString(SignInHost.RedirectUri)}&response_type=token&scope=openid&state=st4te&nonce=n");
        Assert.NotEqual(HttpStatusCode.OK, implicitFlow.StatusCode);
        Assert.False(BrowserSession.IsRedirect(implicitFlow) && implicitFlow.Headers.Location!.ToString().Contains("access_token", StringComparison.Ordinal));

        var discovery = await host.Http.GetJsonAsync("/.well-known/openid-configuration");
        Assert.Equal(["S256"], discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(["code"], discovery.GetProperty("response_types_supported").EnumerateArray().Select(m => m.GetString()));
        var grants = discovery.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()).ToList();
        Assert.Contains("authorization_code", grants);
        Assert.Contains("refresh_token", grants);
        Assert.DoesNotContain("password", grants);
        Assert.DoesNotContain("implicit", grants);
        foreach (var endpoint in new[] { "authorization_endpoint", "token_endpoint", "userinfo_endpoint", "revocation_endpoint", "introspection_endpoint", "end_session_endpoint" })
        {
            Assert.True(discovery.TryGetProperty(endpoint, out var uri) && uri.GetString()!.Length > 0, endpoint);
        }

        var scopes = discovery.GetProperty("scopes_supported").EnumerateArray().Select(s => s.GetString()).ToList();
        foreach (var scope in new[] { "openid", "profile", "email", "roles", "offline_access", "api" })
        {
            Assert.Contains(scope, scopes);
        }
    }

    /// <summary>Refused without a code: an error redirect to the client, or an error page when OpenIddict answers itself.</summary>
    private static void AssertInvalidRequest(BrowserSession browser, HttpResponseMessage response)
    {
        if (BrowserSession.IsRedirect(response))
        {
            var callback = SignInHost.CallbackParameters(response);
            Assert.Equal("invalid_request", callback["error"]);
            Assert.False(callback.ContainsKey("code"));
        }
        else
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("invalid_request", browser.Html);
        }
    }
}
