using Microsoft.Extensions.Logging;
using Platform.Modules.Documents.Domain;

namespace Platform.Modules.Documents.Features.Search.Extraction;

/// <summary>
/// Extracts the text search indexes from a file: PDF, Word, Excel, PowerPoint, plain text and Markdown. Bounded in
/// characters (<see cref="SearchEntry.MaxBodyChars"/>), in bytes read and in time; a file that is encrypted, damaged or
/// too slow never fails the indexer: the document is then indexed by its name and metadata (with whatever text was
/// read in time).
/// </summary>
internal sealed class TextExtractor(DocumentsOptions options, ILogger<TextExtractor> logger)
{
    public async Task<ExtractedText> ExtractAsync(Stream content, long length, string contentType, string fileName, CancellationToken cancellationToken)
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
        var budget = new TextBudget(SearchEntry.MaxBodyChars, timeout.Token);
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
    public static ExtractedText Extract(Stream content, string contentType, string fileName, int maxChars = SearchEntry.MaxBodyChars)
    {
        var format = TextFormats.Of(contentType, fileName);
        if (format == TextFormat.None)
        {
            return ExtractedText.None(ExtractionOutcome.Unsupported);
        }

        var budget = new TextBudget(maxChars, CancellationToken.None);
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
