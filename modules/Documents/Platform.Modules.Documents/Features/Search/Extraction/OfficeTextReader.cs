using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Drawing = DocumentFormat.OpenXml.Drawing;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace Platform.Modules.Documents.Features.Search.Extraction;

/// <summary>Reads the text of Word, Excel and PowerPoint files (Office Open XML) in reading order: paragraphs, and rows of cells.</summary>
internal static class OfficeTextReader
{
    public static void ReadWord(Stream content, TextBudget budget)
    {
        using var document = WordprocessingDocument.Open(content, false);
        var body = document.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            return;
        }

        foreach (var paragraph in body.Descendants<Word.Paragraph>())
        {
            if (!budget.Append(paragraph.InnerText))
            {
                return;
            }
        }
    }

    public static void ReadSpreadsheet(Stream content, TextBudget budget)
    {
        using var document = SpreadsheetDocument.Open(content, false);
        var workbook = document.WorkbookPart;
        if (workbook?.Workbook?.Sheets is not { } sheets)
        {
            return;
        }

        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        foreach (var sheet in sheets.Elements<Sheet>())
        {
            if (!budget.Append(sheet.Name?.Value))
            {
                return;
            }

            if (sheet.Id?.Value is not { } partId || workbook.GetPartById(partId) is not WorksheetPart part)
            {
                continue;
            }

            // A row is a piece (a line when comparing versions), its cells separated by tabs.
            foreach (var row in part.Worksheet?.Descendants<Row>() ?? [])
            {
                if (!budget.Append(string.Join('\t', row.Elements<Cell>().Select(cell => CellText(cell, shared)))))
                {
                    return;
                }
            }
        }
    }

    public static void ReadPresentation(Stream content, TextBudget budget)
    {
        using var document = PresentationDocument.Open(content, false);
        var presentation = document.PresentationPart;
        var slideIds = presentation?.Presentation?.SlideIdList?.Elements<DocumentFormat.OpenXml.Presentation.SlideId>() ?? [];
        foreach (var slideId in slideIds)
        {
            if (slideId.RelationshipId?.Value is not { } id || presentation!.GetPartById(id) is not SlidePart slide)
            {
                continue;
            }

            foreach (var paragraph in slide.Slide?.Descendants<Drawing.Paragraph>() ?? [])
            {
                if (!budget.Append(string.Concat(paragraph.Descendants<Drawing.Text>().Select(t => t.Text))))
                {
                    return;
                }
            }
        }
    }

    private static string CellText(Cell cell, string[] shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        var value = cell.CellValue?.Text ?? "";
        return cell.DataType?.Value == CellValues.SharedString && int.TryParse(value, out var index) && index >= 0 && index < shared.Length
            ? shared[index]
            : value;
    }
}
