using System.Globalization;
using System.Text;
using Platform.Modules.Documents.Domain;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Items;

/// <summary>
/// The rules for a document's tags and custom metadata, within the limits of the entities: tags are trimmed,
/// NFC-normalised, without control characters, unique ignoring case (the first spelling wins), at most
/// <see cref="Document.MaxTags"/> of at most <see cref="Document.TagMaxLength"/> characters; metadata keys are
/// non-empty, unique ignoring case, at most <see cref="DocumentMetadataEntry.MaxEntries"/>, with values of at most
/// <see cref="DocumentMetadataEntry.ValueMaxLength"/> characters.
/// </summary>
internal static class DocumentLabels
{
    public static List<string> NormalizeTags(IReadOnlyList<string?> tags, ValidationErrors errors)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = Clean(tags[i]);
            if (tag.Length == 0 || tag.Length > Document.TagMaxLength || HasControl(tag))
            {
                errors.Add($"tags[{i}]", $"A tag has 1 to {Document.TagMaxLength} characters and no control characters.");
            }
            else if (seen.Add(tag))
            {
                result.Add(tag);
            }
        }

        errors.Require(result.Count <= Document.MaxTags, "tags", $"A document has at most {Document.MaxTags} tags; this request has {result.Count}.");
        return result;
    }

    public static Dictionary<string, string> NormalizeMetadata(IReadOnlyDictionary<string, string?> metadata, ValidationErrors errors)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        errors.Require(metadata.Count <= DocumentMetadataEntry.MaxEntries, "metadata", $"A document has at most {DocumentMetadataEntry.MaxEntries} metadata fields; this request has {metadata.Count}.");
        foreach (var (rawKey, rawValue) in metadata)
        {
            var key = Clean(rawKey);
            var field = $"metadata.{rawKey}";
            if (key.Length == 0 || key.Length > DocumentMetadataEntry.KeyMaxLength || HasControl(key))
            {
                errors.Add(field, $"A metadata key has 1 to {DocumentMetadataEntry.KeyMaxLength} characters and no control characters.");
                continue;
            }

            var value = (rawValue ?? "").Normalize(NormalizationForm.FormC);
            if (rawValue is null || value.Length > DocumentMetadataEntry.ValueMaxLength)
            {
                errors.Add(field, $"A metadata value is text of at most {DocumentMetadataEntry.ValueMaxLength} characters (to remove a field, leave it out).");
            }
            else if (!result.TryAdd(key, value))
            {
                errors.Add(field, $"The key '{key}' appears twice (keys are compared ignoring case).");
            }
        }

        return result;
    }

    private static string Clean(string? value) => (value ?? "").Normalize(NormalizationForm.FormC).Trim();

    private static bool HasControl(string value) =>
        value.Any(c => char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format);
}
