using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using Platform.Host.Identity.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.Security;

namespace Platform.Host.Identity.Administration.Users;

/// <summary>What creating a user produced: the user, or field errors, or a conflict.</summary>
internal sealed record UserCreation(PlatformUser? User, ValidationErrors? Errors, string? Conflict);

/// <summary>
/// The operations on user accounts that the administration API, the <c>users</c> verbs and the bootstrap share:
/// create, set a password, revoke every session. Passwords pass through here and are never logged or audited.
/// </summary>
internal sealed class UserAccounts(
    UserManager<PlatformUser> users,
    RoleManager<PlatformRole> roles,
    PlatformIdentityDbContext db,
    IOpenIddictTokenManager tokens,
    IOpenIddictAuthorizationManager authorizations,
    TimeProvider time)
{
    public const int DisplayNameMaxLength = 200;

    /// <summary>Validates and creates a user with the given roles and, when given, a password.</summary>
    public async Task<UserCreation> CreateAsync(string? email, string? displayName, IReadOnlyCollection<string> roleNames, string? password, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        ValidateEmail(email, errors);
        ValidateDisplayName(displayName, errors);
        var resolvedRoles = await ResolveRolesAsync(roleNames, "roles", errors, cancellationToken);
        if (password is not null)
        {
            await ValidatePasswordAsync(new PlatformUser { UserName = email, Email = email }, password, errors);
        }

        if (errors.Any)
        {
            return new UserCreation(null, errors, null);
        }

        var normalized = users.NormalizeEmail(email!.Trim());
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized || u.NormalizedUserName == normalized, cancellationToken))
        {
            return new UserCreation(null, null, $"A user with email '{email.Trim()}' already exists.");
        }

        var user = new PlatformUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true, // administrators vouch for the addresses they enter
            DisplayName = displayName!.Trim(),
            IsActive = true,
            CreatedAt = time.GetUtcNow(),
            LockoutEnabled = true,
        };
        var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return Failure(created);
        }

        if (resolvedRoles.Count > 0)
        {
            var assigned = await users.AddToRolesAsync(user, resolvedRoles);
            if (!assigned.Succeeded)
            {
                return Failure(assigned);
            }
        }

        return new UserCreation(user, null, null);
    }

    /// <summary>Role names as stored (matching is case-insensitive); unknown names become errors of <paramref name="field"/>.</summary>
    public async Task<List<string>> ResolveRolesAsync(IReadOnlyCollection<string> roleNames, string field, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var resolved = new List<string>();
        foreach (var name in roleNames.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var normalized = roles.NormalizeKey(name);
            var stored = await db.Roles.Where(r => r.NormalizedName == normalized).Select(r => r.Name).FirstOrDefaultAsync(cancellationToken);
            if (stored is null)
            {
                errors.Add(field, $"Unknown role '{name}'.");
            }
            else
            {
                resolved.Add(stored);
            }
        }

        return resolved;
    }

    /// <summary>Runs the configured password rules and reports failures under <c>password</c>.</summary>
    public async Task ValidatePasswordAsync(PlatformUser user, string password, ValidationErrors errors)
    {
        if (string.IsNullOrEmpty(password))
        {
            errors.Add("password", "password must not be empty.");
            return;
        }

        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            foreach (var error in result.Errors)
            {
                errors.Add("password", error.Description);
            }
        }
    }

    /// <summary>
    /// Replaces the user's password (validated first, so a rejected one leaves the old in place), and ends every
    /// session: a new security stamp stops cookies, revoked tokens stop refresh tokens.
    /// </summary>
    public async Task<ValidationErrors?> SetPasswordAsync(PlatformUser user, string password, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        await ValidatePasswordAsync(user, password, errors);
        if (errors.Any)
        {
            return errors;
        }

        if (await users.HasPasswordAsync(user))
        {
            Check(await users.RemovePasswordAsync(user));
        }

        Check(await users.AddPasswordAsync(user, password));
        await RevokeSessionsAsync(user, cancellationToken);
        return null;
    }

    /// <summary>Ends every session of the user at once and returns how many tokens and authorizations were revoked.</summary>
    public async Task<(long Tokens, long Authorizations)> RevokeSessionsAsync(PlatformUser user, CancellationToken cancellationToken)
    {
        Check(await users.UpdateSecurityStampAsync(user));
        var subject = user.Id.ToString();
        var revokedAuthorizations = await authorizations.RevokeBySubjectAsync(subject, cancellationToken);
        var revokedTokens = await tokens.RevokeBySubjectAsync(subject, cancellationToken);
        return (revokedTokens, revokedAuthorizations);
    }

    /// <summary>Whether another active user than <paramref name="userId"/> holds the Administrator role.</summary>
    public Task<bool> AnotherActiveAdministratorExistsAsync(Guid userId, CancellationToken cancellationToken)
    {
        var administrator = roles.NormalizeKey(BuiltInRoles.Administrator);
        return db.Users.AnyAsync(
            u => u.IsActive && u.Id != userId &&
                 db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == administrator)),
            cancellationToken);
    }

    /// <summary>A random password that satisfies the default rules: 20 characters from four classes.</summary>
    public static string GeneratePassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnopqrstuvwxyz", digits = "23456789", symbols = "-_.!@#%+=";
        var chars = new List<char>
        {
            RandomNumberGenerator.GetItems<char>(upper, 1)[0],
            RandomNumberGenerator.GetItems<char>(lower, 1)[0],
            RandomNumberGenerator.GetItems<char>(digits, 1)[0],
            RandomNumberGenerator.GetItems<char>(symbols, 1)[0],
        };
        chars.AddRange(RandomNumberGenerator.GetItems<char>(upper + lower + digits + symbols, 16));
        var shuffled = chars.ToArray();
        RandomNumberGenerator.Shuffle<char>(shuffled);
        return new string(shuffled);
    }

    public static void ValidateEmail(string? email, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            errors.Add("email", "email is required.");
        }
        else if (email.Trim().Length > 256 || !System.Net.Mail.MailAddress.TryCreate(email.Trim(), out var parsed) || parsed.Address != email.Trim())
        {
            errors.Add("email", "email must be a valid email address, e.g. jane@example.com.");
        }
    }

    public static void ValidateDisplayName(string? displayName, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(displayName))
        {
            errors.Add("displayName", "displayName is required.");
        }
        else if (displayName.Trim().Length > DisplayNameMaxLength)
        {
            errors.Add("displayName", $"displayName must be at most {DisplayNameMaxLength} characters.");
        }
    }

    /// <summary>Identity rejected something that our own validation let through; say what, without any secret.</summary>
    private static UserCreation Failure(IdentityResult result)
    {
        if (result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            return new UserCreation(null, null, "A user with this email already exists.");
        }

        var errors = new ValidationErrors();
        foreach (var error in result.Errors)
        {
            errors.Add(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "password"
                : error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal) ? "email"
                : "body", error.Description);
        }

        return new UserCreation(null, errors, null);
    }

    private static void Check(IdentityResult result)
    {
        if (result.Succeeded)
        {
            return;
        }

        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            throw new DbUpdateConcurrencyException(result.Errors.First().Description);
        }

        throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
