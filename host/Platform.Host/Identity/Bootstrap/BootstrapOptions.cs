namespace Platform.Host.Identity.Bootstrap;

/// <summary>
/// Accounts created at startup, bound from <c>Platform:Identity:Bootstrap</c>: the first administrator of a new
/// installation (created only while no active administrator exists), and in Development a few demo users.
/// </summary>
public sealed class BootstrapOptions
{
    public const string Section = "Platform:Identity:Bootstrap";

    /// <summary>Email of the administrator to create when no active administrator exists.</summary>
    public string? AdminEmail { get; set; }

    /// <summary>That administrator's initial password (never logged).</summary>
    public string? AdminPassword { get; set; }

    /// <summary>That administrator's display name.</summary>
    public string AdminDisplayName { get; set; } = "Administrator";

    /// <summary>Further users created once each, when no user with their email exists (demo data in Development).</summary>
    public List<BootstrapUser> Users { get; set; } = [];

    public bool HasAdmin => !string.IsNullOrWhiteSpace(AdminEmail) && !string.IsNullOrEmpty(AdminPassword);
}

/// <summary>A user the bootstrap creates once.</summary>
public sealed class BootstrapUser
{
    public string Email { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string Password { get; set; } = "";

    public List<string> Roles { get; set; } = [];
}
