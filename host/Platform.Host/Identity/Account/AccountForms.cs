namespace Platform.Host.Identity.Account;

// What the account pages post. Bound with [FromForm], which also makes the endpoint validate the antiforgery token.

internal sealed class SignInForm
{
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

internal sealed class TwoFactorForm
{
    public string? Code { get; set; }

    public bool RememberMe { get; set; }

    public bool RememberMachine { get; set; }

    public string? ReturnUrl { get; set; }
}

internal sealed class RecoveryCodeForm
{
    public string? RecoveryCode { get; set; }

    public string? ReturnUrl { get; set; }
}

internal sealed class SignOutForm
{
    public string? ReturnUrl { get; set; }
}

internal sealed class ChangePasswordForm
{
    public string? CurrentPassword { get; set; }

    public string? NewPassword { get; set; }

    public string? ConfirmPassword { get; set; }
}

internal sealed class VerificationCodeForm
{
    public string? Code { get; set; }
}

internal sealed class PasswordConfirmationForm
{
    public string? Password { get; set; }
}

/// <summary>The consent page's (and the sign-out confirmation's) button.</summary>
internal sealed class DecisionForm
{
    public string? Decision { get; set; }
}
