using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Content;
using Platform.Modules.Documents.Features.Search.Extraction;

namespace Platform.Modules.Documents.Features.Versions;

/// <summary>
/// Compares the text of two versions: each is read from storage and its text extracted as lines (the search index's
/// readers and limits: size, time), then the two are compared line by line.
/// </summary>
internal sealed class VersionTextComparer(DocumentBlobs blobs, TextExtractor extractor)
{
    public async Task<TextComparisonDto> CompareAsync(DocumentVersion from, DocumentVersion to, CancellationToken cancellationToken)
    {
        if (from.Hash == to.Hash)
        {
            return TextComparisonDto.Without(TextComparisonOutcome.SameContent, "Both versions have the same content.");
        }

        var older = await ExtractAsync(from, cancellationToken);
        if (Problem(from, older) is { } olderProblem)
        {
            return olderProblem;
        }

        var newer = await ExtractAsync(to, cancellationToken);
        if (Problem(to, newer) is { } newerProblem)
        {
            return newerProblem;
        }

        var cut = older.Text.Length >= TextShape.Comparison.MaxChars || newer.Text.Length >= TextShape.Comparison.MaxChars;
        return LineDiff.Compare(older.Text, newer.Text, cut);
    }

    private async Task<ExtractedText> ExtractAsync(DocumentVersion version, CancellationToken cancellationToken)
    {
        await using var content = await blobs.Container.OpenReadAsync(version.Hash, cancellationToken);
        return content is null
            ? ExtractedText.None(ExtractionOutcome.Unreadable)
            : await extractor.ExtractAsync(content, version.Length, version.ContentType, version.FileName, TextShape.Comparison, cancellationToken);
    }

    private static TextComparisonDto? Problem(DocumentVersion version, ExtractedText text) => text.Outcome switch
    {
        ExtractionOutcome.Text => null,
        ExtractionOutcome.Unsupported => TextComparisonDto.Without(
            TextComparisonOutcome.NoText, $"Version {version.Number} ({version.ContentType}) has no text to compare."),
        ExtractionOutcome.TooLarge => TextComparisonDto.Without(
            TextComparisonOutcome.TooLarge, $"Version {version.Number} is larger than text is read from ({version.Length} bytes)."),
        ExtractionOutcome.TimedOut => TextComparisonDto.Without(
            TextComparisonOutcome.TimedOut, $"Reading the text of version {version.Number} took longer than the extraction timeout."),
        _ => TextComparisonDto.Without(
            TextComparisonOutcome.Unreadable, $"The text of version {version.Number} cannot be read: the file is encrypted or damaged, or missing from storage."),
    };
}
