using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Documents.Domain;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Files;

/// <summary>
/// What an upload says besides its bytes: the version comment and the new document's tags, from the query string, a
/// header or the form's fields (the query wins), checked the same way whichever door they came through.
/// </summary>
internal sealed class UploadFields
{
    /// <summary>The header a client may send the version comment in instead of the query string.</summary>
    public const string CommentHeader = "Version-Comment";

    public string? Comment { get; private set; }

    public IReadOnlyList<string> Tags { get; private set; } = [];

    /// <summary>Reads and checks the fields; a problem naming each bad one, or null.</summary>
    /// <param name="comment">The comment from the query string, a header, or a form field (first given wins).</param>
    /// <param name="tags">Tags, each value possibly a comma-separated list.</param>
    public static (UploadFields Fields, ValidationProblem? Problem) Read(IEnumerable<string?> comment, IEnumerable<string?> tags)
    {
        var errors = new ValidationErrors();
        var fields = new UploadFields { Comment = comment.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))?.Trim() };
        errors.Require(fields.Comment is null || fields.Comment.Length <= DocumentVersion.CommentMaxLength,
            "comment", $"A version comment may have at most {DocumentVersion.CommentMaxLength} characters.");

        var values = tags
            .SelectMany(t => (t ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        errors.Require(values.Count <= Document.MaxTags, "tags", $"A document may have at most {Document.MaxTags} tags.");
        foreach (var tag in values.Where(t => t.Length > Document.TagMaxLength || t.Any(char.IsControl)).Take(1))
        {
            errors.Add("tags", $"A tag has at most {Document.TagMaxLength} characters and no control characters ('{tag[..Math.Min(tag.Length, 20)]}…' does not).");
        }

        fields.Tags = values;
        return (fields, errors.Any ? errors.ToProblem() : null);
    }
}
