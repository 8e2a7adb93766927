using System.Text.RegularExpressions;
using Platform.Modules.Documents.Domain;

namespace Platform.Modules.Documents.Features.Files;

/// <summary>
/// The names an upload takes when its own is taken and the client asked to rename: "report (2).pdf", "report (3).pdf"
/// … as desktops name copies. A name already numbered counts on ("report (2).pdf" gives "report (3).pdf", not
/// "report (2) (2).pdf"), and a long name is shortened before its extension so it stays within the length limit.
/// </summary>
internal static partial class NumberedName
{
    /// <summary>The candidates after <paramref name="name"/>, in order (a bounded number of them).</summary>
    /// <param name="name">A valid name that is taken.</param>
    /// <param name="count">How many candidates at most.</param>
    public static IEnumerable<string> Candidates(string name, int count = 1000)
    {
        var extension = Path.GetExtension(name);
        if (extension.Length == name.Length || extension.Length > 50)
        {
            // ".profile" is all stem; an "extension" that long is part of the name.
            extension = "";
        }

        var stem = name[..^extension.Length];
        var start = 2;
        var numbered = Numbered().Match(stem);
        if (numbered.Success && int.TryParse(numbered.Groups[2].Value, out var current) && current < int.MaxValue - count)
        {
            stem = numbered.Groups[1].Value;
            start = current + 1;
        }

        for (var n = start; n < start + count; n++)
        {
            var suffix = $" ({n})";
            var room = ItemName.MaxLength - suffix.Length - extension.Length;
            var shortened = stem.Length > room ? Cut(stem, room) : stem;
            yield return shortened + suffix + extension;
        }
    }

    // Never cuts a character in half (a surrogate pair), and never leaves a trailing space before the suffix.
    private static string Cut(string stem, int length)
    {
        if (length > 0 && char.IsHighSurrogate(stem[length - 1]))
        {
            length--;
        }

        return stem[..Math.Max(0, length)].TrimEnd();
    }

    [GeneratedRegex(@"^(.*\S) \((\d{1,9})\)$")]
    private static partial Regex Numbered();
}
