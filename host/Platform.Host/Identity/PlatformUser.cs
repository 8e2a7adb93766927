using Microsoft.AspNetCore.Identity;

namespace Platform.Host.Identity;

/// <summary>A person who signs in to the platform.</summary>
public sealed class PlatformUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    /// <summary>Deactivated users keep their history but can no longer sign in.</summary>
    public bool IsActive { get; set; } = true;

    public DateTimeOffset? LastSignInAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
