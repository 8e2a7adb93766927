using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Tasks;

/// <summary>
/// Labels as a task stores them: trimmed, blank ones dropped, unique ignoring case (the first spelling wins, so a
/// client that sends "UI" and "ui" keeps "UI"), at most <see cref="MaxCount"/> of at most <see cref="MaxLength"/> characters.
/// </summary>
internal static class TaskLabels
{
    public const int MaxCount = 20;
    public const int MaxLength = 50;

    /// <summary>The normalised labels; violations are added to <paramref name="errors"/> under <c>labels</c>.</summary>
    public static List<string> Normalize(IEnumerable<string?>? labels, ValidationErrors errors)
    {
        var result = new List<string>();
        if (labels is null)
        {
            return result;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in labels)
        {
            var label = raw?.Trim();
            if (string.IsNullOrEmpty(label))
            {
                continue;
            }

            if (label.Length > MaxLength)
            {
                errors.Add("labels", $"Label '{label[..20]}…' is longer than {MaxLength} characters.");
                continue;
            }

            if (seen.Add(label))
            {
                result.Add(label);
            }
        }

        errors.Require(result.Count <= MaxCount, "labels", $"A task has at most {MaxCount} labels; {result.Count} were given.");
        return result;
    }
}
