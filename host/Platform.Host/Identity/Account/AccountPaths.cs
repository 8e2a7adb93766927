using Microsoft.AspNetCore.WebUtilities;

namespace Platform.Host.Identity.Account;

/// <summary>Where the account pages live, and the one rule for return URLs: local paths only.</summary>
public static class AccountPaths
{
    public const string Root = "/account";
    public const string SignIn = Root + "/sign-in";
    public const string SignOut = Root + "/sign-out";
    public const string TwoFactor = Root + "/two-factor";
    public const string TwoFactorRecovery = Root + "/two-factor/recovery";
    public const string Security = Root;
    public const string ChangePassword = Root + "/password";
    public const string Authenticator = Root + "/authenticator";
    public const string DisableTwoFactor = Root + "/two-factor/disable";
    public const string StyleSheet = Root + "/assets/account.css";

    /// <summary>
    /// Whether <paramref name="url"/> stays on this site: a path starting with a single <c>/</c> (not <c>//</c> or
    /// <c>/\</c>, which browsers read as another host) and free of control characters.
    /// </summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    /// <summary><paramref name="url"/> when it is local, otherwise the account overview.</summary>
    public static string LocalOrDefault(string? url) => IsLocal(url) ? url! : Security;

    public static string WithQuery(string path, params (string Name, string? Value)[] query)
    {
        var result = path;
        foreach (var (name, value) in query)
        {
            if (!string.IsNullOrEmpty(value))
            {
                result = QueryHelpers.AddQueryString(result, name, value);
            }
        }

        return result;
    }
}

/// <summary>A scope as the consent page explains it.</summary>
public sealed record ScopeDescription(string Name, string Description);
