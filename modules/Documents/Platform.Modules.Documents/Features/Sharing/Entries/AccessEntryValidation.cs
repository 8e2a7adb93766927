using Platform.Modules.Documents.Domain;
using Platform.Sdk.Http;
using Platform.Sdk.People;
using Platform.Sdk.Security;

namespace Platform.Modules.Documents.Features.Sharing.Entries;

/// <summary>An entry of a PUT, checked: its principal exists and it is the only one for that principal.</summary>
internal sealed record ValidEntry(PrincipalKind Kind, Guid? PrincipalId, string? RoleName, AccessLevel Level)
{
    public string Key => PrincipalKey.Of(Kind, PrincipalId, RoleName);
}

/// <summary>
/// The rules of a folder's entries: a known kind and level, a principal id for people and departments (one that
/// exists), a role name for roles (built-in role names take their usual spelling, since roles match exactly), and one
/// entry per principal. Errors name the entry, e.g. <c>entries[2].principalId</c>.
/// </summary>
internal static class AccessEntryValidation
{
    public const int MaxEntries = 200;
    public const int RoleNameMaxLength = 100;

    public static async Task<List<ValidEntry>> ValidateAsync(
        ReplaceFolderAccessRequest request, IUserAccounts accounts, IPeopleDirectory people, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var valid = new List<ValidEntry>();
        errors.Require(request.InheritsAccess is not null, "inheritsAccess", "inheritsAccess is required (true or false).");
        if (request.Entries is not { } entries)
        {
            errors.Add("entries", "entries is required (an empty list removes every own entry).");
            return valid;
        }

        if (entries.Count > MaxEntries)
        {
            errors.Add("entries", $"A folder has at most {MaxEntries} entries; give groups (departments, roles) access rather than many people.");
            return valid;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var field = $"entries[{i}]";
            if (entries[i] is not { } entry)
            {
                errors.Add(field, "An entry is required here.");
                continue;
            }

            var entryValid = true;
            if (!TryParse<PrincipalKind>(entry.PrincipalKind, out var kind))
            {
                errors.Add($"{field}.principalKind", "principalKind must be Everyone, Person, Department or Role.");
                continue;
            }

            if (!TryParse<AccessLevel>(entry.Level, out var level))
            {
                errors.Add($"{field}.level", "level must be None, Read, Write or Manage.");
                entryValid = false;
            }

            Guid? principalId = null;
            string? roleName = null;
            switch (kind)
            {
                case PrincipalKind.Everyone:
                    entryValid &= Refuse(entry.PrincipalId is not null || entry.RoleName is not null, errors, field, "An Everyone entry names no principalId or roleName.");
                    break;
                case PrincipalKind.Role:
                    roleName = entry.RoleName?.Trim();
                    if (string.IsNullOrEmpty(roleName) || roleName.Length > RoleNameMaxLength || entry.PrincipalId is not null)
                    {
                        errors.Add($"{field}.roleName", $"A Role entry names its role in roleName (1-{RoleNameMaxLength} characters) and no principalId.");
                        entryValid = false;
                    }
                    else
                    {
                        roleName = BuiltInRoles.All.FirstOrDefault(r => string.Equals(r, roleName, StringComparison.OrdinalIgnoreCase)) ?? roleName;
                    }

                    break;
                case PrincipalKind.Person:
                    principalId = entry.PrincipalId;
                    if (principalId is not { } userId || entry.RoleName is not null)
                    {
                        errors.Add($"{field}.principalId", "A Person entry names the user in principalId (and no roleName).");
                        entryValid = false;
                    }
                    else if (await accounts.FindByIdAsync(userId, cancellationToken) is null)
                    {
                        errors.Add($"{field}.principalId", $"There is no user {userId}.");
                        entryValid = false;
                    }

                    break;
                case PrincipalKind.Department:
                    principalId = entry.PrincipalId;
                    if (principalId is not { } departmentId || entry.RoleName is not null)
                    {
                        errors.Add($"{field}.principalId", "A Department entry names the department in principalId (and no roleName).");
                        entryValid = false;
                    }
                    else if (!people.HasDepartments)
                    {
                        errors.Add($"{field}.principalId", "Departments are not known: no module (such as HR) provides them.");
                        entryValid = false;
                    }
                    else if (await people.FindDepartmentAsync(departmentId, cancellationToken) is null)
                    {
                        errors.Add($"{field}.principalId", $"There is no department {departmentId}.");
                        entryValid = false;
                    }

                    break;
            }

            if (!entryValid)
            {
                continue;
            }

            var parsed = new ValidEntry(kind, principalId, roleName, level);
            if (seen.TryGetValue(parsed.Key, out var first))
            {
                errors.Add(field, $"entries[{first}] already names this principal; give each principal one entry.");
                continue;
            }

            seen[parsed.Key] = i;
            valid.Add(parsed);
        }

        return valid;
    }

    private static bool Refuse(bool wrong, ValidationErrors errors, string field, string message)
    {
        if (wrong)
        {
            errors.Add(field, message);
        }

        return !wrong;
    }

    // Names only: a number would parse into an enum value, and undefined names or numbers must be refused.
    private static bool TryParse<T>(string? value, out T parsed)
        where T : struct, Enum
    {
        parsed = default;
        return !string.IsNullOrWhiteSpace(value) && !char.IsAsciiDigit(value.Trim()[0]) && value.Trim()[0] != '-'
            && Enum.TryParse(value.Trim(), ignoreCase: true, out parsed) && Enum.IsDefined(parsed);
    }
}
