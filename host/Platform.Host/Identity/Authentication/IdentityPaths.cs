namespace Platform.Host.Identity.Authentication;

/// <summary>The paths the OpenID Connect server answers itself (discovery, keys, authorize, token, ...).</summary>
internal static class IdentityPaths
{
    public const string Connect = "/connect";
    public const string WellKnown = "/.well-known";

    public static bool IsServerPath(PathString path) =>
        path.StartsWithSegments(Connect, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments(WellKnown, StringComparison.OrdinalIgnoreCase);
}
