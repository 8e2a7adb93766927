using Microsoft.Extensions.Logging;
using Platform.Modules.Documents.Domain;

namespace Platform.Modules.Documents.Features.Search.Extraction;

/// <summary>
/// Extracts the text of a file: PDF, Word, Excel, PowerPoint, plain text and Markdown, as running text for the search
/// index or as lines for comparing versions (<see cref="TextShape"/>). Bounded in characters, in bytes read and in
/// time; a file that is encrypted, damaged or too slow never fails the caller: the indexer then indexes the document by
/// its name and metadata (with whatever text was read in time), a comparison says why it has no text.
/// </summary>
internal sealed class TextExtractor(DocumentsOptions options, ILogger<TextExtractor> logger)
{
    public async Task<ExtractedText> ExtractAsync(
        Stream content, long length, string contentType, string fileName, TextShape shape, CancellationToken cancellationToken)
    {
        var format = TextFormats.Of(contentType, fileName);
        if (format == TextFormat.None)
        {
            return ExtractedText.None(ExtractionOutcome.Unsupported);
        }

        if (length > options.SearchMaxExtractBytes)
        {
            return ExtractedText.None(ExtractionOutcome.TooLarge);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.SearchExtractionTimeoutSeconds));
        var budget = new TextBudget(shape, timeout.Token);
        try
        {
            // Parsers are synchronous and CPU-bound: off the caller's thread, and abandoned (not awaited) past the deadline.
            await Task.Run(() => Read(format, content, budget), timeout.Token).WaitAsync(timeout.Token);
            return new ExtractedText(budget.ToString(), ExtractionOutcome.Text);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("Text extraction of {FileName} stopped after {Seconds} s; indexing what was read", fileName, options.SearchExtractionTimeoutSeconds);
            return new ExtractedText(budget.ToString(), ExtractionOutcome.TimedOut);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Encrypted or damaged files throw all kinds of parser exceptions; none of them is the indexer's failure.
            logger.LogInformation("No text could be read from {FileName} ({ContentType}): {Reason}", fileName, contentType, ex.Message);
            return ExtractedText.None(ExtractionOutcome.Unreadable);
        }
    }

    /// <summary>Extracts synchronously without a deadline (tests and tools).</summary>
    public static ExtractedText Extract(Stream content, string contentType, string fileName, TextShape? shape = null)
    {
        var format = TextFormats.Of(contentType, fileName);
        if (format == TextFormat.None)
        {
            return ExtractedText.None(ExtractionOutcome.Unsupported);
        }

        var budget = new TextBudget(shape ?? TextShape.Search, CancellationToken.None);
        try
        {
            Read(format, content, budget);
            return new ExtractedText(budget.ToString(), ExtractionOutcome.Text);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ExtractedText.None(ExtractionOutcome.Unreadable);
        }
    }

    private static void Read(TextFormat format, Stream content, TextBudget budget)
    {
        switch (format)
        {
            case TextFormat.Pdf:
                PdfTextReader.Read(content, budget);
                break;
            case TextFormat.Word:
                OfficeTextReader.ReadWord(content, budget);
                break;
            case TextFormat.Spreadsheet:
                OfficeTextReader.ReadSpreadsheet(content, budget);
                break;
            case TextFormat.Presentation:
                OfficeTextReader.ReadPresentation(content, budget);
                break;
            case TextFormat.PlainText:
                PlainTextReader.Read(content, budget);
                break;
        }
    }
}
