using Platform.Sdk.Http;

namespace Platform.Host.Identity.Administration.Clients;

/// <summary>
/// Which redirect URIs a client may register (RFC 8252 / OAuth 2.0 Security BCP): https anywhere, http only on
/// the loopback interface, or a private-use scheme of a native app (reverse domain name, so it contains a dot).
/// No fragments.
/// </summary>
internal static class RedirectUriRules
{
    public static void Validate(IReadOnlyList<string> uris, string field, ValidationErrors errors)
    {
        foreach (var text in uris)
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
            {
                errors.Add(field, $"'{text}' is not an absolute URI.");
            }
            else if (!string.IsNullOrEmpty(uri.Fragment))
            {
                errors.Add(field, $"'{text}' must not contain a fragment.");
            }
            else if (!(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && (uri.IsLoopback || uri.Host == "localhost")) ||
                       (uri.Scheme.Contains('.', StringComparison.Ordinal) && uri.Scheme != Uri.UriSchemeHttp)))
            {
                errors.Add(field, $"'{text}' must use https (http only for localhost) or a private-use scheme such as com.example.app.");
            }
        }
    }
}
