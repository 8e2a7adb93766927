namespace Platform.Modules.Documents.Features.Search.Extraction;

/// <summary>The formats text is extracted from.</summary>
internal enum TextFormat
{
    None,
    Pdf,
    Word,
    Spreadsheet,
    Presentation,
    PlainText,
}

/// <summary>
/// Decides a file's format from its sniffed media type, falling back on the file name's extension when sniffing could
/// only say "a zip" or "some bytes" (Office files are zip packages; plain text has no signature).
/// </summary>
internal static class TextFormats
{
    private static readonly Dictionary<string, TextFormat> ByMediaType = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/pdf"] = TextFormat.Pdf,
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = TextFormat.Word,
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] = TextFormat.Spreadsheet,
        ["application/vnd.openxmlformats-officedocument.presentationml.presentation"] = TextFormat.Presentation,
        ["application/json"] = TextFormat.PlainText,
        ["application/xml"] = TextFormat.PlainText,
    };

    private static readonly Dictionary<string, TextFormat> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = TextFormat.Pdf,
        [".docx"] = TextFormat.Word,
        [".xlsx"] = TextFormat.Spreadsheet,
        [".pptx"] = TextFormat.Presentation,
        [".txt"] = TextFormat.PlainText,
        [".md"] = TextFormat.PlainText,
        [".markdown"] = TextFormat.PlainText,
        [".csv"] = TextFormat.PlainText,
        [".log"] = TextFormat.PlainText,
        [".json"] = TextFormat.PlainText,
        [".xml"] = TextFormat.PlainText,
    };

    public static TextFormat Of(string contentType, string fileName)
    {
        var mediaType = contentType.Split(';', 2)[0].Trim();
        if (ByMediaType.TryGetValue(mediaType, out var format))
        {
            return format;
        }

        if (mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase))
        {
            return TextFormat.PlainText;
        }

        // A sniffer that recognises only the container: trust the extension for what is inside.
        var generic = mediaType is "application/zip" or "application/octet-stream" or "application/x-zip-compressed" or "";
        return generic && ByExtension.TryGetValue(Path.GetExtension(fileName), out var byName) ? byName : TextFormat.None;
    }
}
