using Microsoft.AspNetCore.Identity;

namespace Platform.Host.Identity;

/// <summary>A named set of permissions that users are assigned to.</summary>
public sealed class PlatformRole : IdentityRole<Guid>;
