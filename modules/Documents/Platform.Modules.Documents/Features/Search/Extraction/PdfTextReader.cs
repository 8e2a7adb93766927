using UglyToad.PdfPig;

namespace Platform.Modules.Documents.Features.Search.Extraction;

/// <summary>Reads the words of a PDF page by page (PdfPig), as a reader would see them, separated by spaces.</summary>
internal static class PdfTextReader
{
    public static void Read(Stream content, TextBudget budget)
    {
        using var pdf = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        foreach (var page in pdf.GetPages())
        {
            if (!budget.Append(string.Join(' ', page.GetWords().Select(w => w.Text))))
            {
                return;
            }
        }
    }
}
