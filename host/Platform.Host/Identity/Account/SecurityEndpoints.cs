using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Platform.Host.Identity.Account.Pages;

namespace Platform.Host.Identity.Account;

/// <summary>
/// What a signed-in user manages about their own sign-in: password, and two-step verification with an
/// authenticator app (time-based one-time codes) plus recovery codes. Each change renews the session cookie, since
/// it changes the security stamp, which ends the user's other sessions and refresh tokens.
/// </summary>
internal static class SecurityEndpoints
{
    public const int RecoveryCodeCount = 10;
    private const string Issuer = "Platform";

    public static void MapSecurityPages(this RouteGroupBuilder account)
    {
        account.AddEndpointFilter(RequireActiveUserAsync);
        account.MapGet("/", OverviewAsync);
        account.MapGet("/password", (HttpContext context, IOptions<IdentityOptions> options) =>
            AccountPage.Render<ChangePasswordPage>(new { Token = context.FormToken(), MinimumLength = options.Value.Password.RequiredLength }));
        account.MapPost("/password", ChangePasswordAsync);
        account.MapGet("/authenticator", AuthenticatorPageAsync);
        account.MapPost("/authenticator", EnableAuthenticatorAsync);
        account.MapPost("/two-factor/disable", DisableTwoFactorAsync);
    }

    private static async Task<IResult> OverviewAsync(HttpContext context, UserManager<PlatformUser> users)
    {
        var user = CurrentUser(context);
        return await OverviewPageAsync(context, users, user, null, []);
    }

    private static async Task<IResult> ChangePasswordAsync(
        HttpContext context, [FromForm] ChangePasswordForm form, UserManager<PlatformUser> users, SignInManager<PlatformUser> signIn,
        SignInAudit audit, IOptions<IdentityOptions> options)
    {
        var user = CurrentUser(context);
        IResult Page(params string[] errors) => AccountPage.Render<ChangePasswordPage>(
            new { Token = context.FormToken(), MinimumLength = options.Value.Password.RequiredLength, Errors = errors },
            StatusCodes.Status400BadRequest);

        if (string.IsNullOrEmpty(form.CurrentPassword) || string.IsNullOrEmpty(form.NewPassword))
        {
            return Page("Enter your current password and a new one.");
        }

        if (form.NewPassword != form.ConfirmPassword)
        {
            return Page("The new password and its repetition differ.");
        }

        var result = await users.ChangePasswordAsync(user, form.CurrentPassword, form.NewPassword);
        if (!result.Succeeded)
        {
            return Page([.. result.Errors.Select(e => e.Description)]);
        }

        await signIn.RefreshSignInAsync(user);
        await audit.PasswordChangedAsync(user);
        return AccountPage.Render<ChangePasswordPage>(new { Token = context.FormToken(), Changed = true });
    }

    private static async Task<IResult> AuthenticatorPageAsync(HttpContext context, UserManager<PlatformUser> users, SignInManager<PlatformUser> signIn)
    {
        var user = CurrentUser(context);
        if (user.TwoFactorEnabled)
        {
            return Results.Redirect(AccountPaths.Security);
        }

        return await AuthenticatorPage(context, users, signIn, user, []);
    }

    private static async Task<IResult> EnableAuthenticatorAsync(
        HttpContext context, [FromForm] VerificationCodeForm form, UserManager<PlatformUser> users, SignInManager<PlatformUser> signIn, SignInAudit audit)
    {
        var user = CurrentUser(context);
        if (user.TwoFactorEnabled)
        {
            return Results.Redirect(AccountPaths.Security);
        }

        var code = (form.Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (code.Length == 0 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return await AuthenticatorPage(context, users, signIn, user, ["The code is not valid. Check the key in the app and the device's clock, then try a new code."], StatusCodes.Status400BadRequest);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        await signIn.RefreshSignInAsync(user);
        await audit.TwoFactorEnabledAsync(user);
        return AccountPage.Render<RecoveryCodesPage>(new { Codes = codes });
    }

    private static async Task<IResult> DisableTwoFactorAsync(
        HttpContext context, [FromForm] PasswordConfirmationForm form, UserManager<PlatformUser> users, SignInManager<PlatformUser> signIn, SignInAudit audit)
    {
        var user = CurrentUser(context);
        if (!user.TwoFactorEnabled)
        {
            return Results.Redirect(AccountPaths.Security);
        }

        if (string.IsNullOrEmpty(form.Password) || !await users.CheckPasswordAsync(user, form.Password))
        {
            return await OverviewPageAsync(context, users, user, null, ["The password is incorrect."], StatusCodes.Status400BadRequest);
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        // A new key, so an authenticator set up with the old one can never pass again.
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.ForgetTwoFactorClientAsync();
        await signIn.RefreshSignInAsync(user);
        await audit.TwoFactorDisabledAsync(user);
        return await OverviewPageAsync(context, users, user, "Two-step verification is off.", []);
    }

    private static async Task<IResult> AuthenticatorPage(
        HttpContext context, UserManager<PlatformUser> users, SignInManager<PlatformUser> signIn, PlatformUser user, string[] errors, int statusCode = StatusCodes.Status200OK)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // Creating the key renews the security stamp; renew the cookie with it so this session stays valid.
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("The authenticator key was not stored.");
        }

        var account = user.Email ?? user.UserName ?? user.Id.ToString();
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(account)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        return AccountPage.Render<AuthenticatorPage>(new { Token = context.FormToken(), SharedKey = Grouped(key), AuthenticatorUri = uri, Errors = errors }, statusCode);
    }

    private static async Task<IResult> OverviewPageAsync(HttpContext context, UserManager<PlatformUser> users, PlatformUser user, string? notice, string[] errors, int statusCode = StatusCodes.Status200OK) =>
        AccountPage.Render<SecurityPage>(new
        {
            Token = context.FormToken(),
            DisplayName = string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? "" : user.DisplayName,
            TwoFactorEnabled = user.TwoFactorEnabled,
            RecoveryCodesLeft = user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0,
            Notice = notice,
            Errors = errors,
        }, statusCode);

    /// <summary>
    /// The policy required a valid session cookie; between two security-stamp checks its user may still have been
    /// deleted or deactivated. Such a session ends here and the browser goes to the sign-in page.
    /// </summary>
    private static async ValueTask<object?> RequireActiveUserAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var user = await context.RequestServices.GetRequiredService<UserManager<PlatformUser>>().GetUserAsync(context.User);
        if (user is not { IsActive: true })
        {
            await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            return Results.Challenge(properties: null, [IdentityConstants.ApplicationScheme]);
        }

        context.Items[typeof(PlatformUser)] = user;
        return await next(invocation);
    }

    /// <summary>The signed-in user, loaded (with the request's UserManager) by <see cref="RequireActiveUserAsync"/>.</summary>
    private static PlatformUser CurrentUser(HttpContext context) => (PlatformUser)context.Items[typeof(PlatformUser)]!;

    /// <summary>The key in groups of four, lower case: easier to type into an app.</summary>
    private static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}
