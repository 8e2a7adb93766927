using System.Net;

namespace Platform.Host.Tests.Identity;

/// <summary>RP-initiated logout at the end-session endpoint.</summary>
public sealed class EndSessionTests
{
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
