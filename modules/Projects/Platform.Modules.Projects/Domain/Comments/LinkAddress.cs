namespace Platform.Modules.Projects.Domain.Comments;

/// <summary>
/// Validates the address of a URL link. Only absolute http and https addresses with a host are accepted: anything
/// else (javascript:, data:, file:, relative paths) could run script or reach local files when a reader clicks it.
/// Addresses with a user name or password are refused too: they are a classic way to disguise where a link goes.
/// </summary>
public static class LinkAddress
{
    /// <summary>The normalised address, or null with <paramref name="error"/> saying what is wrong.</summary>
    public static string? Validate(string? value, out string? error)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            error = "url is required.";
            return null;
        }

        if (text.Length > TaskLink.UrlMaxLength)
        {
            error = $"url must be at most {TaskLink.UrlMaxLength} characters.";
            return null;
        }

        if (text.Any(char.IsControl) || !Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            error = "url must be an absolute http or https address.";
            return null;
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            error = $"url must use http or https, not '{uri.Scheme}'.";
            return null;
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            error = "url must not contain a user name or password.";
            return null;
        }

        error = null;
        return uri.AbsoluteUri;
    }
}
