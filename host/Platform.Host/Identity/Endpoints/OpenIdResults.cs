using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Server.AspNetCore;

namespace Platform.Host.Identity.Endpoints;

/// <summary>Answers the OpenID Connect endpoints give through OpenIddict, which renders them per the protocol.</summary>
internal static class OpenIdResults
{
    /// <summary>An OAuth error (e.g. <c>access_denied</c>, <c>login_required</c>) returned to the client.</summary>
    public static IResult Error(string error, string description) => TypedResults.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    /// <summary>Sends the browser to the sign-in page, which comes back to <paramref name="returnUrl"/>.</summary>
    public static IResult SignInFirst(string returnUrl) =>
        TypedResults.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [IdentityConstants.ApplicationScheme]);

    /// <summary>
    /// The request's parameters as the browser sent them (query for GET, form for POST), minus the page's own fields,
    /// to carry the request through the sign-in or consent page and back.
    /// </summary>
    public static List<KeyValuePair<string, string>> RequestParameters(HttpRequest request, params string[] except)
    {
        var source = request.HasFormContentType
            ? request.Form.Select(p => new KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>(p.Key, p.Value))
            : request.Query.Select(p => new KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>(p.Key, p.Value));
        return
        [
            .. from parameter in source
               where !except.Contains(parameter.Key, StringComparer.Ordinal) && parameter.Key != AntiforgeryFieldName
               from value in parameter.Value
               where value is not null
               select new KeyValuePair<string, string>(parameter.Key, value),
        ];
    }

    public static string WithParameters(string path, IEnumerable<KeyValuePair<string, string>> parameters) =>
        path + QueryString.Create(parameters.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));

    private const string AntiforgeryFieldName = "__RequestVerificationToken";
}
