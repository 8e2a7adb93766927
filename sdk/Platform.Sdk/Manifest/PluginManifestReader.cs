using System.Text.Json;
using System.Text.RegularExpressions;
using Semver;

namespace Platform.Sdk.Manifest;

/// <summary>Parses and validates <c>plugin.json</c>; every problem is reported, none is thrown.</summary>
public static partial class PluginManifestReader
{
    private const int MaxManifestBytes = 64 * 1024;

    /// <summary>Reads a manifest file.</summary>
    /// <param name="path">Path of <c>plugin.json</c>.</param>
    /// <returns>The manifest, or the reasons it is invalid.</returns>
    public static ManifestReadResult ReadFile(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return ManifestReadResult.Invalid($"{PluginManifest.FileName} is missing");
        }

        if (info.Length > MaxManifestBytes)
        {
            return ManifestReadResult.Invalid($"{PluginManifest.FileName} is larger than {MaxManifestBytes} bytes");
        }

        return Parse(File.ReadAllText(path));
    }

    /// <summary>Parses manifest JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The manifest, or the reasons it is invalid.</returns>
    public static ManifestReadResult Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, MaxDepth = 8 });
        }
        catch (JsonException ex)
        {
            return ManifestReadResult.Invalid($"{PluginManifest.FileName} is not valid JSON: {ex.Message}");
        }

        using (document)
        {
            var errors = new List<string>();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ManifestReadResult.Invalid($"{PluginManifest.FileName} must be a JSON object");
            }

            var id = RequiredString(root, "id", errors);
            if (id is not null && !IdPattern().IsMatch(id))
            {
                errors.Add($"id '{id}' must be 2-40 lower-case letters, digits or hyphens, starting with a letter");
            }

            var name = RequiredString(root, "name", errors);
            var version = ParseVersion(RequiredString(root, "version", errors), "version", errors);
            var sdkText = RequiredString(root, "sdk", errors);
            var sdkRange = ParseRange(sdkText, "sdk", errors);
            var entryAssembly = RequiredString(root, "entryAssembly", errors);
            if (entryAssembly is not null &&
                (Path.GetFileName(entryAssembly) != entryAssembly || !entryAssembly.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add($"entryAssembly '{entryAssembly}' must be a .dll file name without any path");
            }

            var description = OptionalString(root, "description", errors) ?? "";
            var authors = ReadAuthors(root, errors);
            var dependencies = ReadDependencies(root, id, errors);

            return errors.Count > 0
                ? new ManifestReadResult(null, errors)
                : new ManifestReadResult(
                    new PluginManifest(id!, name!, version!, sdkRange!, entryAssembly!, description, authors, dependencies) { SdkRangeText = sdkText! }, []);
        }
    }

    private static List<string> ReadAuthors(JsonElement root, List<string> errors)
    {
        if (!root.TryGetProperty("authors", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (element.ValueKind != JsonValueKind.Array || element.EnumerateArray().Any(a => a.ValueKind != JsonValueKind.String))
        {
            errors.Add("authors must be an array of strings");
            return [];
        }

        return element.EnumerateArray().Select(a => a.GetString()!).ToList();
    }

    private static List<PluginDependency> ReadDependencies(JsonElement root, string? ownId, List<string> errors)
    {
        var result = new List<PluginDependency>();
        if (!root.TryGetProperty("dependencies", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return result;
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            errors.Add("dependencies must be an array of { id, version } objects");
            return result;
        }

        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var where = $"dependencies[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors.Add($"{where} must be an object with id and version");
                continue;
            }

            var id = RequiredString(item, "id", errors, where);
            var range = ParseRange(RequiredString(item, "version", errors, where), $"{where}.version", errors);
            if (id is null || range is null)
            {
                continue;
            }

            if (id == ownId)
            {
                errors.Add($"{where}: a plugin cannot depend on itself");
            }
            else if (result.Any(d => d.Id == id))
            {
                errors.Add($"{where}: '{id}' is listed twice");
            }
            else
            {
                result.Add(new PluginDependency(id, range) { RangeText = item.GetProperty("version").GetString()! });
            }
        }

        return result;
    }

    private static SemVersion? ParseVersion(string? text, string field, List<string> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (SemVersion.TryParse(text, SemVersionStyles.Strict, out var version))
        {
            return version;
        }

        errors.Add($"{field} '{text}' is not a SemVer 2 version (e.g. 1.4.0)");
        return null;
    }

    private static SemVersionRange? ParseRange(string? text, string field, List<string> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (SemVersionRange.TryParseNpm(text, out var range))
        {
            return range;
        }

        errors.Add($"{field} '{text}' is not a version range (e.g. ^1.2 or >=1.0.0 <2.0.0)");
        return null;
    }

    private static string? RequiredString(JsonElement element, string property, List<string> errors, string? where = null)
    {
        var prefix = where is null ? property : $"{where}.{property}";
        if (!element.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            errors.Add($"{prefix} is required");
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            errors.Add($"{prefix} must be a non-empty string");
            return null;
        }

        return value.GetString();
    }

    private static string? OptionalString(JsonElement element, string property, List<string> errors)
    {
        if (!element.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add($"{property} must be a string");
            return null;
        }

        return value.GetString();
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{1,39}$")]
    private static partial Regex IdPattern();
}

/// <summary>The outcome of reading a manifest.</summary>
/// <param name="Manifest">The manifest when valid.</param>
/// <param name="Errors">Why it is invalid; empty when valid.</param>
public sealed record ManifestReadResult(PluginManifest? Manifest, IReadOnlyList<string> Errors)
{
    internal static ManifestReadResult Invalid(string error) => new(null, [error]);
}
