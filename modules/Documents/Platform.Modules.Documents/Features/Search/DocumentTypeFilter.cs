namespace Platform.Modules.Documents.Features.Search;

/// <summary>
/// The <c>type</c> filter of a search: a family users think in ("pdf", "word", "spreadsheet", "presentation", "text",
/// "image") or an exact media type ("application/pdf").
/// </summary>
internal sealed record DocumentTypeFilter(IReadOnlyList<string> MediaTypes, string? MediaTypePrefix)
{
    private static readonly Dictionary<string, DocumentTypeFilter> Families = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pdf"] = new(["application/pdf"], null),
        ["word"] = new(["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword"], null),
        ["spreadsheet"] = new(["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-excel", "text/csv"], null),
        ["presentation"] = new(["application/vnd.openxmlformats-officedocument.presentationml.presentation", "application/vnd.ms-powerpoint"], null),
        ["text"] = new([], "text/"),
        ["image"] = new([], "image/"),
    };

    public static string Allowed => string.Join(", ", Families.Keys) + " or a media type such as application/pdf";

    public static bool TryParse(string value, out DocumentTypeFilter filter)
    {
        if (Families.TryGetValue(value.Trim(), out filter!))
        {
            return true;
        }

        var parts = value.Trim().Split('/');
        var valid = parts.Length == 2 && parts.All(p => p.Length is > 0 and <= 100 && p.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '+' or '-'));
        filter = new([value.Trim().ToLowerInvariant()], null);
        return valid;
    }
}
