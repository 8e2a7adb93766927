using System.Text;

namespace Platform.Modules.Documents.Features.Uploads;

/// <summary>
/// The tus Upload-Metadata header: comma-separated pairs of a key and its value in base64 (the value may be left out),
/// e.g. <c>filename cmVwb3J0LnBkZg==,folderId …</c>. Values are UTF-8 text. Keys the module does not know (clients
/// send filetype, name, relativePath …) are kept and ignored.
/// </summary>
internal static class UploadMetadata
{
    public const int MaxHeaderLength = 8 * 1024;

    /// <summary>Parses <paramref name="header"/>; false with a reason when it is malformed.</summary>
    /// <param name="header">The header's value (null or empty: no metadata).</param>
    /// <param name="values">The pairs, keys compared exactly (tus keys are case-sensitive).</param>
    /// <param name="error">Why the header was refused.</param>
    public static bool TryParse(string? header, out Dictionary<string, string> values, out string error)
    {
        values = new Dictionary<string, string>(StringComparer.Ordinal);
        error = "";
        if (string.IsNullOrWhiteSpace(header))
        {
            return true;
        }

        if (header.Length > MaxHeaderLength)
        {
            error = $"Upload-Metadata is longer than {MaxHeaderLength} characters.";
            return false;
        }

        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        foreach (var pair in header.Split(','))
        {
            var parts = pair.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is 0 or > 2)
            {
                error = $"'{pair.Trim()}' is not a pair of a key and a base64 value.";
                return false;
            }

            var key = parts[0];
            if (!values.TryAdd(key, ""))
            {
                error = $"The key '{key}' appears twice.";
                return false;
            }

            if (parts.Length == 2)
            {
                try
                {
                    values[key] = strict.GetString(Convert.FromBase64String(parts[1]));
                }
                catch (Exception ex) when (ex is FormatException or ArgumentException)
                {
                    error = $"The value of '{key}' is not UTF-8 text in base64.";
                    return false;
                }
            }
        }

        return true;
    }
}
