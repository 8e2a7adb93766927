using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Identity;

/// <summary>
/// A browser against the in-process host: keeps cookies, follows redirects only when told to (so a test sees each
/// hop), and fills in forms the way a user would, antiforgery token included.
/// </summary>
public sealed partial class BrowserSession(PlatformHost host)
{
    public HttpClient Http { get; } = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>The last page's HTML.</summary>
    public string Html { get; private set; } = "";

    public async Task<HttpResponseMessage> GetAsync(string url)
    {
        var response = await Http.GetAsync(url);
        Html = await response.Content.ReadAsStringAsync();
        return response;
    }

    /// <summary>
    /// Follows redirects that stay on the host, and stops at the first response that is not a redirect or that
    /// leaves the host (a client's redirect URI); that response is returned.
    /// </summary>
    public async Task<HttpResponseMessage> FollowAsync(HttpResponseMessage response)
    {
        for (var hops = 0; hops < 10; hops++)
        {
            if (!IsRedirect(response) || !IsLocal(response.Headers.Location!))
            {
                return response;
            }

            response = await GetAsync(Local(response.Headers.Location!));
        }

        throw new InvalidOperationException("Too many redirects.");
    }

    /// <summary>Submits the form of the current page whose action starts with <paramref name="action"/>, with its hidden fields and <paramref name="fields"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string action, params (string Name, string Value)[] fields)
    {
        var form = FindForm(Html, action);
        var values = form.Hidden.ToList();
        foreach (var (name, value) in fields)
        {
            values.RemoveAll(v => v.Key == name);
            values.Add(new(name, value));
        }

        var response = await Http.PostAsync(form.Action, new FormUrlEncodedContent(values));
        Html = await response.Content.ReadAsStringAsync();
        return response;
    }

    /// <summary>Signs in with the form (from any page that leads to it) and returns the response to the form post.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string userName, string password, string returnUrl = "/account")
    {
        await GetAsync("/account/sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl));
        return await SubmitAsync("/account/sign-in", ("userName", userName), ("password", password));
    }

    public static bool IsRedirect(HttpResponseMessage response) => (int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is not null;

    public static string Local(Uri location) => location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    private static bool IsLocal(Uri location) => !location.IsAbsoluteUri || location.Host == "localhost" && location.AbsolutePath.StartsWith("/connect", StringComparison.Ordinal) || location.Host == "localhost" && location.AbsolutePath.StartsWith("/account", StringComparison.Ordinal);

    public static (string Action, List<KeyValuePair<string, string>> Hidden) FindForm(string html, string action)
    {
        foreach (Match form in FormPattern().Matches(html))
        {
            var formAction = WebUtility.HtmlDecode(form.Groups["action"].Value);
            if (!formAction.StartsWith(action, StringComparison.Ordinal))
            {
                continue;
            }

            var hidden = HiddenPattern().Matches(form.Groups["body"].Value)
                .Select(m => new KeyValuePair<string, string>(WebUtility.HtmlDecode(m.Groups["name"].Value), WebUtility.HtmlDecode(m.Groups["value"].Value)))
                .ToList();
            return (formAction, hidden);
        }

        throw new Xunit.Sdk.XunitException($"No form posting to {action} on the page:\n{html}");
    }

    [GeneratedRegex("""<form method="post" action="(?<action>[^"]*)"[^>]*>(?<body>.*?)</form>""", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]*)" value="(?<value>[^"]*)"\s*/?>""")]
    private static partial Regex HiddenPattern();
}
