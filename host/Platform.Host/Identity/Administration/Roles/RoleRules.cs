using System.Text.RegularExpressions;
using Platform.Sdk.Http;

namespace Platform.Host.Identity.Administration.Roles;

/// <summary>Validation shared by creating and changing a role.</summary>
internal static partial class RoleRules
{
    public const int DescriptionMaxLength = 500;

    public static void Validate(string? name, string? description, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add("name", "name is required.");
        }
        else if (!NamePattern().IsMatch(name.Trim()))
        {
            errors.Add("name", "name must be 2-64 letters, digits, spaces, '.', '_' or '-', starting with a letter.");
        }

        errors.Require(description is null || description.Length <= DescriptionMaxLength, "description", $"description must be at most {DescriptionMaxLength} characters.");
    }

    [GeneratedRegex(@"^\p{L}[\p{L}\p{N} ._-]{1,63}$")]
    private static partial Regex NamePattern();
}
