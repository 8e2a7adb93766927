using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Identity;

/// <summary>
/// The authorization code flow with PKCE over real HTTP: a browser signs in on the host's pages, consents, and the
/// app exchanges the code; then the tokens are used, refreshed, revoked, introspected, and the session ended.
/// </summary>
public sealed class AuthorizationCodeFlowTests
{
    private const string AllScopes = "openid profile email roles offline_access api";

    private static Task<HttpResponseMessage> GetWithTokenAsync(HttpClient http, string url, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http.SendAsync(request);
    }

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
        var me = await (await GetWithTokenAsync(host.Http, "/api/platform/me", accessToken)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(alice.Id.ToString(), me.GetProperty("subject").GetString());
        Assert.Equal("alice (test)", me.GetProperty("name").GetString());
        Assert.Equal("spa", me.GetProperty("clientId").GetString());
        Assert.Equal(["api", "email", "offline_access", "openid", "profile", "roles"], me.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!).Order());

        var userinfo = await (await GetWithTokenAsync(host.Http, "/connect/userinfo", accessToken)).ReadJsonAsync(HttpStatusCode.OK);
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
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetWithTokenAsync(host.Http, "/connect/userinfo", accessToken)).StatusCode);

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
        var userinfo = await (await GetWithTokenAsync(host.Http, "/connect/userinfo", tokens.GetProperty("access_token").GetString()!)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(userinfo.TryGetProperty("sub", out _));
        Assert.False(userinfo.TryGetProperty("email", out _));
        Assert.False(userinfo.TryGetProperty("name", out _));
        Assert.False(userinfo.TryGetProperty("role", out _));
        Assert.False(tokens.TryGetProperty("refresh_token", out _), "no offline_access, no refresh token");
    }

    [Fact]
    public async Task Denying_consent_sends_access_denied_to_the_app_and_a_first_party_app_needs_no_consent()
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
        await AssertInvalidRequestAsync(browser, withoutChallenge);

        var (verifier, _) = SignInHost.Pkce();
        await AssertInvalidRequestAsync(browser, await browser.GetAsync(SignInHost.AuthorizeUrl("portal", "openid", verifier, method: "plain")));

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
    private static Task AssertInvalidRequestAsync(BrowserSession browser, HttpResponseMessage response)
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

        return Task.CompletedTask;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Refresh_tokens_rotate_and_reusing_a_rotated_one_revokes_the_whole_family(string provider)
    {
        using var host = new SignInHost(provider);
        await host.CreateUserAsync("alice");
        await host.CreateClientAsync("spa");
        var tokens = await host.AuthorizeAsync(host.NewBrowser(), "spa", AllScopes);
        var first = tokens.GetProperty("refresh_token").GetString()!;

        var refreshed = await (await host.RefreshAsync("spa", first)).ReadJsonAsync(HttpStatusCode.OK);
        var second = refreshed.GetProperty("refresh_token").GetString()!;
        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.OK, (await GetWithTokenAsync(host.Http, "/api/platform/me", refreshed.GetProperty("access_token").GetString()!)).StatusCode);

        // The first token was rotated out: using it again is taken as theft...
        var reuse = await host.RefreshAsync("spa", first);
        Assert.Equal(HttpStatusCode.BadRequest, reuse.StatusCode);
        Assert.Equal("invalid_grant", await SignInHost.ErrorAsync(reuse));

        // ...and every token of that authorization is revoked, including the newest refresh token.
        var afterTheft = await host.RefreshAsync("spa", second);
        Assert.Equal(HttpStatusCode.BadRequest, afterTheft.StatusCode);
        Assert.Equal("invalid_grant", await SignInHost.ErrorAsync(afterTheft));

        // The user can start over with a new sign-in flow.
        var fresh = await host.AuthorizeAsync(host.NewBrowser(), "spa", AllScopes);
        Assert.Equal(HttpStatusCode.OK, (await host.RefreshAsync("spa", fresh.GetProperty("refresh_token").GetString()!)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_deactivated_users_refresh_fails_and_a_password_change_ends_refresh_tokens(string provider)
    {
        using var host = new SignInHost(provider);
        await host.CreateUserAsync("alice");
        await host.CreateUserAsync("bob");
        await host.CreateClientAsync("spa");
        var alice = await host.AuthorizeAsync(host.NewBrowser(), "spa", AllScopes, "alice");
        var bob = await host.AuthorizeAsync(host.NewBrowser(), "spa", AllScopes, "bob");

        // Deactivated through the store only (the flag, not the security stamp): the token endpoint checks it.
        await host.UpdateUserAsync("alice", async (users, user) =>
        {
            user.IsActive = false;
            Assert.True((await users.UpdateAsync(user)).Succeeded);
        });
        var refused = await host.RefreshAsync("spa", alice.GetProperty("refresh_token").GetString()!);
        Assert.Equal("invalid_grant", await SignInHost.ErrorAsync(refused));
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetWithTokenAsync(host.Http, "/connect/userinfo", alice.GetProperty("access_token").GetString()!)).StatusCode);

        // A password reset changes the security stamp: Bob's refresh token stops working.
        await host.UpdateUserAsync("bob", async (users, user) =>
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            Assert.True((await users.ResetPasswordAsync(user, token, "another long passphrase")).Succeeded);
        });
        Assert.Equal("invalid_grant", await SignInHost.ErrorAsync(await host.RefreshAsync("spa", bob.GetProperty("refresh_token").GetString()!)));
    }

    [Fact]
    public async Task Revocation_and_introspection()
    {
        using var host = new SignInHost();
        var alice = await host.CreateUserAsync("alice", "alice@example.test");
        var web = await host.CreateClientAsync("web", firstParty: true, confidential: true, "profile", "offline_access", "projects.read");
        var tokens = await host.AuthorizeAsync(host.NewBrowser(), "web", "openid profile offline_access projects.read", clientSecret: web.ClientSecret);
        var accessToken = tokens.GetProperty("access_token").GetString()!;
        var refreshToken = tokens.GetProperty("refresh_token").GetString()!;

        async Task<JsonElement> IntrospectAsync(string token) =>
            await (await host.Http.PostAsync("/connect/introspect", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["client_id"] = "web", ["client_secret"] = web.ClientSecret!, ["token"] = token,
            }))).ReadJsonAsync(HttpStatusCode.OK);

        var active = await IntrospectAsync(accessToken);
        Assert.True(active.GetProperty("active").GetBoolean());
        Assert.Equal(alice.Id.ToString(), active.GetProperty("sub").GetString());
        Assert.Equal("web", active.GetProperty("client_id").GetString());
        Assert.Equal("access_token", active.GetProperty("token_usage").GetString());

        // A wrong secret cannot introspect.
        var stranger = await host.Http.PostAsync("/connect/introspect", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "web", ["client_secret"] = "wrong", ["token"] = accessToken,
        }));
        Assert.NotEqual(HttpStatusCode.OK, stranger.StatusCode);

        var revoke = await host.Http.PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "web", ["client_secret"] = web.ClientSecret!, ["token"] = refreshToken, ["token_type_hint"] = "refresh_token",
        }));
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Equal("invalid_grant", await SignInHost.ErrorAsync(await host.RefreshAsync("web", refreshToken, web.ClientSecret)));
        Assert.False((await IntrospectAsync(refreshToken)).GetProperty("active").GetBoolean());

        await host.Http.PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "web", ["client_secret"] = web.ClientSecret!, ["token"] = accessToken,
        }));
        Assert.False((await IntrospectAsync(accessToken)).GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task End_session_signs_out_and_returns_to_the_registered_address()
    {
        using var host = new SignInHost();
        await host.CreateUserAsync("alice");
        await host.CreateClientAsync("spa", firstParty: true);
        var browser = host.NewBrowser();
        var tokens = await host.AuthorizeAsync(browser, "spa", "openid profile");
        var idToken = tokens.GetProperty("id_token").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account")).StatusCode);

        // An address the client did not register is refused.
        var foreign = await browser.GetAsync($"/connect/endsession?id_token_hint={idToken}&post_logout_redirect_uri={Uri.EscapeDataString("https://evil.example/")}");
        Assert.False(BrowserSession.IsRedirect(foreign) && foreign.Headers.Location!.Host == "evil.example");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account")).StatusCode);

        var end = await browser.GetAsync($"/connect/endsession?id_token_hint={idToken}&post_logout_redirect_uri={Uri.EscapeDataString(SignInHost.PostLogoutUri)}&state=bye");
        Assert.True(BrowserSession.IsRedirect(end), $"got {(int)end.StatusCode}: {browser.Html}");
        Assert.StartsWith(SignInHost.PostLogoutUri, end.Headers.Location!.ToString());
        Assert.Contains("state=bye", end.Headers.Location!.Query);
        var account = await browser.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
        Assert.StartsWith("/account/sign-in", BrowserSession.Local(account.Headers.Location!));

        var user = await host.FindUserAsync("alice");
        Assert.Contains(await host.AuditAsync(user.Id.ToString()), e => e.Action == "signed-out");
    }

    [Fact]
    public async Task End_session_without_an_id_token_hint_asks_the_user_first()
    {
        using var host = new SignInHost();
        await host.CreateUserAsync("alice");
        await host.CreateClientAsync("spa", firstParty: true);
        var browser = host.NewBrowser();
        await browser.SignInAsync("alice", SignInHost.Password);

        var ask = await browser.GetAsync($"/connect/endsession?client_id=spa&post_logout_redirect_uri={Uri.EscapeDataString(SignInHost.PostLogoutUri)}");
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account")).StatusCode);

        await browser.GetAsync($"/connect/endsession?client_id=spa&post_logout_redirect_uri={Uri.EscapeDataString(SignInHost.PostLogoutUri)}");
        var confirmed = await browser.SubmitAsync("/connect/endsession/confirm");
        Assert.StartsWith(SignInHost.PostLogoutUri, confirmed.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/account")).StatusCode);
    }
}
