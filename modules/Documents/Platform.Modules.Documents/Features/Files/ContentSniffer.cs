using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Platform.Modules.Documents.Features.Files;

/// <summary>
/// The media type of a file from its bytes, not its name: a client's Content-Type and a file's extension are whatever
/// the uploader says, and a ".pdf" that is really an HTML page must not be served as a PDF. The bytes decide the family
/// (PDF, an image format, a ZIP, an OLE compound file, text); the extension only chooses between the types those bytes
/// allow (a text file named .md is Markdown, an OLE file named .xls is a legacy Excel workbook). ZIP files are opened
/// through their central directory (the end of the file, so a large archive costs a few reads) to tell Word, Excel and
/// PowerPoint files from plain archives.
/// </summary>
internal static class ContentSniffer
{
    /// <summary>How many leading bytes the decision reads (more than any signature, enough to judge text).</summary>
    public const int HeadLength = 8 * 1024;

    public const string OctetStream = "application/octet-stream";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] Utf16LittleEndianBom = [0xFF, 0xFE];
    private static readonly byte[] Utf16BigEndianBom = [0xFE, 0xFF];

    // What the extension may choose when the bytes are text.
    private static readonly Dictionary<string, string> TextByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".md"] = "text/markdown",
        [".markdown"] = "text/markdown",
        [".csv"] = "text/csv",
        [".html"] = "text/html",
        [".htm"] = "text/html",
    };

    // What the extension may choose when the bytes are an OLE compound file whose streams were not seen in the head.
    private static readonly Dictionary<string, string> OleByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".doc"] = "application/msword",
        [".dot"] = "application/msword",
        [".xls"] = "application/vnd.ms-excel",
        [".xlt"] = "application/vnd.ms-excel",
        [".ppt"] = "application/vnd.ms-powerpoint",
        [".msg"] = "application/vnd.ms-outlook",
    };

    /// <summary>The media type of <paramref name="content"/> (read from its start; a seekable stream, for ZIPs).</summary>
    /// <param name="content">The whole file, positioned anywhere; it is left open.</param>
    /// <param name="fileName">The file's name, for its extension.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public static async Task<string> SniffAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        content.Seek(0, SeekOrigin.Begin);
        var head = new byte[HeadLength];
        var length = await content.ReadAtLeastAsync(head, HeadLength, throwOnEndOfStream: false, cancellationToken);
        var type = Sniff(head.AsSpan(0, length), fileName, atEnd: length < HeadLength);
        return type == "application/zip" ? ZipKind(content, fileName) : type;
    }

    /// <summary>
    /// The media type from the first bytes of a file alone. A ZIP answers application/zip here
    /// (<see cref="SniffAsync"/> looks inside).
    /// </summary>
    /// <param name="head">The first bytes (up to <see cref="HeadLength"/>).</param>
    /// <param name="fileName">The file's name, for its extension.</param>
    /// <param name="atEnd">Whether <paramref name="head"/> is the whole file.</param>
    public static string Sniff(ReadOnlySpan<byte> head, string fileName, bool atEnd)
    {
        var extension = Path.GetExtension(fileName);
        if (head.IndexOf("%PDF-"u8) is >= 0 and < 1024)
        {
            // Readers accept the header anywhere in the first kilobyte.
            return "application/pdf";
        }

        if (head.StartsWith(Png))
        {
            return "image/png";
        }

        if (head.StartsWith(Jpeg))
        {
            return "image/jpeg";
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return "image/gif";
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return "image/webp";
        }

        if (head.StartsWith("PK\x03\x04"u8) || head.StartsWith("PK\x05\x06"u8))
        {
            return "application/zip";
        }

        if (head.StartsWith(Ole))
        {
            return OleKind(head, extension);
        }

        return TextKind(head, extension, atEnd) ?? OctetStream;
    }

    /// <summary>Whether a browser may show content of this type in a page of its own without running anything in it.</summary>
    /// <param name="contentType">A type as <see cref="Sniff"/> answers.</param>
    public static bool IsSafeInline(string contentType) => contentType is
        "application/pdf" or "image/png" or "image/jpeg" or "image/gif" or "image/webp"
        or "text/plain" or "text/markdown" or "text/csv";

    // Office Open XML files are ZIPs with a [Content_Types].xml; their parts live under word/, xl/ or ppt/.
    private static string ZipKind(Stream content, string fileName)
    {
        try
        {
            content.Seek(0, SeekOrigin.Begin);
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var names = zip.Entries.Select(e => e.FullName).ToList();
            if (!names.Contains("[Content_Types].xml", StringComparer.Ordinal))
            {
                return "application/zip";
            }

            var kinds = new List<string>();
            if (names.Any(n => n.StartsWith("word/", StringComparison.Ordinal))) kinds.Add(Docx);
            if (names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal))) kinds.Add(Xlsx);
            if (names.Any(n => n.StartsWith("ppt/", StringComparison.Ordinal))) kinds.Add(Pptx);
            var byExtension = Path.GetExtension(fileName).ToLowerInvariant() switch
            {
                ".docx" => Docx,
                ".xlsx" => Xlsx,
                ".pptx" => Pptx,
                _ => null,
            };
            return kinds.Count switch
            {
                0 => "application/zip",
                1 => kinds[0],
                _ => byExtension is not null && kinds.Contains(byExtension) ? byExtension : kinds[0],
            };
        }
        catch (InvalidDataException)
        {
            // A truncated or damaged archive is still the bytes of one.
            return "application/zip";
        }
    }

    // The directory of a compound file names its streams in UTF-16; in small files it lies within the head.
    private static string OleKind(ReadOnlySpan<byte> head, string extension)
    {
        if (head.IndexOf(Encoding.Unicode.GetBytes("WordDocument")) >= 0)
        {
            return "application/msword";
        }

        if (head.IndexOf(Encoding.Unicode.GetBytes("Workbook")) >= 0)
        {
            return "application/vnd.ms-excel";
        }

        if (head.IndexOf(Encoding.Unicode.GetBytes("PowerPoint Document")) >= 0)
        {
            return "application/vnd.ms-powerpoint";
        }

        return OleByExtension.GetValueOrDefault(extension, "application/x-ole-storage");
    }

    // Text is UTF-8 (or UTF-16 with its byte order mark) without NUL bytes; its first characters tell markup and JSON.
    private static string? TextKind(ReadOnlySpan<byte> head, string extension, bool atEnd)
    {
        if (head.StartsWith(Utf16LittleEndianBom) || head.StartsWith(Utf16BigEndianBom))
        {
            return TextByExtension.GetValueOrDefault(extension, "text/plain");
        }

        if (head.StartsWith(Utf8Bom))
        {
            head = head[3..];
        }

        if (head.IndexOf((byte)0) >= 0 || !IsUtf8(head, atEnd))
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(head).TrimStart();
        if (text.StartsWith('<'))
        {
            // Markup the bytes show decides; otherwise the extension may call it HTML or XML.
            return MarkupKind(text) ?? extension.ToLowerInvariant() switch
            {
                ".html" or ".htm" => "text/html",
                ".xml" => "application/xml",
                _ => TextByExtension.GetValueOrDefault(extension, "text/plain"),
            };
        }
        else if ((text.StartsWith('{') || text.StartsWith('[')) && IsJson(head, atEnd))
        {
            return "application/json";
        }

        return TextByExtension.GetValueOrDefault(extension, "text/plain") switch
        {
            // Only text that opens with markup may be called markup.
            "text/html" => "text/plain",
            var type => type,
        };
    }

    private static string? MarkupKind(string text)
    {
        var start = text.AsSpan(0, Math.Min(text.Length, 1024));
        if (start.Contains("<svg", StringComparison.OrdinalIgnoreCase))
        {
            return "image/svg+xml";
        }

        if (start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || start.Contains("<html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<head", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<body", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<script", StringComparison.OrdinalIgnoreCase))
        {
            return "text/html";
        }

        return start.StartsWith("<?xml", StringComparison.Ordinal) ? "application/xml" : null;
    }

    // Valid UTF-8, allowing a character cut by the end of the head.
    private static bool IsUtf8(ReadOnlySpan<byte> head, bool atEnd)
    {
        if (System.Text.Unicode.Utf8.IsValid(head))
        {
            return true;
        }

        if (atEnd)
        {
            return false;
        }

        for (var cut = 1; cut <= 3 && cut < head.Length; cut++)
        {
            if (System.Text.Unicode.Utf8.IsValid(head[..^cut]))
            {
                return true;
            }
        }

        return false;
    }

    // JSON when the head reads as JSON tokens to its end (the whole document when the head is the whole file).
    private static bool IsJson(ReadOnlySpan<byte> head, bool atEnd)
    {
        try
        {
            var reader = new Utf8JsonReader(head, isFinalBlock: atEnd, default);
            while (reader.Read())
            {
            }

            return !atEnd || reader.CurrentDepth == 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
