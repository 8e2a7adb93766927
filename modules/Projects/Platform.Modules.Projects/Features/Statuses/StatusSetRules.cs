using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Platform.Modules.Projects.Domain;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Statuses;

/// <summary>One status as the API shows and takes it; the set's order is the order of the list.</summary>
public sealed record StatusDto(string Key, string Name, TaskStatusCategory Category, int? WipLimit = null);

/// <summary>The rules of a project's status set, and its ETag.</summary>
internal static partial class StatusSetRules
{
    public const int MaxStatuses = 30;
    public const int MaxWipLimit = 10_000;

    /// <summary>
    /// Checks a whole set: 1-30 statuses, keys of letters, digits and dashes unique ignoring case, a name each, WIP limits
    /// of 1 or more, and at least one status of the ToDo and of the Done category (new tasks start in the first ToDo
    /// one; completion needs a Done one).
    /// </summary>
    public static void Validate(IReadOnlyList<StatusDto>? statuses, ValidationErrors errors)
    {
        if (statuses is null || statuses.Count == 0)
        {
            errors.Add("statuses", "A project needs at least one status.");
            return;
        }

        errors.Require(statuses.Count <= MaxStatuses, "statuses", $"A project has at most {MaxStatuses} statuses.");
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < statuses.Count; i++)
        {
            var status = statuses[i];
            if (status is null)
            {
                errors.Add($"statuses[{i}]", "A status is required.");
                continue;
            }

            if (string.IsNullOrEmpty(status.Key) || status.Key.Length > TaskStatusDefinition.KeyMaxLength || !KeyPattern().IsMatch(status.Key))
            {
                errors.Add($"statuses[{i}].key", $"A key is 1-{TaskStatusDefinition.KeyMaxLength} letters, digits or dashes.");
            }
            else if (!keys.Add(status.Key))
            {
                errors.Add($"statuses[{i}].key", $"The key '{status.Key}' appears more than once (keys are compared ignoring case).");
            }

            errors.Require(!string.IsNullOrWhiteSpace(status.Name) && status.Name.Trim().Length <= TaskStatusDefinition.NameMaxLength,
                $"statuses[{i}].name", $"A name of 1-{TaskStatusDefinition.NameMaxLength} characters is required.");
            errors.Require(Enum.IsDefined(status.Category), $"statuses[{i}].category", "category is ToDo, InProgress or Done.");
            errors.Require(status.WipLimit is null or (>= 1 and <= MaxWipLimit), $"statuses[{i}].wipLimit", $"wipLimit is empty or between 1 and {MaxWipLimit}.");
        }

        errors.Require(statuses.Any(s => s?.Category == TaskStatusCategory.ToDo), "statuses", "At least one status must be of the ToDo category.");
        errors.Require(statuses.Any(s => s?.Category == TaskStatusCategory.Done), "statuses", "At least one status must be of the Done category.");
    }

    /// <summary>
    /// The set's ETag: a hash of its content in order. The set has no version of its own; a hash changes exactly when
    /// the set does, and is not disturbed by unrelated changes of the project (new tasks bump the project's version).
    /// </summary>
    public static string ETagOf(IEnumerable<StatusDto> statuses)
    {
        var text = string.Join("\n", statuses.Select(s => $"{s.Key}\t{s.Name}\t{s.Category}\t{s.WipLimit}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    [GeneratedRegex("^[A-Za-z0-9-]+$")]
    private static partial Regex KeyPattern();
}
