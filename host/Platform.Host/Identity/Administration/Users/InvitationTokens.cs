using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Platform.Host.Identity.Administration.Users;

/// <summary>How long an invitation (a user created without a password) can be accepted.</summary>
internal sealed class InvitationTokenOptions : DataProtectionTokenProviderOptions
{
    public InvitationTokenOptions()
    {
        Name = InvitationTokens.ProviderName;
        TokenLifespan = TimeSpan.FromDays(7);
    }
}

/// <summary>
/// Set-password tokens for invited users. Tokens are protected with Data Protection and bound to the user's
/// security stamp; setting the password changes the stamp, so a token works once.
/// </summary>
internal sealed class InvitationTokens(IDataProtectionProvider dataProtection, IOptions<InvitationTokenOptions> options, ILogger<DataProtectorTokenProvider<PlatformUser>> logger)
    : DataProtectorTokenProvider<PlatformUser>(dataProtection, options, logger)
{
    public const string ProviderName = "PlatformInvitation";

    public const string Purpose = "set-password";

    public TimeSpan Lifetime => Options.TokenLifespan;
}
