using System.Text;

namespace Platform.Modules.Documents.Features.Search.Extraction;

/// <summary>
/// Reads plain text and Markdown: UTF-8 unless a byte order mark says UTF-16 or UTF-32 (or UTF-8 explicitly).
/// Invalid bytes become replacement characters rather than failing the file.
/// </summary>
internal static class PlainTextReader
{
    public static void Read(Stream content, TextBudget budget)
    {
        using var reader = new StreamReader(content, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, bufferSize: 16 * 1024);
        var buffer = new char[16 * 1024];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (!budget.AppendChunk(buffer.AsSpan(0, read)))
            {
                return;
            }
        }
    }
}
