namespace Platform.Host.Identity.Access;

/// <summary>Settings of permission evaluation, bound from <c>Platform:Identity</c>.</summary>
public sealed class AccessOptions
{
    /// <summary>
    /// How long a user's roles and a role's permissions are reused before they are read again. Changes made through
    /// this host take effect at once; the bound matters for changes made through another host sharing the database.
    /// </summary>
    public TimeSpan PermissionCacheDuration { get; set; } = TimeSpan.FromMinutes(1);
}
