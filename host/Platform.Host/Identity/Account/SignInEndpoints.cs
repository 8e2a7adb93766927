using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Platform.Host.Identity.Account.Pages;

namespace Platform.Host.Identity.Account;

/// <summary>
/// Signing in (password, then the second step when two-step verification is on) and out. Every failure shows the
/// same message, so the page never tells whether an account exists, is locked or is deactivated; the audit trail
/// records the real reason.
/// </summary>
internal static class SignInEndpoints
{
    public const string FailedMessage = "The user name or password is incorrect, or this account cannot sign in right now.";
    public const string WrongCodeMessage = "The code is not valid, or this account cannot sign in right now.";

    public static void MapSignInPages(this RouteGroupBuilder account)
    {
        account.MapGet("/sign-in", (HttpContext context, string? returnUrl) =>
            AccountPage.Render<SignInPage>(new { Token = context.FormToken(), ReturnUrl = AccountPaths.LocalOrDefault(returnUrl) }));
        account.MapPost("/sign-in", SignInAsync).RequireRateLimiting(SignInRateLimits.SignInPolicy);

        account.MapGet("/two-factor", TwoFactorPageAsync);
        account.MapPost("/two-factor", TwoFactorAsync).RequireRateLimiting(SignInRateLimits.SignInPolicy);
        account.MapPost("/two-factor/recovery", RecoveryCodeAsync).RequireRateLimiting(SignInRateLimits.SignInPolicy);

        account.MapGet("/sign-out", (HttpContext context, string? returnUrl) => AccountPage.Render<SignOutPage>(new
        {
            Token = context.FormToken(),
            Action = AccountPaths.SignOut,
            Parameters = AccountPaths.IsLocal(returnUrl) ? new[] { new KeyValuePair<string, string>("returnUrl", returnUrl!) } : [],
        }));
        account.MapPost("/sign-out", SignOutAsync);
    }

    private static async Task<IResult> SignInAsync(
        HttpContext context, [FromForm] SignInForm form, UserManager<PlatformUser> users, SignInManager<PlatformUser> signIn,
        UserNameThrottle throttle, SignInAudit audit, TimeProvider time)
    {
        var userName = form.UserName?.Trim() ?? "";
        var returnUrl = AccountPaths.LocalOrDefault(form.ReturnUrl);
        using (var refused = throttle.TryAcquire(userName))
        {
            if (refused is not null)
            {
                await SignInRateLimits.RejectAsync(context, refused, context.RequestAborted);
                return Results.Empty;
            }
        }

        var user = userName.Length == 0 ? null : await users.FindByNameAsync(userName);
        if (user is null || string.IsNullOrEmpty(form.Password))
        {
            // Spend the time a password check takes, so response times do not reveal which names exist.
            users.PasswordHasher.VerifyHashedPassword(new PlatformUser(), UnknownUserHash.Value, form.Password ?? "");
            if (user is null)
            {
                await audit.UnknownUserAsync();
            }
            else
            {
                await audit.SignInFailedAsync(user, "missing-password");
            }

            return Failed(context, userName, returnUrl);
        }

        var wasLockedOut = await users.IsLockedOutAsync(user);
        var result = await signIn.PasswordSignInAsync(user, form.Password, form.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await RecordSignInAsync(users, audit, time, user, "password");
            return Results.LocalRedirect(returnUrl);
        }

        if (result.RequiresTwoFactor)
        {
            return Results.Redirect(AccountPaths.WithQuery(AccountPaths.TwoFactor, ("returnUrl", returnUrl), ("rememberMe", form.RememberMe ? "true" : null)));
        }

        await RecordFailureAsync(audit, user, result, wasLockedOut, "wrong-password");
        return Failed(context, userName, returnUrl);
    }

    private static async Task<IResult> TwoFactorPageAsync(HttpContext context, SignInManager<PlatformUser> signIn, string? returnUrl, bool rememberMe = false, bool recovery = false)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return Results.Redirect(AccountPaths.WithQuery(AccountPaths.SignIn, ("returnUrl", AccountPaths.LocalOrDefault(returnUrl))));
        }

        return AccountPage.Render<TwoFactorPage>(new
        {
            Token = context.FormToken(),
            ReturnUrl = AccountPaths.LocalOrDefault(returnUrl),
            RememberMe = rememberMe,
            UseRecoveryCode = recovery,
        });
    }

    private static async Task<IResult> TwoFactorAsync(
        HttpContext context, [FromForm] TwoFactorForm form, UserManager<PlatformUser> users, SignInManager<PlatformUser> signIn, SignInAudit audit, TimeProvider time)
    {
        var returnUrl = AccountPaths.LocalOrDefault(form.ReturnUrl);
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return Results.Redirect(AccountPaths.WithQuery(AccountPaths.SignIn, ("returnUrl", returnUrl)));
        }

        var code = (form.Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var wasLockedOut = await users.IsLockedOutAsync(user);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, form.RememberMe, form.RememberMachine);
        if (result.Succeeded)
        {
            await RecordSignInAsync(users, audit, time, user, "password-and-authenticator");
            return Results.LocalRedirect(returnUrl);
        }

        await RecordFailureAsync(audit, user, result, wasLockedOut, "wrong-two-factor-code");
        return AccountPage.Render<TwoFactorPage>(new { Token = context.FormToken(), ReturnUrl = returnUrl, form.RememberMe, Errors = new[] { WrongCodeMessage } });
    }

    private static async Task<IResult> RecoveryCodeAsync(
        HttpContext context, [FromForm] RecoveryCodeForm form, UserManager<PlatformUser> users, SignInManager<PlatformUser> signIn, SignInAudit audit, TimeProvider time)
    {
        var returnUrl = AccountPaths.LocalOrDefault(form.ReturnUrl);
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return Results.Redirect(AccountPaths.WithQuery(AccountPaths.SignIn, ("returnUrl", returnUrl)));
        }

        var wasLockedOut = await users.IsLockedOutAsync(user);
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync((form.RecoveryCode ?? "").Replace(" ", "", StringComparison.Ordinal));
        if (result.Succeeded)
        {
            await RecordSignInAsync(users, audit, time, user, "password-and-recovery-code");
            return Results.LocalRedirect(returnUrl);
        }

        await RecordFailureAsync(audit, user, result, wasLockedOut, "wrong-recovery-code");
        return AccountPage.Render<TwoFactorPage>(new { Token = context.FormToken(), ReturnUrl = returnUrl, UseRecoveryCode = true, Errors = new[] { WrongCodeMessage } });
    }

    private static async Task<IResult> SignOutAsync(
        HttpContext context, [FromForm] SignOutForm form, UserManager<PlatformUser> users, SignInManager<PlatformUser> signIn, SignInAudit audit)
    {
        var session = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (session.Succeeded && await users.GetUserAsync(session.Principal) is { } user)
        {
            await signIn.SignOutAsync();
            await audit.SignedOutAsync(user);
        }

        return Results.LocalRedirect(AccountPaths.IsLocal(form.ReturnUrl) ? form.ReturnUrl! : AccountPaths.SignIn);
    }

    private static IResult Failed(HttpContext context, string userName, string returnUrl) =>
        AccountPage.Render<SignInPage>(new { Token = context.FormToken(), ReturnUrl = returnUrl, UserName = userName, Errors = new[] { FailedMessage } });

    private static async Task RecordSignInAsync(UserManager<PlatformUser> users, SignInAudit audit, TimeProvider time, PlatformUser user, string method)
    {
        user.LastSignInAt = time.GetUtcNow();
        await users.UpdateAsync(user);
        await audit.SignedInAsync(user, method);
    }

    private static async Task RecordFailureAsync(SignInAudit audit, PlatformUser user, Microsoft.AspNetCore.Identity.SignInResult result, bool wasLockedOut, string wrongSecretReason)
    {
        if (result.IsLockedOut && !wasLockedOut)
        {
            // This attempt used up the last try: the account is now locked.
            await audit.SignInFailedAsync(user, wrongSecretReason);
            await audit.LockedOutAsync(user);
        }
        else
        {
            await audit.SignInFailedAsync(user, result.IsLockedOut ? "locked-out" : result.IsNotAllowed ? "not-allowed" : wrongSecretReason);
        }
    }

    private static readonly Lazy<string> UnknownUserHash = new(() =>
        new PasswordHasher<PlatformUser>().HashPassword(new PlatformUser(), Guid.NewGuid().ToString()));
}
