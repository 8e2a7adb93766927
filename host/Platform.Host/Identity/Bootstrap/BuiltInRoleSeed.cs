using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Security;

namespace Platform.Host.Identity.Bootstrap;

/// <summary>
/// Creates the built-in roles that do not exist yet, so accounts can be given them on a fresh store. Checks
/// before creating, so it never conflicts with other seeding of the same roles; permissions are not its business.
/// </summary>
internal static class BuiltInRoleSeed
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        [BuiltInRoles.Administrator] = "Holds every permission, including those of modules installed later.",
        [BuiltInRoles.Manager] = "People who lead a team or a department.",
        [BuiltInRoles.Employee] = "Every employee who signs in.",
    };

    public static async Task CreateMissingAsync(RoleManager<PlatformRole> roles)
    {
        foreach (var name in BuiltInRoles.All)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                IdentityResult created;
                try
                {
                    created = await roles.CreateAsync(new PlatformRole { Id = Guid.CreateVersion7(), Name = name, Description = Descriptions[name] });
                }
                catch (DbUpdateException)
                {
                    created = IdentityResult.Failed();
                }

                // Another host may have created it a moment ago; only a real failure is worth reporting.
                if (!created.Succeeded && !await roles.RoleExistsAsync(name))
                {
                    throw new InvalidOperationException($"The built-in role {name} could not be created: {string.Join(" ", created.Errors.Select(e => e.Description))}");
                }
            }
        }
    }
}
