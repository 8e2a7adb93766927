using System.Net;
using System.Text.Json;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Identity;

/// <summary>
/// What happens to user tokens after the code exchange: refresh with rotation and reuse detection, refusal for
/// deactivated users and changed passwords, revocation and introspection.
/// </summary>
public sealed class TokenLifecycleTests
{
    private const string AllScopes = "openid profile email roles offline_access api";

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
        Assert.Equal(HttpStatusCode.OK, (await SignInHost.GetWithTokenAsync(host.Http, "/api/platform/me", refreshed.GetProperty("access_token").GetString()!)).StatusCode);

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

    [Fact]
    public async Task A_configured_reuse_leeway_lets_a_concurrent_refresh_through()
    {
        using var host = new SignInHost(settings: new Dictionary<string, string?> { ["Platform:Identity:RefreshTokenReuseLeeway"] = "00:05:00" });
        await host.CreateUserAsync("alice");
        await host.CreateClientAsync("spa");
        var first = (await host.AuthorizeAsync(host.NewBrowser(), "spa", AllScopes)).GetProperty("refresh_token").GetString()!;

        var one = await (await host.RefreshAsync("spa", first)).ReadJsonAsync(HttpStatusCode.OK);
        var two = await (await host.RefreshAsync("spa", first)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, (await host.RefreshAsync("spa", one.GetProperty("refresh_token").GetString()!)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.RefreshAsync("spa", two.GetProperty("refresh_token").GetString()!)).StatusCode);
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
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInHost.GetWithTokenAsync(host.Http, "/connect/userinfo", alice.GetProperty("access_token").GetString()!)).StatusCode);

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
}
