namespace Platform.Sdk.Security;

/// <summary>
/// Endpoint metadata naming the permission a caller needs. The host's authorization reads it; the endpoint
/// sweep test and the OpenAPI documents use it to show which permission each operation requires.
/// </summary>
/// <param name="Name">The permission, e.g. <c>projects.tasks.write</c>.</param>
public sealed record RequiredPermission(string Name)
{
    /// <summary>The authorization policy name the host resolves for a permission.</summary>
    public string PolicyName => PolicyPrefix + Name;

    /// <summary>Prefix of permission policy names, e.g. <c>permission:projects.read</c>.</summary>
    public const string PolicyPrefix = "permission:";
}
