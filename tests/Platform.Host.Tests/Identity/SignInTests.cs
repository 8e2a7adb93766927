using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Identity;

/// <summary>The sign-in pages in a browser: passwords, two-step verification, lockout, deactivation, rate limits.</summary>
public sealed partial class SignInTests
{
    private const string GenericFailure = "The user name or password is incorrect, or this account cannot sign in right now.";

    private static void AssertSignedIn(HttpResponseMessage response, string to = "/account")
    {
        Assert.True(BrowserSession.IsRedirect(response), $"expected a redirect after signing in, got {(int)response.StatusCode}");
        Assert.Equal(to, BrowserSession.Local(response.Headers.Location!));
    }

    private static void AssertRefused(BrowserSession browser, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(GenericFailure, browser.Html);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_step_verification_with_an_authenticator_app_and_a_recovery_code(string provider)
    {
        using var host = new SignInHost(provider);
        var alice = await host.CreateUserAsync("alice", "alice@example.test");
        var browser = host.NewBrowser();
        AssertSignedIn(await browser.SignInAsync("alice", SignInHost.Password));

        // Enrolment: the page shows the shared key and an otpauth:// URI; a code from the key turns it on.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/authenticator")).StatusCode);
        var key = WebUtility.HtmlDecode(SharedKey().Match(browser.Html).Groups[1].Value);
        var uri = WebUtility.HtmlDecode(AuthenticatorUri().Match(browser.Html).Groups[1].Value);
        Assert.StartsWith("otpauth://totp/Platform:alice%40example.test?secret=", uri);
        Assert.Contains("secret=" + key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant(), uri);

        var notTheCode = Totp.Code(key, DateTimeOffset.UtcNow) == "000000" ? "111111" : "000000";
        var wrong = await browser.SubmitAsync("/account/authenticator", ("code", notTheCode));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var enabled = await browser.SubmitAsync("/account/authenticator", ("code", Totp.Code(key, DateTimeOffset.UtcNow)));
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.True(enabled.Headers.CacheControl?.NoStore, "recovery codes are never cached");
        var recoveryCodes = RecoveryCode().Matches(browser.Html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, recoveryCodes.Count);
        Assert.True((await host.FindUserAsync("alice")).TwoFactorEnabled);

        // The session that enabled it stays signed in (its cookie was renewed with the new security stamp).
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account")).StatusCode);
        Assert.Contains("Recovery codes left: 10", browser.Html);

        // Next sign-in: the password is not enough.
        var phone = host.NewBrowser();
        var password = await phone.SignInAsync("alice", SignInHost.Password);
        Assert.StartsWith("/account/two-factor", BrowserSession.Local(password.Headers.Location!));
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/account")).StatusCode);
        await phone.FollowAsync(password);
        var badCode = await phone.SubmitAsync("/account/two-factor", ("code", "12345x"));
        Assert.Equal(HttpStatusCode.OK, badCode.StatusCode);
        Assert.Contains("The code is not valid", phone.Html);
        AssertSignedIn(await phone.SubmitAsync("/account/two-factor", ("code", Totp.Code(key, DateTimeOffset.UtcNow))));
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/account")).StatusCode);

        // A recovery code works once.
        var laptop = host.NewBrowser();
        await laptop.FollowAsync(await laptop.SignInAsync("alice", SignInHost.Password));
        await laptop.GetAsync("/account/two-factor?returnUrl=%2Faccount&recovery=true");
        AssertSignedIn(await laptop.SubmitAsync("/account/two-factor/recovery", ("recoveryCode", recoveryCodes[0])));
        var reuse = host.NewBrowser();
        await reuse.FollowAsync(await reuse.SignInAsync("alice", SignInHost.Password));
        await reuse.GetAsync("/account/two-factor?returnUrl=%2Faccount&recovery=true");
        Assert.Equal(HttpStatusCode.OK, (await reuse.SubmitAsync("/account/two-factor/recovery", ("recoveryCode", recoveryCodes[0]))).StatusCode);
        Assert.Contains("The code is not valid", reuse.Html);

        // Turning it off needs the password.
        await phone.GetAsync("/account");
        Assert.Equal(HttpStatusCode.BadRequest, (await phone.SubmitAsync("/account/two-factor/disable", ("password", "not my password"))).StatusCode);
        await phone.GetAsync("/account");
        Assert.Equal(HttpStatusCode.OK, (await phone.SubmitAsync("/account/two-factor/disable", ("password", SignInHost.Password))).StatusCode);
        Assert.False((await host.FindUserAsync("alice")).TwoFactorEnabled);

        var actions = (await host.AuditAsync(alice.Id.ToString())).Select(e => e.Action).ToList();
        Assert.Contains("two-factor-enabled", actions);
        Assert.Contains("two-factor-disabled", actions);
        Assert.Contains(await host.AuditAsync(alice.Id.ToString()), e => e.Action == "signed-in" && e.Changes.Contains("password-and-authenticator", StringComparison.Ordinal));
        Assert.Contains(await host.AuditAsync(alice.Id.ToString()), e => e.Action == "sign-in-failed" && e.Changes.Contains("wrong-two-factor-code", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_account_locks_after_the_configured_failures_and_the_page_never_says_why()
    {
        using var host = new SignInHost(settings: new Dictionary<string, string?> { ["Platform:Identity:Lockout:MaxFailedAccessAttempts"] = "3" });
        var alice = await host.CreateUserAsync("alice");
        var browser = host.NewBrowser();

        AssertRefused(browser, await browser.SignInAsync("nobody", SignInHost.Password));
        var unknownPage = browser.Html;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            AssertRefused(browser, await browser.SignInAsync("alice", "wrong password!"));
        }

        // Locked: even the right password is refused, with the same message as for an unknown user.
        AssertRefused(browser, await browser.SignInAsync("alice", SignInHost.Password));
        Assert.Equal(Message(unknownPage), Message(browser.Html));
        Assert.True(await IsLockedOutAsync(host, "alice"));

        var audit = await host.AuditAsync(alice.Id.ToString());
        Assert.Equal(3, audit.Count(e => e.Action == "sign-in-failed" && e.Changes.Contains("wrong-password", StringComparison.Ordinal)));
        Assert.Single(audit, e => e.Action == "locked-out");
        Assert.Contains(audit, e => e.Action == "sign-in-failed" && e.Changes.Contains("locked-out", StringComparison.Ordinal));
        Assert.All(audit, e => Assert.DoesNotContain("wrong password!", e.Changes));
        Assert.Single(await host.AuditAsync("unknown"), e => e.Changes.Contains("unknown-user", StringComparison.Ordinal));

        // When the lockout ends (here: an administrator lifts it), the password works again.
        await host.UpdateUserAsync("alice", (users, user) => users.SetLockoutEndDateAsync(user, null));
        AssertSignedIn(await browser.SignInAsync("alice", SignInHost.Password));
    }

    private static async Task<bool> IsLockedOutAsync(SignInHost host, string userName)
    {
        var locked = false;
        await host.UpdateUserAsync(userName, async (users, user) => locked = await users.IsLockedOutAsync(user));
        return locked;
    }

    private static string Message(string html) => Regex.Match(html, "<div class=\"alert\" role=\"alert\">(.*?)</div>", RegexOptions.Singleline).Groups[1].Value;

    [Fact]
    public async Task A_deactivated_user_cannot_sign_in_and_loses_an_open_session()
    {
        // The default security-stamp interval (a minute) has not passed: the account pages check the flag themselves.
        using var host = new SignInHost();
        var alice = await host.CreateUserAsync("alice");
        var open = host.NewBrowser();
        AssertSignedIn(await open.SignInAsync("alice", SignInHost.Password));
        Assert.Equal(HttpStatusCode.OK, (await open.GetAsync("/account")).StatusCode);

        await host.UpdateUserAsync("alice", async (users, user) =>
        {
            user.IsActive = false;
            Assert.True((await users.UpdateAsync(user)).Succeeded);
        });

        var browser = host.NewBrowser();
        AssertRefused(browser, await browser.SignInAsync("alice", SignInHost.Password));
        Assert.Contains(await host.AuditAsync(alice.Id.ToString()), e => e.Action == "sign-in-failed" && e.Changes.Contains("not-allowed", StringComparison.Ordinal));

        var ended = await open.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.StartsWith("/account/sign-in", BrowserSession.Local(ended.Headers.Location!));
    }

    [Fact]
    public async Task Changing_the_password_keeps_this_session_and_needs_the_current_one()
    {
        using var host = new SignInHost(settings: new Dictionary<string, string?> { ["Platform:Identity:SecurityStampValidationInterval"] = "00:00:00" });
        var alice = await host.CreateUserAsync("alice");
        var browser = host.NewBrowser();
        var other = host.NewBrowser();
        AssertSignedIn(await browser.SignInAsync("alice", SignInHost.Password));
        AssertSignedIn(await other.SignInAsync("alice", SignInHost.Password));

        await browser.GetAsync("/account/password");
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.SubmitAsync("/account/password",
            ("currentPassword", "wrong one"), ("newPassword", "a new long passphrase"), ("confirmPassword", "a new long passphrase"))).StatusCode);
        await browser.GetAsync("/account/password");
        var tooShort = await browser.SubmitAsync("/account/password",
            ("currentPassword", SignInHost.Password), ("newPassword", "short"), ("confirmPassword", "short"));
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Contains("at least 10 characters", browser.Html);

        await browser.GetAsync("/account/password");
        var changed = await browser.SubmitAsync("/account/password",
            ("currentPassword", SignInHost.Password), ("newPassword", "a new long passphrase"), ("confirmPassword", "a new long passphrase"));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("Your password has been changed", browser.Html);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/account")).StatusCode);
        var oldPassword = host.NewBrowser();
        AssertRefused(oldPassword, await oldPassword.SignInAsync("alice", SignInHost.Password));
        AssertSignedIn(await host.NewBrowser().SignInAsync("alice", "a new long passphrase"));
        Assert.Contains(await host.AuditAsync(alice.Id.ToString()), e => e.Action == "password-changed");
    }

    [Fact]
    public async Task Return_urls_stay_on_the_site_and_forms_need_their_antiforgery_token()
    {
        using var host = new SignInHost();
        await host.CreateUserAsync("alice");
        AssertSignedIn(await host.NewBrowser().SignInAsync("alice", SignInHost.Password, "/account/password"), "/account/password");
        var css = await host.Http.GetAsync("/account/assets/account.css");
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".card", await css.Content.ReadAsStringAsync());
        foreach (var foreign in new[] { "https://evil.example/", "//evil.example/", "/\\evil.example/" })
        {
            AssertSignedIn(await host.NewBrowser().SignInAsync("alice", SignInHost.Password, foreign), "/account");
        }

        // Signing out: the page asks, the post ends the session and goes to the (local) return URL.
        var leaving = host.NewBrowser();
        AssertSignedIn(await leaving.SignInAsync("alice", SignInHost.Password));
        await leaving.GetAsync("/account/sign-out?returnUrl=%2Faccount%2Fpassword");
        Assert.Equal(HttpStatusCode.OK, (await leaving.GetAsync("/account")).StatusCode);
        await leaving.GetAsync("/account/sign-out?returnUrl=%2Faccount%2Fpassword");
        var signedOut = await leaving.SubmitAsync("/account/sign-out");
        Assert.Equal("/account/password", BrowserSession.Local(signedOut.Headers.Location!));
        Assert.Equal(HttpStatusCode.Redirect, (await leaving.GetAsync("/account")).StatusCode);
        var alice = await host.FindUserAsync("alice");
        Assert.Contains(await host.AuditAsync(alice.Id.ToString()), e => e.Action == "signed-out");

        // A post without the token (as from another site) is refused and signs nobody in.
        var browser = host.NewBrowser();
        await browser.GetAsync("/account/sign-in");
        var forged = await browser.Http.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "alice", ["password"] = SignInHost.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/account")).StatusCode);

        // Account pages are not in the API document.
        var paths = (await host.Http.GetJsonAsync("/swagger/platform/swagger.json")).GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/platform/me", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/account", StringComparison.Ordinal) || p.StartsWith("/connect", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sign_in_posts_and_token_requests_over_the_limit_get_429_with_retry_after()
    {
        using var host = new SignInHost(settings: new Dictionary<string, string?>
        {
            ["Platform:Identity:RateLimits:SignInPerAddress"] = "4",
            ["Platform:Identity:RateLimits:SignInPerUserName"] = "2",
            ["Platform:Identity:RateLimits:TokenPerAddress"] = "3",
            ["Platform:Identity:RateLimits:Window"] = "00:10:00",
        });
        await host.CreateUserAsync("alice");
        var browser = host.NewBrowser();

        // Per user name: the third attempt for alice within the window is refused before the password is checked.
        AssertRefused(browser, await browser.SignInAsync("alice", "wrong password 1"));
        AssertRefused(browser, await browser.SignInAsync("alice", "wrong password 2"));
        var perName = await browser.SignInAsync("ALICE", SignInHost.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, perName.StatusCode);
        Assert.True(perName.Headers.RetryAfter?.Delta > TimeSpan.Zero);

        // Per address: the fifth sign-in post is refused, whatever the name.
        AssertRefused(browser, await browser.SignInAsync("bob", "whatever it is"));
        var perAddress = await browser.SignInAsync("carol", "whatever it is");
        Assert.Equal(HttpStatusCode.TooManyRequests, perAddress.StatusCode);
        Assert.True(perAddress.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", perAddress.Content.Headers.ContentType?.MediaType);

        for (var i = 0; i < 3; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await host.TokenAsync(("grant_type", "client_credentials"), ("client_id", "x"), ("client_secret", "y"))).StatusCode);
        }

        var token = await host.TokenAsync(("grant_type", "client_credentials"), ("client_id", "x"), ("client_secret", "y"));
        Assert.Equal(HttpStatusCode.TooManyRequests, token.StatusCode);
        Assert.True(token.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task Rate_limits_can_be_switched_off()
    {
        using var host = new SignInHost(settings: new Dictionary<string, string?>
        {
            ["Platform:Identity:RateLimits:Enabled"] = "false",
            ["Platform:Identity:RateLimits:SignInPerAddress"] = "1",
            ["Platform:Identity:RateLimits:SignInPerUserName"] = "1",
        });
        await host.CreateUserAsync("alice");
        for (var i = 0; i < 3; i++)
        {
            AssertSignedIn(await host.NewBrowser().SignInAsync("alice", SignInHost.Password));
        }
    }

    [GeneratedRegex("""data-testid="shared-key">([^<]+)<""")]
    private static partial Regex SharedKey();

    [GeneratedRegex("""data-testid="authenticator-uri">([^<]+)<""")]
    private static partial Regex AuthenticatorUri();

    [GeneratedRegex("""<li><code>([^<]+)</code></li>""")]
    private static partial Regex RecoveryCode();
}
