using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;
using Platform.Modules.Documents.Features.Files;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Platform.Modules.Documents.Tests.Files;

public sealed class ContentSnifferTests
{
    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
    private const string OnePixelGif = "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";

    [Fact]
    public async Task A_generated_pdf_is_a_pdf_whatever_its_name()
    {
        var pdf = Pdf();
        Assert.Equal("application/pdf", await SniffAsync(pdf, "report.pdf"));
        Assert.Equal("application/pdf", await SniffAsync(pdf, "report.txt"));
        Assert.Equal("application/pdf", await SniffAsync(pdf, "no-extension"));
    }

    [Fact]
    public async Task Images_are_told_by_their_signatures_and_a_pdf_named_file_that_is_a_png_is_a_png()
    {
        Assert.Equal("image/png", await SniffAsync(Convert.FromBase64String(OnePixelPng), "scan.pdf"));
        Assert.Equal("image/gif", await SniffAsync(Convert.FromBase64String(OnePixelGif), "anim.gif"));
        Assert.Equal("image/jpeg", await SniffAsync([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, .. "JFIF"u8.ToArray(), 0], "photo.png"));
        Assert.Equal("image/webp", await SniffAsync([.. "RIFF"u8.ToArray(), 26, 0, 0, 0, .. "WEBPVP8 "u8.ToArray(), 0, 0, 0, 0], "pic.webp"));
    }

    [Fact]
    public async Task Word_and_excel_files_are_told_from_their_parts_not_their_names()
    {
        var docx = Docx("Hello");
        var xlsx = Xlsx();
        Assert.Equal(ContentSniffer.Docx, await SniffAsync(docx, "letter.docx"));
        Assert.Equal(ContentSniffer.Docx, await SniffAsync(docx, "letter.zip"));
        Assert.Equal(ContentSniffer.Xlsx, await SniffAsync(xlsx, "budget.xlsx"));
        Assert.Equal(ContentSniffer.Xlsx, await SniffAsync(xlsx, "budget.docx"));
    }

    [Fact]
    public async Task A_plain_zip_is_a_zip_even_when_named_like_an_office_file_and_a_damaged_one_still_a_zip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = await zip.CreateEntry("word/document.xml").OpenAsync(TestContext.Current.CancellationToken);
            await entry.WriteAsync("<x/>"u8.ToArray(), TestContext.Current.CancellationToken);
        }

        var bytes = buffer.ToArray();
        Assert.Equal("application/zip", await SniffAsync(bytes, "fake.docx"));
        Assert.Equal("application/zip", await SniffAsync(bytes[..(bytes.Length / 2)], "cut.zip"));
    }

    [Fact]
    public async Task Legacy_office_files_are_told_by_their_stream_names_or_else_by_their_extension()
    {
        byte[] header = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];
        byte[] word = [.. header, .. Encoding.Unicode.GetBytes("WordDocument"), .. new byte[64]];
        byte[] excel = [.. header, .. Encoding.Unicode.GetBytes("Workbook"), .. new byte[64]];
        Assert.Equal("application/msword", await SniffAsync(word, "old.xls"));
        Assert.Equal("application/vnd.ms-excel", await SniffAsync(excel, "old.bin"));
        Assert.Equal("application/vnd.ms-excel", await SniffAsync(header, "old.xls"));
        Assert.Equal("application/x-ole-storage", await SniffAsync(header, "old.txt"));
    }

    [Theory]
    [InlineData("Hello, world.\nSecond line.", "notes.txt", "text/plain")]
    [InlineData("# Title\n\nSome *markdown*.", "readme.md", "text/markdown")]
    [InlineData("Grüße aus Köln — ünïcödé", "greeting", "text/plain")]
    [InlineData("a,b\n1,2\n", "table.csv", "text/csv")]
    [InlineData("{\"name\": \"x\", \"items\": [1, 2]}", "data.txt", "application/json")]
    [InlineData("[1, 2, 3]", "numbers.json", "application/json")]
    [InlineData("[section]\nkey=value", "settings.json", "text/plain")]
    [InlineData("<?xml version=\"1.0\"?><root/>", "data.txt", "application/xml")]
    [InlineData("<root><child/></root>", "data.xml", "application/xml")]
    [InlineData("<!DOCTYPE html><html><body>hi</body></html>", "page.pdf", "text/html")]
    [InlineData("<div>fragment</div>", "part.html", "text/html")]
    [InlineData("just words, not markup", "page.html", "text/plain")]
    [InlineData("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>", "logo.png", "image/svg+xml")]
    public void Text_is_told_by_its_first_characters_and_the_extension_only_chooses_among_what_they_allow(string text, string name, string expected) =>
        Assert.Equal(expected, ContentSniffer.Sniff(Encoding.UTF8.GetBytes(text), name, atEnd: true));

    [Fact]
    public void Binary_bytes_are_an_octet_stream_and_a_character_cut_by_the_end_of_the_head_is_still_text()
    {
        Assert.Equal(ContentSniffer.OctetStream, ContentSniffer.Sniff([0x00, 0x01, 0x02, 0xFE], "data.txt", atEnd: true));
        Assert.Equal(ContentSniffer.OctetStream, ContentSniffer.Sniff([0x41, 0xC3, 0x28, 0x41], "bad-utf8.txt", atEnd: true));
        var text = Encoding.UTF8.GetBytes(new string('x', 10) + "ü");
        Assert.Equal("text/plain", ContentSniffer.Sniff(text[..^1], "cut.txt", atEnd: false));
        Assert.Equal(ContentSniffer.OctetStream, ContentSniffer.Sniff(text[..^1], "cut.txt", atEnd: true));
        Assert.Equal("text/plain", ContentSniffer.Sniff([0xFF, 0xFE, 0x41, 0x00], "utf16.txt", atEnd: true));
    }

    [Theory]
    [InlineData("application/pdf", true)]
    [InlineData("image/png", true)]
    [InlineData("text/plain", true)]
    [InlineData("image/svg+xml", false)]
    [InlineData("text/html", false)]
    [InlineData("application/xml", false)]
    [InlineData(ContentSniffer.Docx, false)]
    public void Only_pdf_images_other_than_svg_and_plain_text_may_be_shown_inline(string type, bool safe) =>
        Assert.Equal(safe, ContentSniffer.IsSafeInline(type));

    private static async Task<string> SniffAsync(byte[] content, string name)
    {
        using var stream = new MemoryStream(content);
        return await ContentSniffer.SniffAsync(stream, name, TestContext.Current.CancellationToken);
    }

    private static byte[] Pdf()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        page.AddText("Quarterly report", 12, new PdfPoint(25, 700), font);
        return builder.Build();
    }

    private static byte[] Docx(string text)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(new W.Paragraph(new W.Run(new W.Text(text)))));
        }

        return buffer.ToArray();
    }

    private static byte[] Xlsx()
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new S.Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new S.Worksheet(new S.SheetData());
            workbook.Workbook.AppendChild(new S.Sheets()).Append(new S.Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Budget" });
        }

        return buffer.ToArray();
    }
}
