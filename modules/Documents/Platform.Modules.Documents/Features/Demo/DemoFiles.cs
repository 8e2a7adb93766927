using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Platform.Modules.Documents.Features.Demo;

/// <summary>
/// Real files for the demo folders, written at seed time: PDFs (PdfPig's writer) and Word documents (Open XML), so
/// downloads open in any viewer and search finds the words inside them.
/// </summary>
internal static class DemoFiles
{
    /// <summary>A PDF with a title and paragraphs, one page per ~40 lines.</summary>
    public static byte[] Pdf(string title, IReadOnlyList<string> paragraphs)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = 780.0;
        page.AddText(title, 18, new PdfPoint(56, y), bold);
        y -= 36;
        foreach (var line in paragraphs.SelectMany(p => Wrap(p, 90).Append("")))
        {
            if (y < 60)
            {
                page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
                y = 780;
            }

            if (line.Length > 0)
            {
                page.AddText(line, 11, new PdfPoint(56, y), font);
            }

            y -= 16;
        }

        return builder.Build();
    }

    /// <summary>A Word document with a title and paragraphs.</summary>
    public static byte[] Docx(string title, IReadOnlyList<string> paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body(new Paragraph(new Run(new RunProperties(new Bold(), new FontSize { Val = "32" }), new Text(title))));
            foreach (var paragraph in paragraphs)
            {
                body.Append(new Paragraph(new Run(new Text(paragraph) { Space = SpaceProcessingModeValues.Preserve })));
            }

            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
            document.PackageProperties.Title = title;
        }

        return stream.ToArray();
    }

    public static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    private static IEnumerable<string> Wrap(string paragraph, int width)
    {
        var line = new StringBuilder();
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + word.Length + 1 > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length == 0 ? word : " " + word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
