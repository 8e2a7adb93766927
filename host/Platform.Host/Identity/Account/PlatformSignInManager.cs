using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Platform.Host.Identity.Account;

/// <summary>
/// Identity's sign-in manager with the platform's one extra rule: a deactivated user cannot sign in, and a
/// session (cookie) of a user deactivated since fails its next security-stamp check even if the stamp is unchanged.
/// </summary>
internal sealed class PlatformSignInManager(
    UserManager<PlatformUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<PlatformUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<PlatformUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<PlatformUser> confirmation)
    : SignInManager<PlatformUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(PlatformUser user) => user.IsActive && await base.CanSignInAsync(user);

    public override async Task<bool> ValidateSecurityStampAsync(PlatformUser? user, string? securityStamp) =>
        user is { IsActive: true } && await base.ValidateSecurityStampAsync(user, securityStamp);
}
