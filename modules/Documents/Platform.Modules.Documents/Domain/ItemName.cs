using System.Globalization;
using System.Text;

namespace Platform.Modules.Documents.Domain;

/// <summary>
/// The rules for folder and file names, the same for every way a name arrives (upload, tus metadata, rename, zip
/// entry, import): a name is NFC-normalised (so "é" typed two ways is one name), trimmed of surrounding spaces, and
/// refused when it is empty, longer than <see cref="MaxLength"/> characters, holds a path separator or a control
/// character, is "." or "..", ends with a dot, or is a name Windows reserves (CON, PRN, AUX, NUL, COM1-9, LPT1-9,
/// with or without an extension), because such files cannot be downloaded and opened on every desktop.
/// Two names of one folder may not share a <see cref="KeyOf">key</see>: names are unique regardless of case.
/// </summary>
public static class ItemName
{
    public const int MaxLength = 255;

    private static readonly HashSet<string> ReservedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    private static readonly char[] ForbiddenCharacters = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    /// <summary>Normalises <paramref name="raw"/> and checks it; returns the name to store, or the reason it is refused.</summary>
    /// <param name="raw">The name as the client sent it.</param>
    /// <param name="name">The normalised name, when valid.</param>
    /// <param name="error">Why the name is refused, when it is.</param>
    public static bool TryNormalize(string? raw, out string name, out string error)
    {
        name = "";
        if (string.IsNullOrWhiteSpace(raw))
        {
            error = "A name is required.";
            return false;
        }

        if (!IsWellFormed(raw))
        {
            error = "The name is not valid Unicode text (a broken character or a lone surrogate).";
            return false;
        }

        var normalized = raw.Normalize(NormalizationForm.FormC).Trim();
        if (normalized.Length == 0)
        {
            error = "A name is required.";
            return false;
        }

        if (normalized.Length > MaxLength)
        {
            error = $"A name may have at most {MaxLength} characters; this one has {normalized.Length}.";
            return false;
        }

        if (normalized.Any(c => char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator))
        {
            error = "A name may not contain control or invisible formatting characters.";
            return false;
        }

        if (normalized.IndexOfAny(ForbiddenCharacters) >= 0)
        {
            error = "A name may not contain any of / \\ : * ? \" < > |.";
            return false;
        }

        if (normalized is "." or ".." || normalized.EndsWith('.'))
        {
            error = "A name may not be '.' or '..' or end with a dot.";
            return false;
        }

        var stem = normalized.Split('.')[0].TrimEnd();
        if (ReservedNames.Contains(stem))
        {
            error = $"'{stem}' is a reserved device name on Windows.";
            return false;
        }

        name = normalized;
        error = "";
        return true;
    }

    /// <summary>The comparison key of a valid name: two names with one key may not live in one folder.</summary>
    /// <param name="name">A name that passed <see cref="TryNormalize"/>.</param>
    public static string KeyOf(string name) => name.ToUpperInvariant();

    // A lone surrogate is a broken UTF-16 string; U+FFFD is what a decoder leaves where the client's encoding was broken.
    private static bool IsWellFormed(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\ufffd')
            {
                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
