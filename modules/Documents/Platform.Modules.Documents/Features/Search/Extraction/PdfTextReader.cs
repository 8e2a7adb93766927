using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Platform.Modules.Documents.Features.Search.Extraction;

/// <summary>
/// Reads a PDF page by page (PdfPig): its words separated by spaces for running text, or its text lines in the order
/// the file draws them when lines are asked for.
/// </summary>
internal static class PdfTextReader
{
    public static void Read(Stream content, TextBudget budget)
    {
        using var pdf = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        foreach (var page in pdf.GetPages())
        {
            var text = budget.Layout == TextLayout.Lines
                ? ContentOrderTextExtractor.GetText(page)
                : string.Join(' ', page.GetWords().Select(w => w.Text));
            if (!budget.Append(text))
            {
                return;
            }
        }
    }
}
