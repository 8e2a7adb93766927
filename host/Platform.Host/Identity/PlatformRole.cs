using Microsoft.AspNetCore.Identity;

namespace Platform.Host.Identity;

/// <summary>A named set of permissions that users are assigned to.</summary>
public sealed class PlatformRole : IdentityRole<Guid>
{
    /// <summary>What the role is for, shown to administrators.</summary>
    public string? Description { get; set; }
}
